#pragma once

#include "core/protocol/auditmessages.h"
#include "core/protocol/syncmessages.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace helpline {

// Why a call to the server failed, in plain words for the status bar and the sync log, and in
// a kind the sync engine decides on (try again later, sign in again, or stop and show it).
struct SyncError {
    enum class Kind {
        Offline,      // no connection: host not found, refused, network down, timed out
        Certificate,  // TLS: the server's certificate or key cannot be trusted
        ServerBusy,   // 5xx, 429: try again later (retryAfterMs when the server said)
        SignInNeeded, // 401 to a signed-in call: the access token expired or was revoked
        Refused,  // 4xx (a 401 to sign-in or enrolment too): the server said no; retrying will not
                  // help
        BadReply, // the reply is malformed, of the wrong shape, oversized or not for us
        Setup,    // the configuration is wrong (server address, CA file, pin)
    };
    Kind kind = Kind::Offline;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString code;       // the server's error code, or ours ("bad_reply", "certificate")
    QString message;    // translated, plain words
    qint64 retryAfterMs = -1;
    // Worth trying again by itself later (offline, busy); the others need someone to act.
    bool transient() const { return kind == Kind::Offline || kind == Kind::ServerBusy; }
};

template<typename T>
struct SyncReply {
    std::optional<T> value;
    SyncError error;
    bool ok() const { return value.has_value(); }
};

// The desk's client of the server's JSON API v1 (docs/api/openapi.yaml). It checks every reply
// as strictly as the server checks requests: a reply that is malformed, of the wrong types, too
// large, missing fields or not an answer to what was asked is a BadReply and nothing of it is
// used. Calls are asynchronous; each callback runs once, on the thread of the manager.
//
// The QNetworkAccessManager is given, so tests can put a fault-injecting proxy or a fake in
// between.
class SyncClient : public QObject {
    Q_OBJECT
public:
    struct Options {
        QUrl server;                // https://host[:port][/prefix]; http only to loopback
        QString caFile;             // PEM certificates to trust besides the system's
        QByteArray pinnedKeySha256; // SHA-256 of the server's public key (DER); trusts only it
        int timeoutMs = 30'000;     // per request, without progress
        qint64 maxReplyBytes = 16 * 1024 * 1024;
    };
    // Empty when `url` may be used as the server address; otherwise why not, translated.
    static QString checkServerUrl(const QUrl &url);

    SyncClient(QNetworkAccessManager &network, Options options, QObject *parent = nullptr);
    ~SyncClient() override;

    // Empty when the options are usable (address, CA file readable and holding a certificate).
    QString setupProblem() const { return m_setupProblem; }

    template<typename T>
    using Done = std::function<void(SyncReply<T>)>;

    void enrol(const EnrolRequest &request, Done<EnrolReply> done);
    void signIn(const SignInRequest &request, Done<SessionTokens> done);
    void refresh(const RefreshRequest &request, Done<SessionTokens> done);
    // The results must answer the pushed records one for one, in order.
    void push(const QString &accessToken, const PushRequest &request, Done<PushResponse> done);
    // The page must be of the stream asked for, its items in increasing seq after the cursor.
    void pull(const QString &accessToken, const PullQuery &query, Done<PullPage> done);

    // Opens a case the desk does not hold, with a reason (the server writes the opening).
    void openCase(const QString &accessToken, const CaseOpeningRequest &request,
                  Done<CaseOpeningReply> done);
    // Sends audit entries (AuditCopy); the answer must be about this desk and hold what was sent.
    void uploadAudit(const QString &accessToken, const AuditUploadRequest &request,
                     Done<AuditCopyStatus> done);

    // Aborts every call in flight; their callbacks run with Offline ("cancelled").
    void abortAll();
    int inFlight() const { return int(m_replies.size()); }

    // The SHA-256 of a PEM or DER certificate's public key, as Options::pinnedKeySha256 wants it.
    static QByteArray publicKeySha256(const QByteArray &certificate);

private:
    using Decode = std::function<void(const QJsonObject &, int status)>;
    using Fail = std::function<void(SyncError)>;
    void send(const QByteArray &method, const QString &path, const QByteArray &body,
              const QString &accessToken, Decode decode, Fail fail);
    void finished(QNetworkReply *reply, const Decode &decode, const Fail &fail);
    bool checkPin(QNetworkReply *reply) const;

    QNetworkAccessManager &m_network;
    Options m_options;
    QString m_setupProblem;
    QSslConfiguration m_tls;
    QSet<QNetworkReply *> m_replies;
};

} // namespace helpline
