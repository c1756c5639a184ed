#include "server/auth/authservice.h"

#include "core/util/clock.h"
#include "core/util/uuid.h"
#include "server/auth/passwordhasher.h"
#include "server/auth/serveraudit.h"
#include "server/auth/signinpolicy.h"
#include "server/auth/tokens.h"
#include "server/db/serverdatabase.h"

#include <QLoggingCategory>
#include <QSemaphore>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcAuth, "helpline.server.auth")

namespace helpline::server {

namespace {
ApiError wrongCredentials()
{
    // The same answer for an unknown username and a wrong password.
    return ApiError::unauthenticated(QStringLiteral("The username or the password is not right."),
                                     QStringLiteral("wrong_credentials"));
}

// Keyed by the username as typed (lower case), known or not: a lock on a made-up name looks the
// same as a lock on a real one, so throttling does not tell which usernames exist.
QString accountSubject(const QString &username)
{
    return QStringLiteral("user:") + username.trimmed().toLower();
}

// Each Argon2id verification holds 64 MiB for a few hundred milliseconds: at most two at a time,
// so a burst of sign-ins cannot exhaust the server's memory.
QSemaphore &hashingSlots()
{
    static QSemaphore available(2);
    return available;
}

QString addressSubject(const QString &address)
{
    return QStringLiteral("address:") + address;
}

QDateTime timeOrNull(const QVariant &v)
{
    return v.isNull() ? QDateTime() : fromIsoUtc(v.toString());
}

QVariant isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(isoUtc(t)) : QVariant(QMetaType(QMetaType::QString));
}
} // namespace

QJsonObject Tokens::toJson() const
{
    QJsonObject o{{QStringLiteral("access_token"), access},
                  {QStringLiteral("access_expires_at"), accessExpiresAt},
                  {QStringLiteral("refresh_token"), refresh},
                  {QStringLiteral("refresh_expires_at"), refreshExpiresAt},
                  {QStringLiteral("account"), account.toJson()}};
    if (!escrowKey.isEmpty())
        o.insert(QStringLiteral("escrow_key"), QString::fromLatin1(escrowKey.toBase64()));
    if (!officeRules.isEmpty())
        o.insert(QStringLiteral("office_rules"), officeRules);
    return o;
}

AuthService::AuthService(ServerDatabase &db, Clock &clock, AccountService &accounts,
                         DeviceService &devices)
    : m_db(db)
    , m_clock(clock)
    , m_accounts(accounts)
    , m_devices(devices)
{
}

ApiError AuthService::throttled(int retryAfter, bool locked) const
{
    ApiError e{429,
               locked ? QStringLiteral("locked") : QStringLiteral("throttled"),
               locked ? QStringLiteral("Too many wrong passwords: sign-in is locked for %1 "
                                       "minutes. An admin can unlock it by resetting the "
                                       "password.")
                            .arg((retryAfter + 59) / 60)
                      : QStringLiteral("Too many wrong passwords: wait %1 seconds and try again.")
                            .arg(retryAfter),
               {},
               retryAfter,
               {},
               {}};
    return e;
}

std::optional<ApiError> AuthService::checkThrottle(const QString &subject, bool perAccount)
{
    ServerTransaction tx(m_db, ServerTransaction::Mode::Read);
    QSqlQuery *q = tx.exec(QStringLiteral("SELECT failures, first_failure_at, last_failure_at, "
                                          "locked_until FROM signin_attempts WHERE subject = ?"),
                           {subject});
    if (!q)
        return tx.error();
    if (!q->next())
        return std::nullopt;
    SigninState state;
    state.failures = q->value(0).toInt();
    state.firstFailureAt = timeOrNull(q->value(1));
    state.lastFailureAt = timeOrNull(q->value(2));
    state.lockedUntil = timeOrNull(q->value(3));
    q->finish();
    tx.commit();
    const SigninVerdict verdict = SigninPolicy::check(state, m_clock.nowUtc(),
                                                      perAccount ? SigninPolicy::Subject::Account
                                                                 : SigninPolicy::Subject::Address);
    if (verdict.allowed)
        return std::nullopt;
    return throttled(verdict.retryAfterSeconds, verdict.locked);
}

void AuthService::recordFailure(const QStringList &subjects)
{
    const QDateTime now = m_clock.nowUtc();
    ServerTransaction tx(m_db);
    for (const QString &subject : subjects) {
        SigninState state;
        bool exists = false;
        if (QSqlQuery *q = tx.exec(QStringLiteral("SELECT failures, first_failure_at, "
                                                  "last_failure_at, locked_until FROM "
                                                  "signin_attempts WHERE subject = ?"),
                                   {subject})) {
            if (q->next()) {
                exists = true;
                state.failures = q->value(0).toInt();
                state.firstFailureAt = timeOrNull(q->value(1));
                state.lastFailureAt = timeOrNull(q->value(2));
                state.lockedUntil = timeOrNull(q->value(3));
            }
            q->finish();
        }
        const SigninPolicy::Subject kind = subject.startsWith(QLatin1String("user:"))
                                               ? SigninPolicy::Subject::Account
                                               : SigninPolicy::Subject::Address;
        state = SigninPolicy::recordFailure(state, now, kind);
        const QVariantList values{state.failures, isoOrNull(state.firstFailureAt),
                                  isoOrNull(state.lastFailureAt), isoOrNull(state.lockedUntil),
                                  subject};
        if (exists)
            tx.exec(QStringLiteral("UPDATE signin_attempts SET failures = ?, first_failure_at = ?, "
                                   "last_failure_at = ?, locked_until = ? WHERE subject = ?"),
                    values);
        else
            tx.exec(QStringLiteral("INSERT INTO signin_attempts (failures, first_failure_at, "
                                   "last_failure_at, locked_until, subject) VALUES (?, ?, ?, ?, "
                                   "?)"),
                    values);
    }
    if (auto done = tx.commit(); !done)
        qCWarning(lcAuth) << "recording a failed sign-in:" << done.error().detail;
}

ApiResult<Tokens> AuthService::signIn(const SignIn &request)
{
    if (auto problem = checkThrottle(addressSubject(request.address), false))
        return *problem;
    auto device = m_devices.verify(request.deviceId, request.deviceSecret);
    if (!device)
        return device.error();
    auto account = m_accounts.findByUsername(request.username);
    if (!account && account.error().status != 404)
        return account.error();
    if (auto problem = checkThrottle(accountSubject(request.username), true))
        return *problem;
    // The hash is read outside any transaction: verification takes a good part of a second.
    QString hash;
    if (account) {
        auto stored = readScalar(m_db,
                                 QStringLiteral("SELECT password_hash FROM accounts WHERE "
                                                "id = ?"),
                                 {account->id});
        if (!stored)
            return stored.error();
        hash = stored->toString();
    }
    hashingSlots().acquire();
    const bool verified = account ? verifyPassword(hash.toLatin1(), request.password)
                                  : (dummyVerify(request.password, m_accounts.strength()), false);
    hashingSlots().release();
    const QString now = isoUtc(m_clock.nowUtc());
    if (!verified) {
        recordFailure({addressSubject(request.address), accountSubject(request.username)});
        ServerTransaction tx(m_db);
        serverAudit(tx, now, account ? account->id : QString(), request.deviceId,
                    QStringLiteral("signin"), QStringLiteral("account"),
                    account ? account->id : QString(), QStringLiteral("wrong_credentials"));
        tx.commit();
        return wrongCredentials();
    }
    if (!account->active)
        return ApiError::forbidden(
            QStringLiteral("This account is disabled. Ask an admin to enable it."));
    // The escrow key opens the desk's store: only for the desk's own office (admins of any).
    if (request.requestEscrow && account->role != Role::Admin &&
        account->officeId != device->officeId)
        return ApiError::forbidden(QStringLiteral(
            "This desk belongs to another office; its store cannot be opened for this account."));
    QString family = newUuidV7(m_clock.nowUtc());
    auto tokens = issue(*account, device->id, family);
    if (!tokens)
        return tokens;
    // Hashes made with weaker settings are replaced while the password is at hand (hashed
    // before the transaction: it takes a good part of a second).
    QString rehashed;
    if (needsRehash(hash.toLatin1(), m_accounts.strength())) {
        hashingSlots().acquire();
        rehashed = QString::fromLatin1(hashPassword(request.password, m_accounts.strength()));
        hashingSlots().release();
    }
    ServerTransaction tx(m_db);
    if (!rehashed.isEmpty())
        tx.exec(QStringLiteral("UPDATE accounts SET password_hash = ? WHERE id = ? AND "
                               "password_hash = ?"),
                {rehashed, account->id, hash});
    tx.exec(QStringLiteral("DELETE FROM signin_attempts WHERE subject = ?"),
            {accountSubject(account->username)});
    tx.exec(QStringLiteral("UPDATE devices SET last_seen_at = ? WHERE id = ?"), {now, device->id});
    serverAudit(tx, now, account->id, device->id, QStringLiteral("signin"),
                QStringLiteral("account"), account->id);
    tx.exec(m_db.dialect() == Dialect::Postgres
                ? QStringLiteral("INSERT INTO device_accounts (device_id, account_id, "
                                 "first_signin_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                : QStringLiteral("INSERT OR IGNORE INTO device_accounts (device_id, account_id, "
                                 "first_signin_at) VALUES (?, ?, ?)"),
            {device->id, account->id, now});
    if (request.requestEscrow) {
        // The desk needs the escrow key to wrap its database key for this account; every
        // release is audited.
        serverAudit(tx, now, account->id, device->id, QStringLiteral("escrow.release"),
                    QStringLiteral("device"), device->id);
    }
    if (auto done = tx.commit(); !done)
        return done.error();
    if (request.requestEscrow) {
        auto key = m_devices.escrowKey(device->id);
        if (!key)
            return key.error();
        tokens->escrowKey = *key;
    }
    return tokens;
}

ApiResult<Tokens> AuthService::issue(const Account &account, const QString &deviceId,
                                     const QString &family)
{
    const QDateTime now = m_clock.nowUtc();
    Tokens tokens;
    tokens.account = account;
    tokens.access = newToken(kAccessTokenPrefix);
    tokens.refresh = newToken(kRefreshTokenPrefix);
    tokens.accessExpiresAt = isoUtc(now.addSecs(kAccessSeconds));
    tokens.refreshExpiresAt = isoUtc(now.addDays(kRefreshDays));
    ServerTransaction tx(m_db);
    const QString insert = QStringLiteral(
        "INSERT INTO tokens (token_hash, kind, family_id, account_id, device_id, issued_at, "
        "expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    tx.exec(insert, {tokenHash(tokens.access), QStringLiteral("access"), family, account.id,
                     deviceId, isoUtc(now), tokens.accessExpiresAt});
    tx.exec(insert, {tokenHash(tokens.refresh), QStringLiteral("refresh"), family, account.id,
                     deviceId, isoUtc(now), tokens.refreshExpiresAt});
    // Expired tokens are of no use to anyone: sweep a few with every issue.
    tx.exec(QStringLiteral("DELETE FROM tokens WHERE expires_at < ?"), {isoUtc(now.addDays(-1))});
    if (auto done = tx.commit(); !done)
        return done.error();
    // The desk applies its office's rules from here (the sign-in and every refresh).
    if (auto office = m_accounts.office(account.officeId); office)
        tokens.officeRules = office->rulesJson();
    return tokens;
}

ApiResult<Tokens> AuthService::refresh(const QString &refreshToken, const QString &deviceId)
{
    const QString now = isoUtc(m_clock.nowUtc());
    const ApiError refused = ApiError::unauthenticated(
        QStringLiteral("The sign-in has ended; sign in again."), QStringLiteral("token_expired"));
    ServerTransaction tx(m_db);
    QSqlQuery *q =
        tx.exec(QStringLiteral("SELECT t.family_id, t.account_id, t.device_id, t.expires_at, "
                               "t.revoked_at, t.rotated_at, d.revoked_at, a.active FROM tokens t "
                               "JOIN devices d ON d.id = t.device_id JOIN accounts a ON a.id = "
                               "t.account_id WHERE t.token_hash = ? AND t.kind = 'refresh'"),
                {tokenHash(refreshToken)});
    if (!q)
        return tx.error();
    if (!q->next())
        return refused;
    const QString family = q->value(0).toString();
    const QString accountId = q->value(1).toString();
    const QString tokenDevice = q->value(2).toString();
    const QString expires = q->value(3).toString();
    const bool revoked = !q->value(4).isNull();
    const bool rotated = !q->value(5).isNull();
    const bool deviceRevoked = !q->value(6).isNull();
    const bool active = q->value(7).toInt() != 0;
    q->finish();
    if (rotated && !revoked) {
        // A refresh token that was already exchanged: someone holds a copy. End the sign-in.
        tx.exec(QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE family_id = ? AND "
                               "revoked_at IS NULL"),
                {now, family});
        serverAudit(tx, now, accountId, tokenDevice, QStringLiteral("token.reuse"),
                    QStringLiteral("account"), accountId, QStringLiteral("revoked"));
        tx.commit();
        return refused;
    }
    if (revoked || rotated || expires <= now || tokenDevice != deviceId || !active)
        return refused;
    if (deviceRevoked)
        return ApiError::unauthenticated(QStringLiteral("This desk has been revoked."),
                                         QStringLiteral("device_revoked"));
    tx.exec(QStringLiteral("UPDATE tokens SET rotated_at = ? WHERE token_hash = ?"),
            {now, tokenHash(refreshToken)});
    // The old access tokens of this sign-in end with the rotation.
    tx.exec(QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE family_id = ? AND kind = "
                           "'access' AND revoked_at IS NULL"),
            {now, family});
    if (auto done = tx.commit(); !done)
        return done.error();
    auto account = m_accounts.find(accountId);
    if (!account)
        return account.error();
    return issue(*account, deviceId, family);
}

ApiResult<AuthContext> AuthService::authenticate(const QString &authorizationHeader)
{
    if (!authorizationHeader.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
        return ApiError::unauthenticated(
            QStringLiteral("Sign in first: this request needs an access token."));
    const QString token = authorizationHeader.mid(7).trimmed();
    const QString now = isoUtc(m_clock.nowUtc());
    ServerTransaction tx(m_db, ServerTransaction::Mode::Read);
    QSqlQuery *q =
        tx.exec(QStringLiteral(
                    "SELECT t.expires_at, t.revoked_at, t.family_id, t.device_id, "
                    "d.office_id, d.revoked_at, d.name, a.id, a.username, a.display_name, a.role, "
                    "a.office_id, a.active FROM tokens t JOIN devices d ON d.id = t.device_id "
                    "JOIN accounts a ON a.id = t.account_id WHERE t.token_hash = ? AND "
                    "t.kind = 'access'"),
                {tokenHash(token)});
    if (!q)
        return tx.error();
    if (!q->next())
        return ApiError::unauthenticated(QStringLiteral("The access token is not valid; sign in "
                                                        "again."));
    AuthContext context;
    const QString expires = q->value(0).toString();
    const bool revoked = !q->value(1).isNull();
    context.tokenFamily = q->value(2).toString();
    context.deviceId = q->value(3).toString();
    context.deviceOfficeId = q->value(4).toString();
    const bool deviceRevoked = !q->value(5).isNull();
    context.deviceName = q->value(6).toString();
    context.account.id = q->value(7).toString();
    context.account.username = q->value(8).toString();
    context.account.displayName = q->value(9).toString();
    context.account.role = roleFromCode(q->value(10).toString()).value_or(Role::Counsellor);
    context.account.officeId = q->value(11).toString();
    context.account.active = q->value(12).toInt() != 0;
    q->finish();
    tx.commit();
    if (deviceRevoked)
        return ApiError::unauthenticated(QStringLiteral("This desk has been revoked."),
                                         QStringLiteral("device_revoked"));
    if (revoked || !context.account.active)
        return ApiError::unauthenticated(QStringLiteral("The sign-in has ended; sign in again."));
    if (expires <= now)
        return ApiError::unauthenticated(QStringLiteral("The access token has expired; refresh "
                                                        "it."),
                                         QStringLiteral("token_expired"));
    return context;
}

ApiResult<void> AuthService::signOut(const AuthContext &context)
{
    const QString now = isoUtc(m_clock.nowUtc());
    ServerTransaction tx(m_db);
    tx.exec(QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE family_id = ? AND revoked_at "
                           "IS NULL"),
            {now, context.tokenFamily});
    serverAudit(tx, now, context.account.id, context.deviceId, QStringLiteral("signout"),
                QStringLiteral("account"), context.account.id);
    return tx.commit();
}

} // namespace helpline::server
