#pragma once

#include "core/sync/syncengine.h"

#include <QDateTime>
#include <QString>

namespace helpline {

class Clock;

// The desk's session with the server for the signed-in account: its access token, renewed
// with the refresh token before it expires. Only an online sign-in (the password) starts one;
// when the refresh token is refused (expired, revoked, a reset password, a revoked device) the
// engine is told that an online sign-in is needed.
//
// The refresh token is handed to `persist` each time it changes, so the owner can keep it in
// the encrypted store and the desk can resume sync after a restart without the password.
class ServerSession final : public AccessTokenSource {
public:
    struct Device {
        QString id;
        QString secret;
    };
    using Persist = std::function<void(const QString &refreshToken, const QDateTime &expiresAt)>;

    ServerSession(SyncClient &client, Clock &clock, Device device, Persist persist = {});

    // Resumes with a refresh token kept from an earlier sign-in.
    void resume(const QString &refreshToken);
    // Called with the office's review rules whenever the server sends them (each sign-in and
    // refresh), so an administrator's change on the server reaches the desk within minutes.
    using OfficeRulesSink = std::function<void(const ReviewRules &rules)>;
    void setOfficeRulesSink(OfficeRulesSink sink) { m_rulesSink = std::move(sink); }
    // Starts with the tokens of an online step that already happened (DeskSetup's sign-in).
    void start(const SessionTokens &tokens) { take(tokens); }
    // An online sign-in; `done` gets the server's answer (the account, and the escrow key when
    // asked for).
    void signIn(const QString &username, const QByteArray &password, bool requestEscrow,
                SyncClient::Done<SessionTokens> done);
    void signOut(); // forgets both tokens

    void token(Done done) override;
    void expired() override { m_accessToken.clear(); }

    bool hasSession() const { return !m_refreshToken.isEmpty() || !m_accessToken.isEmpty(); }

    // An access token this close to its expiry is renewed first.
    static constexpr qint64 kRenewBeforeMs = 60 * 1000;

private:
    void take(const SessionTokens &tokens);

    SyncClient &m_client;
    Clock &m_clock;
    Device m_device;
    Persist m_persist;
    OfficeRulesSink m_rulesSink;
    QString m_accessToken;
    QDateTime m_accessExpiresAt;
    QString m_refreshToken;
    QList<Done> m_waiting; // callers while a refresh is in flight
};

} // namespace helpline
