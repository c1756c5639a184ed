#pragma once

#include "server/auth/accountservice.h"
#include "server/auth/deviceservice.h"
#include "server/http/apierror.h"

#include <QJsonObject>
#include <QString>

namespace helpline {
class Clock;
}

namespace helpline::server {

class ServerDatabase;

// Who is calling: established from a bearer token on every request.
struct AuthContext {
    Account account;
    QString deviceId;
    QString deviceOfficeId;
    QString deviceName;
    QString tokenFamily;
};

struct SignIn {
    QString username;
    QByteArray password;
    QString deviceId;
    QString deviceSecret;
    bool requestEscrow = false;
    QString address; // the client's IP address, for throttling per address
};

struct Tokens {
    QString access;
    QString accessExpiresAt;
    QString refresh;
    QString refreshExpiresAt;
    Account account;
    QByteArray escrowKey;    // only when asked for at sign-in
    QJsonObject officeRules; // the account's office's review rules (Office::rulesJson)
    QJsonObject toJson() const;
};

// Sign-in, token refresh and authentication of every request. Access tokens live 15 minutes,
// refresh tokens 30 days and rotate on each use; a rotated refresh token used again means it was
// copied, and the whole sign-in (its family) is revoked. Tokens are stored only as hashes.
class AuthService {
public:
    static constexpr int kAccessSeconds = 15 * 60;
    static constexpr int kRefreshDays = 30;

    AuthService(ServerDatabase &db, Clock &clock, AccountService &accounts, DeviceService &devices);

    ApiResult<Tokens> signIn(const SignIn &request);
    ApiResult<Tokens> refresh(const QString &refreshToken, const QString &deviceId);
    ApiResult<AuthContext> authenticate(const QString &authorizationHeader);
    ApiResult<void> signOut(const AuthContext &context);

private:
    ApiResult<Tokens> issue(const Account &account, const QString &deviceId, const QString &family);
    // Throttling, kept in the database so that every instance sees it.
    ApiError throttled(int retryAfter, bool locked) const;
    std::optional<ApiError> checkThrottle(const QString &subject, bool perAccount);
    void recordFailure(const QStringList &subjects);

    ServerDatabase &m_db;
    Clock &m_clock;
    AccountService &m_accounts;
    DeviceService &m_devices;
};

} // namespace helpline::server
