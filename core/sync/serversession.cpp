#include "core/sync/serversession.h"

#include "core/util/clock.h"

#include <QCoreApplication>

namespace helpline {

namespace {

SyncError signInNeeded(const QString &why)
{
    SyncError error;
    error.kind = SyncError::Kind::SignInNeeded;
    error.code = QStringLiteral("sign_in_needed");
    error.message = why;
    return error;
}

} // namespace

ServerSession::ServerSession(SyncClient &client, Clock &clock, Device device, Persist persist)
    : m_client(client)
    , m_clock(clock)
    , m_device(std::move(device))
    , m_persist(std::move(persist))
{
}

void ServerSession::resume(const QString &refreshToken)
{
    m_refreshToken = refreshToken;
    m_accessToken.clear();
}

void ServerSession::signIn(const QString &username, const QByteArray &password, bool requestEscrow,
                           SyncClient::Done<SessionTokens> done)
{
    SignInRequest request;
    request.username = username;
    request.password = password;
    request.deviceId = m_device.id;
    request.deviceSecret = m_device.secret;
    request.requestEscrow = requestEscrow;
    m_client.signIn(request, [this, done = std::move(done)](SyncReply<SessionTokens> reply) {
        if (reply.ok())
            take(*reply.value);
        done(std::move(reply));
    });
}

void ServerSession::signOut()
{
    m_accessToken.clear();
    m_refreshToken.clear();
    m_accessExpiresAt = QDateTime();
}

void ServerSession::token(Done done)
{
    const QDateTime now = m_clock.nowUtc();
    if (!m_accessToken.isEmpty() && now.msecsTo(m_accessExpiresAt) > kRenewBeforeMs)
        return done(m_accessToken, {});
    if (m_refreshToken.isEmpty())
        return done(std::nullopt,
                    signInNeeded(QCoreApplication::translate(
                        "helpline::ServerSession",
                        "Sign in once with this desk connected to the server to start sync.")));
    m_waiting << std::move(done);
    if (m_waiting.size() > 1)
        return; // a refresh is on its way; it answers everyone

    RefreshRequest request;
    request.refreshToken = m_refreshToken;
    request.deviceId = m_device.id;
    m_client.refresh(request, [this](SyncReply<SessionTokens> reply) {
        std::optional<QString> token;
        SyncError error;
        if (reply.ok()) {
            take(*reply.value);
            token = m_accessToken;
        } else if (reply.error.transient()) {
            error = reply.error;
        } else {
            // Refused: expired, revoked, a password reset or a revoked device. Only the
            // password can start a new session.
            m_refreshToken.clear();
            m_accessToken.clear();
            if (m_persist)
                m_persist(QString(), QDateTime());
            error = signInNeeded(
                QCoreApplication::translate(
                    "helpline::ServerSession",
                    "The server ended this desk's session (%1). Sign in again while connected "
                    "to resume sync.")
                    .arg(reply.error.message));
        }
        const QList<Done> waiting = std::exchange(m_waiting, {});
        for (const Done &d : waiting)
            d(token, error);
    });
}

void ServerSession::take(const SessionTokens &tokens)
{
    m_accessToken = tokens.accessToken;
    m_accessExpiresAt = tokens.accessExpiresAt;
    if (tokens.refreshToken != m_refreshToken) {
        m_refreshToken = tokens.refreshToken;
        if (m_persist)
            m_persist(m_refreshToken, tokens.refreshExpiresAt);
    }
    if (tokens.officeRules && m_rulesSink)
        m_rulesSink(*tokens.officeRules);
}

} // namespace helpline
