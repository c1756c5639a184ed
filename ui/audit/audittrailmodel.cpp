#include "ui/audit/audittrailmodel.h"

#include "core/store/caserepository.h"
#include "core/util/clock.h"
#include "ui/common/workspace.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QSet>

namespace helpline {

Q_LOGGING_CATEGORY(lcAuditModel, "helpline.ui.audit.model")

QString AuditTrailModel::whenText(const QString &at)
{
    const QDateTime utc = fromIsoUtc(at);
    if (!utc.isValid())
        return at;
    const QLocale locale;
    QString time = locale.timeFormat(QLocale::ShortFormat);
    if (!time.contains(QLatin1String("ss")))
        time.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    const QDateTime local = utc.toLocalTime();
    return locale.toString(local.date(), QLocale::ShortFormat) + u' ' +
           locale.toString(local.time(), time);
}

AuditTrailModel::AuditTrailModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
}

int AuditTrailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTrailModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTrailModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    switch (role) {
    case SeqRole:
        return e.seq;
    case ActionCodeRole:
        return e.action;
    case RecordIdRole:
        return e.recordId;
    case Qt::DisplayRole:
        switch (index.column()) {
        case When:
            return whenText(e.at);
        case Account:
            return m_accountNames.value(e.accountId, e.accountId);
        case Action:
            return actionText(e.action);
        case Record:
            return recordText(e);
        case Detail:
            return detailText(e);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case When:
            return tr("Entry %1, %2 (UTC)").arg(e.seq).arg(e.at);
        case Account:
            return e.accountId;
        case Action:
            return e.action;
        case Record:
            return e.recordId.isEmpty() ? QVariant() : QVariant(e.recordType + u' ' + e.recordId);
        case Detail:
            return e.detail.isEmpty() ? QVariant() : QVariant(e.detail);
        }
        return {};
    default:
        return {};
    }
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Account:
        return tr("Account");
    case Action:
        return tr("Action");
    case Record:
        return tr("Record");
    case Detail:
        return tr("Detail");
    }
    return {};
}

std::optional<QList<AuditEntry>> AuditTrailModel::read(int limit, qint64 beforeSeq)
{
    AuditQuery query = m_filter;
    // One more than asked: whether older entries exist is then known without another read.
    query.limit = limit + 1;
    query.beforeSeq = beforeSeq;
    auto entries = AuditLog::query(m_workspace.store(), query);
    if (!entries) {
        qCWarning(lcAuditModel) << "the audit trail cannot be read, code"
                                << int(entries.error().code);
        emit loadFailed(entries.error().message);
        return std::nullopt;
    }
    m_hasMore = entries->size() > limit;
    if (m_hasMore)
        entries->removeLast();
    learnNames(*entries);
    return std::move(*entries);
}

bool AuditTrailModel::setFilter(const AuditQuery &filter)
{
    m_filter = filter;
    m_filter.limit = m_pageSize;
    m_filter.beforeSeq = 0;
    beginResetModel();
    m_entries.clear();
    m_hasMore = false;
    auto entries = read(m_pageSize, 0);
    if (entries)
        m_entries = std::move(*entries);
    endResetModel();
    return entries.has_value();
}

bool AuditTrailModel::reload()
{
    const int rows = qMax(m_pageSize, int(m_entries.size()));
    beginResetModel();
    m_entries.clear();
    m_hasMore = false;
    auto entries = read(rows, 0);
    if (entries)
        m_entries = std::move(*entries);
    endResetModel();
    return entries.has_value();
}

void AuditTrailModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_hasMore = false;
    endResetModel();
}

bool AuditTrailModel::loadMore()
{
    if (!m_hasMore || m_entries.isEmpty())
        return false;
    auto entries = read(m_pageSize, m_entries.constLast().seq);
    if (!entries)
        return false;
    if (entries->isEmpty())
        return false;
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(entries->size()) - 1);
    m_entries.append(*entries);
    endInsertRows();
    return true;
}

void AuditTrailModel::learnNames(const QList<AuditEntry> &entries)
{
    if (auto accounts = CaseRepository(m_workspace.store()).allAccounts(); accounts) {
        m_accountNames.clear();
        for (const AccountSummary &account : std::as_const(*accounts))
            m_accountNames.insert(account.id, account.displayName);
    }
    // Cases are named by their number: only those not known yet are read.
    QSet<QString> wanted;
    for (const AuditEntry &e : entries)
        if (e.recordType == QLatin1String("case") && !e.recordId.isEmpty() &&
            !m_caseNumbers.contains(e.recordId))
            wanted.insert(e.recordId);
    if (wanted.isEmpty())
        return;
    auto numbers =
        AuditLog::caseNumbers(m_workspace.store(), QStringList(wanted.cbegin(), wanted.cend()));
    if (!numbers)
        return; // the ids are shown instead
    m_caseNumbers.insert(*numbers);
}

QString AuditTrailModel::recordText(const AuditEntry &e) const
{
    if (e.recordType.isEmpty() && e.recordId.isEmpty())
        return {};
    const QString type = recordTypeText(e.recordType);
    if (e.recordId.isEmpty())
        return type;
    if (e.recordType == QLatin1String("case")) {
        const QString number = m_caseNumbers.value(e.recordId);
        if (!number.isEmpty())
            return tr("Case %1").arg(number);
    }
    if (e.recordType == QLatin1String("account")) {
        const QString name = m_accountNames.value(e.recordId);
        if (!name.isEmpty())
            return tr("%1: %2", "record type: account name").arg(type, name);
    }
    // Ids are long; their start tells records apart (the whole id is in the tooltip).
    return tr("%1 %2", "record type and the start of its id").arg(type, e.recordId.left(8));
}

QString AuditTrailModel::detailText(const AuditEntry &e) const
{
    // A case assigned to an account names the account.
    const QString name = m_accountNames.value(e.detail);
    return name.isEmpty() ? e.detail : name;
}

void AuditTrailModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (const int rows = rowCount(); rows > 0)
        emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
}

QString AuditTrailModel::actionText(const QString &code)
{
    struct Known {
        const char *code;
        const char *text;
    };
    static const Known known[] = {
        {"access.denied", QT_TR_NOOP("Was refused access")},
        {"account.add", QT_TR_NOOP("Added an account")},
        {"account.change_password", QT_TR_NOOP("Changed their password")},
        {"account.remove", QT_TR_NOOP("Removed an account")},
        {"alert.acknowledge", QT_TR_NOOP("Acknowledged an acute-risk alert")},
        {"attachment.create", QT_TR_NOOP("Attached a file")},
        {"attachment.view", QT_TR_NOOP("Opened an attachment")},
        {"audit.export", QT_TR_NOOP("Exported the audit trail")},
        {"audit.view", QT_TR_NOOP("Read the audit trail")},
        {"case.assign", QT_TR_NOOP("Assigned a case")},
        {"case.conflict", QT_TR_NOOP("Settled a conflict between two desks")},
        {"case.create", QT_TR_NOOP("Opened a new case")},
        {"case.status", QT_TR_NOOP("Changed a case's status")},
        {"case.update", QT_TR_NOOP("Changed a case")},
        {"case.view", QT_TR_NOOP("Viewed a case")},
        {"contact.create", QT_TR_NOOP("Recorded a contact")},
        {"contact.view", QT_TR_NOOP("Viewed a contact")},
        {"draft.discard", QT_TR_NOOP("Discarded an intake draft")},
        {"follow_up.cancel", QT_TR_NOOP("Cancelled a follow-up")},
        {"follow_up.complete", QT_TR_NOOP("Completed a follow-up")},
        {"follow_up.create", QT_TR_NOOP("Planned a follow-up")},
        {"note.create", QT_TR_NOOP("Wrote a note")},
        {"person.create", QT_TR_NOOP("Recorded a person")},
        {"referral.create", QT_TR_NOOP("Made a referral")},
        {"referral.status", QT_TR_NOOP("Changed a referral's status")},
        {"review.approve", QT_TR_NOOP("Approved in review")},
        {"review.request", QT_TR_NOOP("Asked for a review")},
        {"review.return", QT_TR_NOOP("Returned in review")},
        {"session.failed_signins", QT_TR_NOOP("Wrong passwords before signing in")},
        {"session.lock", QT_TR_NOOP("Locked the desk")},
        {"session.sign_in", QT_TR_NOOP("Signed in")},
        {"session.sign_in_escrow", QT_TR_NOOP("Signed in through the server")},
        {"session.sign_out", QT_TR_NOOP("Signed out")},
        {"session.unlock", QT_TR_NOOP("Unlocked the desk")},
        {"store.create", QT_TR_NOOP("Created the case store")},
        {"sync.pull", QT_TR_NOOP("Received records from the server")},
        {"sync.push", QT_TR_NOOP("Sent records to the server")},
        {"sync.retry", QT_TR_NOOP("Queued a refused record again")},
        {"sync.session", QT_TR_NOOP("Began a server session")},
        {"sync.session_end", QT_TR_NOOP("Ended a server session")},
    };
    for (const Known &k : known)
        if (code == QLatin1String(k.code))
            return tr(k.text);
    return code;
}

QString AuditTrailModel::recordTypeText(const QString &recordType)
{
    struct Known {
        const char *type;
        const char *text;
    };
    static const Known known[] = {
        {"account", QT_TR_NOOP("Account")},
        {"attachment", QT_TR_NOOP("Attachment")},
        {"audit_log", QT_TR_NOOP("Audit trail")},
        {"case", QT_TR_NOOP("Case")},
        {"case_event", QT_TR_NOOP("Case event")},
        {"contact", QT_TR_NOOP("Contact")},
        {"draft", QT_TR_NOOP("Intake draft")},
        {"follow_up", QT_TR_NOOP("Follow-up")},
        {"note", QT_TR_NOOP("Note")},
        {"person", QT_TR_NOOP("Person")},
        {"referral", QT_TR_NOOP("Referral")},
    };
    for (const Known &k : known)
        if (recordType == QLatin1String(k.type))
            return tr(k.text);
    return recordType;
}

} // namespace helpline
