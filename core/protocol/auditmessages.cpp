#include "core/protocol/auditmessages.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace helpline {

namespace {

constexpr int kMaxId = 64;
constexpr int kMaxAction = 100;

std::optional<AuditEntry> entryFromJson(const QJsonObject &object, DecodeProblems *problems,
                                        const QString &path)
{
    JsonReader r(object, path, problems);
    AuditEntry e;
    e.seq = r.integer("seq", true, 1).value_or(0);
    e.id = r.text("id", kMaxId);
    e.at = r.text("at", kMaxId);
    e.accountId = r.string("account_id", true, kMaxId);
    e.deviceId = r.string("device_id", true, kMaxId);
    e.action = r.text("action", kMaxAction);
    e.recordType = r.string("record_type", false, kMaxId);
    e.recordId = r.string("record_id", false, kMaxId);
    e.detail = r.string("detail", false, kMaxAuditDetail);
    e.prevHash = r.text("prev_hash", 64);
    e.hash = r.text("hash", 64);
    for (const auto &[key, value] : {std::pair{"prev_hash", &e.prevHash}, {"hash", &e.hash}})
        if (!value->isEmpty() && !auditchain::isHash(*value))
            r.addProblem(
                key, problemcode::kInvalidRequest,
                QCoreApplication::translate("helpline::SyncMessages",
                                            "\"%1\" must be 64 lowercase hexadecimal digits.")
                    .arg(r.pathOf(key)));
    r.finish();
    if (!r.ok())
        return std::nullopt;
    return e;
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject entryToJson(const AuditEntry &e)
{
    return {{QStringLiteral("seq"), e.seq},
            {QStringLiteral("id"), e.id},
            {QStringLiteral("at"), e.at},
            {QStringLiteral("account_id"), e.accountId},
            {QStringLiteral("device_id"), e.deviceId},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("record_type"), orNull(e.recordType)},
            {QStringLiteral("record_id"), orNull(e.recordId)},
            {QStringLiteral("detail"), orNull(e.detail)},
            {QStringLiteral("prev_hash"), e.prevHash},
            {QStringLiteral("hash"), e.hash}};
}

} // namespace

std::optional<AuditUploadRequest> AuditUploadRequest::fromJson(const QJsonObject &object,
                                                               DecodeProblems *problems)
{
    DecodeProblems local;
    JsonReader r(object, QString(), problems ? problems : &local);
    AuditUploadRequest request;
    request.deviceId = r.text("device_id", kMaxId);
    const QJsonArray entries = r.array("entries", true, -1);
    if (entries.size() > kMaxAuditUploadEntries) {
        r.addProblem("entries", problemcode::kTooLarge,
                     QCoreApplication::translate("helpline::SyncMessages",
                                                 "An audit upload may hold at most %1 entries.")
                         .arg(kMaxAuditUploadEntries));
    } else {
        // Increasing; a gap is allowed, since the server's copy is where a removed entry shows.
        qint64 lastSeq = 0;
        request.entries = decodeObjects<AuditEntry>(
            r, "entries", entries,
            [&lastSeq](const QJsonObject &o, DecodeProblems *sink,
                       const QString &path) -> std::optional<AuditEntry> {
                auto entry = entryFromJson(o, sink, path);
                if (!entry)
                    return std::nullopt;
                if (lastSeq > 0 && entry->seq <= lastSeq) {
                    const QString seqPath = jsonPath(path, u"seq");
                    sink->append({seqPath, QString(problemcode::kInvalidRequest),
                                  QCoreApplication::translate(
                                      "helpline::SyncMessages",
                                      "\"%1\" must be greater than the seq of the entry before it.")
                                      .arg(seqPath)});
                    return std::nullopt;
                }
                lastSeq = entry->seq;
                return entry;
            });
    }
    r.finish();
    if (!r.ok())
        return std::nullopt;
    return request;
}

QJsonObject AuditUploadRequest::toJson() const
{
    QJsonArray array;
    for (const AuditEntry &e : entries)
        array.append(entryToJson(e));
    return {{QStringLiteral("device_id"), deviceId}, {QStringLiteral("entries"), array}};
}

std::optional<AuditCopyStatus>
AuditCopyStatus::fromJson(const QJsonObject &object, DecodeProblems *problems, const QString &path)
{
    DecodeProblems local;
    JsonReader r(object, path, problems ? problems : &local);
    AuditCopyStatus s;
    s.deviceId = r.text("device_id", kMaxId);
    s.receivedThrough = r.integer("received_through", true, 0).value_or(0);
    s.entries = r.integer("entries", true, 0).value_or(0);
    s.intact = r.boolean("intact");
    s.firstBadSeq = r.integer("first_bad_seq", false, 1).value_or(0);
    s.problem = r.string("problem", false, 1000);
    s.checkedAt = r.text("checked_at", kMaxId);
    if (s.intact != (s.firstBadSeq == 0))
        r.addProblem(
            "first_bad_seq", problemcode::kInvalidRequest,
            QCoreApplication::translate("helpline::SyncMessages",
                                        "\"%1\" is given exactly when the copy is not intact.")
                .arg(r.pathOf("first_bad_seq")));
    r.finish();
    if (!r.ok())
        return std::nullopt;
    return s;
}

QJsonObject AuditCopyStatus::toJson() const
{
    return {{QStringLiteral("device_id"), deviceId},
            {QStringLiteral("received_through"), receivedThrough},
            {QStringLiteral("entries"), entries},
            {QStringLiteral("intact"), intact},
            {QStringLiteral("first_bad_seq"),
             firstBadSeq > 0 ? QJsonValue(firstBadSeq) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("problem"), orNull(problem)},
            {QStringLiteral("checked_at"), checkedAt}};
}

} // namespace helpline
