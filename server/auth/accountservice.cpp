#include "server/auth/accountservice.h"

#include "core/protocol/syncmessages.h"

#include "core/util/clock.h"
#include "core/util/uuid.h"
#include "server/auth/serveraudit.h"
#include "server/db/serverdatabase.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace helpline::server {

namespace {
const QString kAccountColumns = QStringLiteral(
    "a.id, a.username, a.display_name, a.role, a.office_id, a.active, s.locked_until");
const QString kAccountFrom = QStringLiteral(
    "FROM accounts a LEFT JOIN signin_attempts s ON s.subject = 'user:' || a.username ");

Account accountFrom(const QSqlQuery &q, const QString &now)
{
    Account a;
    a.id = q.value(0).toString();
    a.username = q.value(1).toString();
    a.displayName = q.value(2).toString();
    a.role = roleFromCode(q.value(3).toString()).value_or(Role::Counsellor);
    a.officeId = q.value(4).toString();
    a.active = q.value(5).toInt() != 0;
    const QString locked = q.value(6).toString();
    if (!locked.isEmpty() && locked > now)
        a.lockedUntil = locked;
    return a;
}
} // namespace

QJsonObject Account::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("username"), username},
                  {QStringLiteral("display_name"), displayName},
                  {QStringLiteral("role"), roleCode(role)},
                  {QStringLiteral("office_id"), officeId},
                  {QStringLiteral("active"), active}};
    if (!lockedUntil.isEmpty())
        o.insert(QStringLiteral("locked_until"), lockedUntil);
    return o;
}

QJsonObject Office::toJson() const
{
    QJsonObject o = rulesJson();
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("name"), name);
    return o;
}

QJsonObject Office::rulesJson() const
{
    return officeRulesToJson(ReviewRules{closureNeedsApproval, newCounsellorWeeks});
}

AccountService::AccountService(ServerDatabase &db, Clock &clock, HashStrength strength)
    : m_db(db)
    , m_clock(clock)
    , m_strength(strength)
{
}

std::optional<ApiError> AccountService::checkUsername(const QString &username)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{2,63}$"));
    if (!pattern.match(username).hasMatch())
        return ApiError::invalid(QStringLiteral("A username has 3 to 64 characters: lower-case "
                                                "letters a-z, digits, '.', '_' or '-'."),
                                 QStringLiteral("username"));
    return std::nullopt;
}

std::optional<ApiError> AccountService::checkPassword(const QByteArray &password)
{
    const qsizetype length = QString::fromUtf8(password).size();
    if (length < 10 || password.size() > 1024)
        return ApiError::invalid(
            QStringLiteral("A password needs at least 10 characters (a passphrase of a few words "
                           "is best)."),
            QStringLiteral("password"));
    return std::nullopt;
}

std::optional<ApiError> AccountService::checkOfficeId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_-]{1,31}$"));
    if (!pattern.match(id).hasMatch())
        return ApiError::invalid(QStringLiteral("An office id has 2 to 32 characters: lower-case "
                                                "letters a-z, digits, '_' or '-'."),
                                 QStringLiteral("office_id"));
    return std::nullopt;
}

ApiResult<Office> AccountService::createOffice(const QString &id, const QString &name,
                                               const QString &actorId)
{
    if (auto problem = checkOfficeId(id))
        return *problem;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 200)
        return ApiError::invalid(QStringLiteral("An office needs a name of 1 to 200 characters."),
                                 QStringLiteral("name"));
    const QString now = isoUtc(m_clock.nowUtc());
    ServerTransaction tx(m_db);
    if (tx.scalar(QStringLiteral("SELECT count(*) FROM offices WHERE id = ?"), {id}).toInt() > 0)
        return ApiError::conflict(QStringLiteral("There is already an office %1.").arg(id),
                                  QStringLiteral("id"));
    tx.exec(QStringLiteral("INSERT INTO offices (id, name, created_at) VALUES (?, ?, ?)"),
            {id, trimmed, now});
    serverAudit(tx, now, actorId, {}, QStringLiteral("office.create"), QStringLiteral("office"),
                id);
    if (auto done = tx.commit(); !done)
        return done.error();
    return Office{id, trimmed};
}

namespace {
const QString kOfficeColumns =
    QStringLiteral("id, name, closure_needs_approval, new_counsellor_weeks");

Office officeFrom(const QSqlQuery &q)
{
    return Office{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt() != 0,
                  q.value(3).toInt()};
}
} // namespace

ApiResult<QList<Office>> AccountService::offices()
{
    ServerTransaction tx(m_db, ServerTransaction::Mode::Read);
    QList<Office> list;
    if (QSqlQuery *q =
            tx.exec(QStringLiteral("SELECT %1 FROM offices ORDER BY id").arg(kOfficeColumns)))
        while (q->next())
            list << officeFrom(*q);
    if (auto done = tx.commit(); !done)
        return done.error();
    return list;
}

ApiResult<Office> AccountService::office(const QString &id)
{
    ServerTransaction tx(m_db, ServerTransaction::Mode::Read);
    std::optional<Office> found;
    if (QSqlQuery *q = tx.exec(
            QStringLiteral("SELECT %1 FROM offices WHERE id = ?").arg(kOfficeColumns), {id})) {
        if (q->next())
            found = officeFrom(*q);
        q->finish();
    }
    if (auto done = tx.commit(); !done)
        return done.error();
    if (!found)
        return ApiError::notFound(QStringLiteral("There is no office %1.").arg(id));
    return *found;
}

ApiResult<Office> AccountService::setOfficeRules(const QString &id, bool closureNeedsApproval,
                                                 int newCounsellorWeeks, const QString &actorId)
{
    if (newCounsellorWeeks < 0 || newCounsellorWeeks > 52)
        return ApiError::invalid(QStringLiteral("new_counsellor_weeks is 0 to 52."),
                                 QStringLiteral("new_counsellor_weeks"));
    const QString now = isoUtc(m_clock.nowUtc());
    ServerTransaction tx(m_db);
    tx.exec(QStringLiteral("UPDATE offices SET closure_needs_approval = ?, "
                           "new_counsellor_weeks = ? WHERE id = ?"),
            {closureNeedsApproval ? 1 : 0, newCounsellorWeeks, id});
    if (!tx.failed() && tx.rowsAffected() == 0)
        return ApiError::notFound(QStringLiteral("There is no office %1.").arg(id));
    serverAudit(tx, now, actorId, {}, QStringLiteral("office.rules"), QStringLiteral("office"), id);
    if (auto done = tx.commit(); !done)
        return done.error();
    return office(id);
}

ApiResult<Account> AccountService::read(ServerTransaction &tx, const QString &accountId)
{
    QSqlQuery *q = tx.exec(QStringLiteral("SELECT ") + kAccountColumns + u' ' + kAccountFrom +
                               QStringLiteral("WHERE a.id = ?"),
                           {accountId});
    if (!q)
        return tx.error();
    if (!q->next())
        return ApiError::notFound(QStringLiteral("There is no account %1.").arg(accountId));
    Account a = accountFrom(*q, isoUtc(m_clock.nowUtc()));
    q->finish();
    return a;
}

ApiResult<Account> AccountService::create(const NewAccount &input, const QString &actorId)
{
    const QString username = input.username.trimmed().toLower();
    if (auto problem = checkUsername(username))
        return *problem;
    const QString displayName = input.displayName.trimmed();
    if (displayName.isEmpty() || displayName.size() > 200)
        return ApiError::invalid(QStringLiteral("A display name has 1 to 200 characters."),
                                 QStringLiteral("display_name"));
    const auto role = roleFromCode(input.role);
    if (!role)
        return ApiError::invalid(
            QStringLiteral("The role must be counsellor, supervisor or admin."),
            QStringLiteral("role"));
    if (auto problem = checkPassword(input.password))
        return *problem;
    const QString hash = QString::fromLatin1(hashPassword(input.password, m_strength));
    const QString now = isoUtc(m_clock.nowUtc());
    const QString id = newUuidV7(m_clock.nowUtc());
    ServerTransaction tx(m_db);
    if (tx.scalar(QStringLiteral("SELECT count(*) FROM offices WHERE id = ?"), {input.officeId})
                .toInt() == 0 &&
        !tx.failed())
        return ApiError::invalid(QStringLiteral("There is no office %1.").arg(input.officeId),
                                 QStringLiteral("office_id"));
    if (tx.scalar(QStringLiteral("SELECT count(*) FROM accounts WHERE username = ?"), {username})
            .toInt() > 0)
        return ApiError::conflict(QStringLiteral("The username %1 is taken.").arg(username),
                                  QStringLiteral("username"));
    const qint64 seq = tx.nextSeq();
    tx.exec(QStringLiteral("INSERT INTO accounts (id, username, display_name, role, office_id, "
                           "password_hash, active, password_changed_at, created_at, updated_at, "
                           "revision, seq) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, 1, ?)"),
            {id, username, displayName, roleCode(*role), input.officeId, hash, now, now, now, seq});
    serverAudit(tx, now, actorId, {}, QStringLiteral("account.create"), QStringLiteral("account"),
                id);
    if (auto done = tx.commit(); !done)
        return done.error();
    return Account{id, username, displayName, *role, input.officeId, true, {}};
}

ApiResult<QList<Account>> AccountService::list()
{
    ServerTransaction tx(m_db, ServerTransaction::Mode::Read);
    QList<Account> list;
    const QString now = isoUtc(m_clock.nowUtc());
    if (QSqlQuery *q = tx.exec(QStringLiteral("SELECT ") + kAccountColumns + u' ' + kAccountFrom +
                               QStringLiteral("ORDER BY a.username")))
        while (q->next())
            list << accountFrom(*q, now);
    if (auto done = tx.commit(); !done)
        return done.error();
    return list;
}

ApiResult<Account> AccountService::find(const QString &accountId)
{
    ServerTransaction tx(m_db, ServerTransaction::Mode::Read);
    auto account = read(tx, accountId);
    tx.commit();
    return account;
}

ApiResult<Account> AccountService::findByUsername(const QString &username)
{
    auto id = readScalar(m_db, QStringLiteral("SELECT id FROM accounts WHERE username = ?"),
                         {username.trimmed().toLower()});
    if (!id)
        return id.error();
    if (!id->isValid())
        return ApiError::notFound(QStringLiteral("There is no account %1.").arg(username));
    return find(id->toString());
}

ApiResult<Account> AccountService::setActive(const QString &accountId, bool active,
                                             const QString &actorId)
{
    const QString now = isoUtc(m_clock.nowUtc());
    ServerTransaction tx(m_db);
    auto before = read(tx, accountId);
    if (!before)
        return before.error();
    if (!active && accountId == actorId)
        return ApiError::invalid(QStringLiteral("You cannot disable your own account."),
                                 QStringLiteral("id"));
    const qint64 seq = tx.nextSeq();
    tx.exec(QStringLiteral("UPDATE accounts SET active = ?, updated_at = ?, "
                           "revision = revision + 1, seq = ? WHERE id = ?"),
            {active ? 1 : 0, now, seq, accountId});
    if (!active)
        tx.exec(QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE account_id = ? AND "
                               "revoked_at IS NULL"),
                {now, accountId});
    serverAudit(tx, now, actorId, {},
                active ? QStringLiteral("account.enable") : QStringLiteral("account.disable"),
                QStringLiteral("account"), accountId);
    auto after = read(tx, accountId);
    if (auto done = tx.commit(); !done)
        return done.error();
    return after;
}

ApiResult<Account> AccountService::resetPassword(const QString &accountId,
                                                 const QByteArray &password, const QString &actorId)
{
    if (auto problem = checkPassword(password))
        return *problem;
    const QString hash = QString::fromLatin1(hashPassword(password, m_strength));
    const QString now = isoUtc(m_clock.nowUtc());
    ServerTransaction tx(m_db);
    auto before = read(tx, accountId);
    if (!before)
        return before.error();
    const qint64 seq = tx.nextSeq();
    tx.exec(QStringLiteral("UPDATE accounts SET password_hash = ?, password_changed_at = ?, "
                           "updated_at = ?, revision = revision + 1, seq = ? WHERE id = ?"),
            {hash, now, now, seq, accountId});
    tx.exec(QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE account_id = ? AND "
                           "revoked_at IS NULL"),
            {now, accountId});
    tx.exec(QStringLiteral("DELETE FROM signin_attempts WHERE subject = ?"),
            {QStringLiteral("user:") + before->username});
    serverAudit(tx, now, actorId, {}, QStringLiteral("account.reset_password"),
                QStringLiteral("account"), accountId);
    auto after = read(tx, accountId);
    if (auto done = tx.commit(); !done)
        return done.error();
    return after;
}

ApiResult<Account> AccountService::changeRole(const QString &accountId, const QString &role,
                                              const QString &officeId, const QString &actorId)
{
    const auto parsed = roleFromCode(role);
    if (!parsed)
        return ApiError::invalid(
            QStringLiteral("The role must be counsellor, supervisor or admin."),
            QStringLiteral("role"));
    const QString now = isoUtc(m_clock.nowUtc());
    ServerTransaction tx(m_db);
    auto before = read(tx, accountId);
    if (!before)
        return before.error();
    if (accountId == actorId && *parsed != Role::Admin)
        return ApiError::invalid(QStringLiteral("You cannot take the admin role from yourself."),
                                 QStringLiteral("role"));
    const QString office = officeId.isEmpty() ? before->officeId : officeId;
    if (tx.scalar(QStringLiteral("SELECT count(*) FROM offices WHERE id = ?"), {office}).toInt() ==
            0 &&
        !tx.failed())
        return ApiError::invalid(QStringLiteral("There is no office %1.").arg(office),
                                 QStringLiteral("office_id"));
    const qint64 seq = tx.nextSeq();
    tx.exec(QStringLiteral("UPDATE accounts SET role = ?, office_id = ?, updated_at = ?, "
                           "revision = revision + 1, seq = ? WHERE id = ?"),
            {roleCode(*parsed), office, now, seq, accountId});
    // A new role means new permissions: sign in again to get them.
    tx.exec(QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE account_id = ? AND "
                           "revoked_at IS NULL"),
            {now, accountId});
    serverAudit(tx, now, actorId, {}, QStringLiteral("account.change_role"),
                QStringLiteral("account"), accountId);
    auto after = read(tx, accountId);
    if (auto done = tx.commit(); !done)
        return done.error();
    return after;
}

} // namespace helpline::server
