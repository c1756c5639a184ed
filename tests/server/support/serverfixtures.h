#pragma once

// Helpers shared by the server integration tests on top of serverharness.h: the route table of
// the server read in-process, direct database access for what the API cannot do (an expired
// token), valid records to push and complete pulls. Header-only, so it needs no build wiring:
// every test file of test_server links helpline_server.

#include "serverharness.h"

#include "core/domain/recordjson.h"
#include "core/util/clock.h"
#include "core/util/uuid.h"
#include "server/auth/tokens.h"
#include "server/db/serverdatabase.h"
#include "server/http/routes.h"
#include "server/servercontext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <atomic>

namespace helpline::test {

// One route as the router serves it: "POST", "/v1/admin/accounts/{id}/disable", its access.
struct RouteInfo {
    QByteArray method;
    QString pattern;
    server::Access access = server::Access::SignedIn;
};

inline const char *accessName(server::Access access)
{
    switch (access) {
    case server::Access::Public:
        return "public";
    case server::Access::SignedIn:
        return "signed-in";
    case server::Access::CaseWorker:
        return "case-worker";
    case server::Access::Admin:
        return "admin";
    }
    return "?";
}

// The routes of helpline::server::buildRoutes(), read from a router built over a throwaway
// embedded database (no process, no network). Empty, with a warning, when the database does
// not open.
inline QList<RouteInfo> serverRoutes()
{
    QTemporaryDir dir;
    server::DatabaseLocation location;
    location.dataDirectory = dir.path() + QStringLiteral("/data");
    auto db =
        server::ServerDatabase::open(location, server::ServerDatabase::OpenMode::CreateIfMissing);
    if (!db) {
        qWarning().noquote() << "cannot open a throwaway server database:" << db.error().message
                             << db.error().detail;
        return {};
    }
    ManualClock clock;
    QList<RouteInfo> routes;
    {
        server::ServerContext context(**db, clock, HashStrength::Test);
        const server::Router router = server::buildRoutes(context);
        for (const server::Route &route : router.routes())
            routes.append({route.method, route.pattern, route.access});
    }
    return routes;
}

// Opens the test's database in this process (while the server runs on it too).
inline std::unique_ptr<server::ServerDatabase> openDatabase(const TestDatabase &db)
{
    server::DatabaseLocation location;
    if (db.kind() == TestDatabase::Kind::Embedded)
        location.dataDirectory = db.dataDirectory();
    else
        location.postgresUrl = db.postgresUrl();
    auto opened =
        server::ServerDatabase::open(location, server::ServerDatabase::OpenMode::Existing);
    if (!opened) {
        qWarning().noquote() << "cannot open the test database:" << opened.error().message;
        return nullptr;
    }
    return std::move(*opened);
}

// Makes an access token expired a minute ago, as if its 15 minutes had passed: the server has no
// test clock. (Tokens expired for more than a day are swept away, and then are simply unknown.)
inline bool expireAccessToken(const TestDatabase &db, const QString &token)
{
    auto database = openDatabase(db);
    if (!database)
        return false;
    server::ServerTransaction tx(*database);
    tx.exec(QStringLiteral("UPDATE tokens SET expires_at = ? WHERE token_hash = ? AND kind = "
                           "'access'"),
            {isoUtc(QDateTime::currentDateTimeUtc().addSecs(-60)), tokenHash(token)});
    const int changed = tx.rowsAffected();
    return tx.commit().ok() && changed == 1;
}

// --- records -----------------------------------------------------------------------------------

// Who writes a record, and on which desk.
struct Author {
    QString accountId;
    QString deviceId;
};

inline RecordMeta newMeta(const Author &author, const QDateTime &at = {})
{
    const QDateTime now = at.isValid() ? at : QDateTime::currentDateTimeUtc().addSecs(-60);
    RecordMeta meta;
    meta.id = newUuidV7(now);
    meta.createdAt = now;
    meta.updatedAt = now;
    meta.createdBy = author.accountId;
    meta.originDevice = author.deviceId;
    meta.revision = 1;
    return meta;
}

inline Person childPerson(const Author &author, const QString &name)
{
    Person p;
    p.meta = newMeta(author);
    p.kind = Person::Kind::Child;
    p.name = name;
    p.gender = QStringLiteral("girl");
    p.age = QStringLiteral("12");
    p.language = QStringLiteral("az");
    return p;
}

inline QString nextCaseNumber()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("2026-TEST-%1").arg(++counter, 5, 10, QLatin1Char('0'));
}

inline CaseRecord newCase(const Author &author, const QString &assigneeId, const QString &officeId,
                          const QString &childId = {})
{
    CaseRecord c;
    c.meta = newMeta(author);
    c.caseNumber = nextCaseNumber();
    c.status = QStringLiteral("open");
    c.assigneeId = assigneeId;
    c.officeId = officeId;
    c.childPersonId = childId;
    c.title = QStringLiteral("Bullying at school");
    return c;
}

inline Contact counsellingContact(const Author &author, const QString &caseId,
                                  const QString &childId = {})
{
    Contact c;
    c.meta = newMeta(author);
    c.caseId = caseId;
    c.channel = QStringLiteral("phone");
    c.callType = QStringLiteral("child_about_self");
    c.startedAt = c.meta.createdAt.addSecs(-300);
    c.durationSeconds = 240;
    c.counsellorId = author.accountId;
    c.childPersonId = childId;
    c.categories = {QStringLiteral("violence.physical")};
    c.summary = QStringLiteral("The child says she is hit at school.");
    c.actions = {QStringLiteral("listened")};
    c.riskLevel = QStringLiteral("moderate");
    c.formId = QStringLiteral("intake");
    c.formVersion = 1;
    return c;
}

inline Note caseNote(const Author &author, const QString &caseId,
                     const QString &body = QStringLiteral("Call back on Monday."))
{
    Note n;
    n.meta = newMeta(author);
    n.caseId = caseId;
    n.kind = QStringLiteral("note");
    n.body = body;
    return n;
}

inline Referral caseReferral(const Author &author, const QString &caseId)
{
    Referral r;
    r.meta = newMeta(author);
    r.caseId = caseId;
    r.serviceName = QStringLiteral("School psychologist");
    r.reason = QStringLiteral("Needs someone to talk to at school.");
    r.urgency = QStringLiteral("routine");
    r.method = QStringLiteral("phone");
    r.consent = true;
    r.status = QStringLiteral("made");
    return r;
}

// {"type", "id", "revision", "record"} with the record's own id and revision.
inline QJsonObject pushItem(const QString &type, const QJsonObject &record,
                            const QStringList &changedFields = {})
{
    QJsonObject item{{QStringLiteral("type"), type},
                     {QStringLiteral("id"), record.value(QStringLiteral("id"))},
                     {QStringLiteral("revision"), record.value(QStringLiteral("revision"))},
                     {QStringLiteral("record"), record}};
    if (!changedFields.isEmpty())
        item.insert(QStringLiteral("changed_fields"), QJsonArray::fromStringList(changedFields));
    return item;
}

inline QJsonObject pushBody(const QString &deviceId, const QJsonArray &items)
{
    return QJsonObject{{QStringLiteral("device_id"), deviceId}, {QStringLiteral("records"), items}};
}

// The results of a push reply, by record id.
inline QHash<QString, QJsonObject> resultsById(const Reply &reply)
{
    QHash<QString, QJsonObject> results;
    const QJsonArray array = reply.json.value(QStringLiteral("results")).toArray();
    for (const QJsonValue &v : array)
        results.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
    return results;
}

// Every item of a stream, page by page. `status` is the first failing status (or 200).
struct Pulled {
    int status = 0;
    QString errorCode;
    QList<QJsonObject> items;
    QSet<QString> ids() const
    {
        QSet<QString> set;
        for (const QJsonObject &item : items)
            set.insert(item.value(QStringLiteral("id")).toString());
        return set;
    }
    QJsonObject record(const QString &id) const
    {
        QJsonObject found;
        for (const QJsonObject &item : items)
            if (item.value(QStringLiteral("id")).toString() == id)
                found = item.value(QStringLiteral("record")).toObject(); // the last one wins
        return found;
    }
};

inline Pulled pullAll(const ServerProcess &server, const QString &token, const QString &stream,
                      int limit = 1000)
{
    Pulled pulled;
    qint64 cursor = 0;
    for (int page = 0; page < 1000; ++page) {
        const Reply r = getJson(server,
                                QStringLiteral("/v1/sync/pull?stream=%1&cursor=%2&limit=%3")
                                    .arg(stream)
                                    .arg(cursor)
                                    .arg(limit),
                                token);
        pulled.status = r.status;
        if (r.status != 200) {
            pulled.errorCode = r.errorCode();
            return pulled;
        }
        const QJsonArray items = r.json.value(QStringLiteral("items")).toArray();
        for (const QJsonValue &v : items)
            pulled.items.append(v.toObject());
        cursor = r.json.value(QStringLiteral("cursor")).toInteger();
        if (!r.json.value(QStringLiteral("more")).toBool())
            break;
    }
    return pulled;
}

} // namespace helpline::test
