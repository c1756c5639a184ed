#pragma once

#include "core/domain/role.h"
#include "server/auth/passwordhasher.h"
#include "server/http/apierror.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace helpline {
class Clock;
}

namespace helpline::server {

class ServerDatabase;
class ServerTransaction;

struct Account {
    QString id;
    QString username;
    QString displayName;
    Role role = Role::Counsellor;
    QString officeId;
    bool active = true;
    QString lockedUntil; // empty unless sign-in is locked now

    // The public profile: what the accounts stream and /v1/me show.
    QJsonObject toJson() const;
};

struct Office {
    QString id;
    QString name;
    // The office's review rules (ReviewRules on the desk): desks receive them with every
    // sign-in and token refresh, and the push enforces the closure approval.
    bool closureNeedsApproval = true;
    int newCounsellorWeeks = 4;
    QJsonObject toJson() const;
    QJsonObject rulesJson() const;
};

struct NewAccount {
    QString username;
    QString displayName;
    QString role;
    QString officeId;
    QByteArray password;
};

// Accounts and offices: creation and administration, each in one transaction with its audit
// entry. Accounts are in the `accounts` pull stream, so each change takes a sequence number.
class AccountService {
public:
    AccountService(ServerDatabase &db, Clock &clock, HashStrength strength);

    HashStrength strength() const { return m_strength; }

    ApiResult<Office> createOffice(const QString &id, const QString &name, const QString &actorId);
    ApiResult<QList<Office>> offices();
    ApiResult<Office> office(const QString &id);
    // Sets an office's review rules (audited "office.rules"); weeks 0 to 52.
    ApiResult<Office> setOfficeRules(const QString &id, bool closureNeedsApproval,
                                     int newCounsellorWeeks, const QString &actorId);

    ApiResult<Account> create(const NewAccount &account, const QString &actorId);
    ApiResult<QList<Account>> list();
    ApiResult<Account> find(const QString &accountId);
    ApiResult<Account> findByUsername(const QString &username);
    ApiResult<Account> setActive(const QString &accountId, bool active, const QString &actorId);
    // Sets a new password, clears the account's lockout and revokes its tokens.
    ApiResult<Account> resetPassword(const QString &accountId, const QByteArray &password,
                                     const QString &actorId);
    ApiResult<Account> changeRole(const QString &accountId, const QString &role,
                                  const QString &officeId, const QString &actorId);

    // Checks shared by the admin API and the command line.
    static std::optional<ApiError> checkUsername(const QString &username);
    static std::optional<ApiError> checkPassword(const QByteArray &password);
    static std::optional<ApiError> checkOfficeId(const QString &id);

private:
    ApiResult<Account> read(ServerTransaction &tx, const QString &accountId);
    ServerDatabase &m_db;
    Clock &m_clock;
    HashStrength m_strength;
};

} // namespace helpline::server
