#include "core/sync/syncclient.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>

namespace helpline {

Q_LOGGING_CATEGORY(lcSyncClient, "helpline.sync.client")

namespace {

// Properties a reply carries when this client ended it, so finished() can say why.
constexpr char kEndedBecause[] = "helplineEndedBecause";
constexpr char kTlsErrors[] = "helplineTlsErrors";
constexpr char kMethod[] = "helplineMethod";
constexpr char kHadToken[] = "helplineHadToken";

SyncError makeError(SyncError::Kind kind, QString code, QString message, int status = 0)
{
    SyncError e;
    e.kind = kind;
    e.code = std::move(code);
    e.message = std::move(message);
    e.httpStatus = status;
    return e;
}

SyncError badReply(const QString &why, int status = 0)
{
    return makeError(
        SyncError::Kind::BadReply, QStringLiteral("bad_reply"),
        SyncClient::tr("The server's answer could not be used (%1). Nothing was changed on "
                       "this desk.")
            .arg(why),
        status);
}

SyncError badReply(const DecodeProblems &problems, int status)
{
    const DecodeProblem first = problems.value(0);
    return badReply(first.path.isEmpty() ? first.message
                                         : QStringLiteral("%1: %2").arg(first.path, first.message),
                    status);
}

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

qint64 retryAfterMs(const QNetworkReply *reply)
{
    bool ok = false;
    const qint64 seconds = reply->rawHeader("Retry-After").trimmed().toLongLong(&ok);
    return ok && seconds >= 0 ? qMin<qint64>(seconds, 24 * 3600) * 1000 : -1;
}

template<typename T>
void deliver(const SyncClient::Done<T> &done, T value)
{
    SyncReply<T> reply;
    reply.value = std::move(value);
    done(std::move(reply));
}

template<typename T>
std::function<void(SyncError)> failWith(const SyncClient::Done<T> &done)
{
    return [done](SyncError error) {
        SyncReply<T> reply;
        reply.error = std::move(error);
        done(std::move(reply));
    };
}

// Decodes a success reply strictly into T, checks that it answers the request (`answers` gives
// why not), and hands it over; anything wrong is a BadReply.
template<typename T>
std::function<void(const QJsonObject &, int)>
decodeInto(const SyncClient::Done<T> &done, std::function<QString(const T &)> answers = {})
{
    return [done, answers](const QJsonObject &object, int status) {
        DecodeProblems problems;
        std::optional<T> value = T::fromJson(object, &problems);
        if (!value)
            return failWith(done)(badReply(problems, status));
        if (answers)
            if (const QString why = answers(*value); !why.isEmpty())
                return failWith(done)(badReply(why, status));
        deliver(done, std::move(*value));
    };
}

// What a pin names: the SHA-256 of the certificate's public key (DER).
QByteArray keyHash(const QSslCertificate &certificate)
{
    return QCryptographicHash::hash(certificate.publicKey().toDer(), QCryptographicHash::Sha256);
}

QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QString SyncClient::checkServerUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("The server address is not a web address (https://server.example:8443).");
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return tr("The server address must not contain a user name, a password, a query or a "
                  "fragment.");
    if (url.scheme() == QLatin1String("https"))
        return {};
    if (url.scheme() == QLatin1String("http")) {
        if (isLoopback(url.host()))
            return {};
        return tr("Case data may only travel encrypted: use https:// (plain http:// is allowed "
                  "only to this computer).");
    }
    return tr("The server address must start with https://.");
}

QByteArray SyncClient::publicKeySha256(const QByteArray &certificate)
{
    QList<QSslCertificate> certs = QSslCertificate::fromData(certificate, QSsl::Pem);
    if (certs.isEmpty())
        certs = QSslCertificate::fromData(certificate, QSsl::Der);
    if (certs.isEmpty() || certs.first().publicKey().isNull())
        return {};
    return keyHash(certs.first());
}

SyncClient::SyncClient(QNetworkAccessManager &network, Options options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_options(std::move(options))
{
    m_setupProblem = checkServerUrl(m_options.server);
    // The TLS settings of every request, the CA file read once.
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setProtocol(QSsl::TlsV1_2OrLater);
    if (m_setupProblem.isEmpty() && !m_options.caFile.isEmpty()) {
        const QList<QSslCertificate> authorities =
            QSslCertificate::fromPath(m_options.caFile, QSsl::Pem);
        if (authorities.isEmpty())
            m_setupProblem =
                tr("The CA file %1 cannot be read or holds no certificate.").arg(m_options.caFile);
        m_tls.addCaCertificates(authorities);
    }
    if (m_setupProblem.isEmpty() && !m_options.pinnedKeySha256.isEmpty() &&
        m_options.pinnedKeySha256.size() != 32)
        m_setupProblem = tr("The pinned server key must be a SHA-256 hash (32 bytes).");
}

SyncClient::~SyncClient()
{
    // The callbacks may refer to objects that are going away too: they are not called.
    const auto replies = m_replies;
    m_replies.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void SyncClient::abortAll()
{
    const auto replies = m_replies;
    for (QNetworkReply *reply : replies) {
        reply->setProperty(kEndedBecause, QStringLiteral("cancelled"));
        reply->abort();
    }
}

bool SyncClient::checkPin(QNetworkReply *reply) const
{
    if (m_options.pinnedKeySha256.isEmpty())
        return true;
    const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    return !peer.isNull() && keyHash(peer) == m_options.pinnedKeySha256;
}

void SyncClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                      const QString &accessToken, Decode decode, Fail fail)
{
    if (!m_setupProblem.isEmpty()) {
        fail(makeError(SyncError::Kind::Setup, QStringLiteral("setup"), m_setupProblem));
        return;
    }
    QUrl url = m_options.server;
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    const qsizetype queryAt = path.indexOf(u'?');
    url.setPath(prefix + path.left(queryAt));
    if (queryAt >= 0)
        url.setQuery(path.mid(queryAt + 1));

    QNetworkRequest request(url);
    request.setTransferTimeout(m_options.timeoutMs);
    // A redirect could carry the token elsewhere; the API never redirects.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    if (!accessToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + accessToken.toLatin1());
    if (url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(m_tls);

    QNetworkReply *reply = method == "GET" ? m_network.get(request)
                                           : m_network.sendCustomRequest(request, method, body);
    m_replies.insert(reply);
    reply->setProperty(kMethod, method);
    reply->setProperty(kHadToken, !accessToken.isEmpty());
    const qint64 maxBytes = m_options.maxReplyBytes;
    auto guardSize = [reply, maxBytes](qint64 received, qint64 total) {
        if (received > maxBytes || total > maxBytes) {
            reply->setProperty(kEndedBecause, QStringLiteral("too_large"));
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::downloadProgress, this, guardSize);
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        QStringList text;
        for (const QSslError &e : errors)
            text << e.errorString();
        reply->setProperty(kTlsErrors, text.join(QStringLiteral("; ")));
        // A pinned key is trusted for itself, whoever signed its certificate.
        if (!m_options.pinnedKeySha256.isEmpty() && checkPin(reply))
            reply->ignoreSslErrors(errors);
    });
    connect(reply, &QNetworkReply::encrypted, this, [this, reply] {
        if (!checkPin(reply)) {
            reply->setProperty(kEndedBecause, QStringLiteral("pin"));
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, decode = std::move(decode), fail = std::move(fail)] {
                finished(reply, decode, fail);
            });
}

void SyncClient::finished(QNetworkReply *reply, const Decode &decode, const Fail &fail)
{
    m_replies.remove(reply);
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString ended = reply->property(kEndedBecause).toString();
    const QString path = reply->url().path();
    const QString method = reply->property(kMethod).toString();
    auto failed = [&](SyncError error) {
        qCInfo(lcSyncClient).noquote()
            << method << path << "failed:" << error.code << "status" << status;
        fail(std::move(error));
    };

    if (ended == QLatin1String("too_large"))
        return failed(badReply(tr("it is larger than %1 MiB").arg(m_options.maxReplyBytes >> 20)));
    if (ended == QLatin1String("pin"))
        return failed(makeError(SyncError::Kind::Certificate, QStringLiteral("certificate"),
                                tr("The server's key is not the one this desk was set up to "
                                   "trust. Someone may be between this desk and the server; "
                                   "tell the helpline's IT person.")));
    if (ended == QLatin1String("cancelled"))
        return failed(makeError(SyncError::Kind::Offline, QStringLiteral("cancelled"),
                                tr("Sync was stopped.")));

    // A connection that broke after the status line arrived is still a broken connection (a
    // partial answer is never used), not a bad answer.
    const QNetworkReply::NetworkError network = reply->error();
    const bool broken =
        (network > QNetworkReply::NoError && network <= QNetworkReply::UnknownNetworkError &&
         network != QNetworkReply::TooManyRedirectsError &&
         network != QNetworkReply::InsecureRedirectError) ||
        network == QNetworkReply::ProtocolFailure;
    if (status == 0 || broken) {
        switch (network) {
        case QNetworkReply::SslHandshakeFailedError:
            return failed(makeError(
                SyncError::Kind::Certificate, QStringLiteral("certificate"),
                tr("The server's certificate cannot be trusted (%1). Sync stays off until "
                   "the helpline's IT person fixes the certificate or the desk's settings.")
                    .arg(reply->property(kTlsErrors).toString().isEmpty()
                             ? reply->errorString()
                             : reply->property(kTlsErrors).toString())));
        case QNetworkReply::HostNotFoundError:
            return failed(makeError(SyncError::Kind::Offline, QStringLiteral("offline"),
                                    tr("The server's name cannot be found: this desk seems to "
                                       "be offline.")));
        case QNetworkReply::ConnectionRefusedError:
            return failed(makeError(SyncError::Kind::Offline, QStringLiteral("offline"),
                                    tr("The server is not answering (connection refused).")));
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::ProtocolFailure:
            return failed(makeError(SyncError::Kind::Offline, QStringLiteral("offline"),
                                    tr("The connection to the server broke before the whole "
                                       "answer arrived.")));
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
            return failed(makeError(SyncError::Kind::Offline, QStringLiteral("timeout"),
                                    tr("The server did not answer in time.")));
        default:
            return failed(makeError(
                SyncError::Kind::Offline, QStringLiteral("offline"),
                tr("The connection to the server failed (%1).").arg(reply->errorString())));
        }
    }

    const QByteArray body = reply->readAll();
    if (body.size() > m_options.maxReplyBytes)
        return failed(
            badReply(tr("it is larger than %1 MiB").arg(m_options.maxReplyBytes >> 20), status));
    if (status >= 200 && status < 300) {
        const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        if (!type.startsWith(QLatin1String("application/json")))
            return failed(badReply(tr("it is not JSON"), status));
        const ParsedJson parsed = parseJsonObject(body, m_options.maxReplyBytes, kMaxJsonDepth);
        if (!parsed.ok())
            return failed(badReply(DecodeProblems{*parsed.problem}, status));
        qCDebug(lcSyncClient).noquote() << method << path << status;
        decode(parsed.object, status);
        return;
    }

    const std::optional<ServerError> server =
        ServerError::fromJson(QJsonDocument::fromJson(body).object());
    const QString said = server ? server->message : reply->errorString();
    SyncError error;
    error.httpStatus = status;
    error.code = server ? server->code : QStringLiteral("http_%1").arg(status);
    if (status == 401 && reply->property(kHadToken).toBool()) {
        error.kind = SyncError::Kind::SignInNeeded;
        error.message = tr("The server asks for a new sign-in (%1).").arg(said);
    } else if (status == 429 || status >= 500) {
        error.kind = SyncError::Kind::ServerBusy;
        error.retryAfterMs = retryAfterMs(reply);
        error.message =
            status == 429
                ? tr("The server asks this desk to wait before trying again.")
                : tr("The server has a problem (HTTP %1); sync will try again.").arg(status);
    } else if (status >= 400) {
        error.kind = SyncError::Kind::Refused;
        error.message = tr("The server refused this: %1").arg(said);
    } else {
        return failed(badReply(tr("HTTP status %1").arg(status), status));
    }
    failed(std::move(error));
}

void SyncClient::enrol(const EnrolRequest &request, Done<EnrolReply> done)
{
    send("POST", QStringLiteral("/v1/devices/enrol"), jsonBytes(request.toJson()), {},
         decodeInto(done), failWith(done));
}

void SyncClient::signIn(const SignInRequest &request, Done<SessionTokens> done)
{
    // The password travels in a request body that the network layer keeps until it is sent;
    // it cannot be wiped from there, so no copy here pretends to be.
    send("POST", QStringLiteral("/v1/auth/sign-in"), jsonBytes(request.toJson()), {},
         decodeInto(done), failWith(done));
}

void SyncClient::refresh(const RefreshRequest &request, Done<SessionTokens> done)
{
    send("POST", QStringLiteral("/v1/auth/refresh"), jsonBytes(request.toJson()), {},
         decodeInto(done), failWith(done));
}

void SyncClient::push(const QString &accessToken, const PushRequest &request,
                      Done<PushResponse> done)
{
    QList<QPair<QString, int>> sent;
    for (const PushItem &item : request.items)
        sent.append({item.id, item.revision});
    auto answersSent = [sent](const PushResponse &response) -> QString {
        if (response.results.size() != sent.size())
            return tr("%1 results for %2 records").arg(response.results.size()).arg(sent.size());
        for (qsizetype i = 0; i < sent.size(); ++i) {
            const PushResult &r = response.results.at(i);
            if (r.id != sent.at(i).first || r.revision != sent.at(i).second)
                return tr("result %1 answers another record than the one pushed").arg(i);
        }
        return {};
    };
    send("POST", QStringLiteral("/v1/sync/push"), jsonBytes(request.toJson()), accessToken,
         decodeInto(done, std::function<QString(const PushResponse &)>(answersSent)),
         failWith(done));
}

void SyncClient::openCase(const QString &accessToken, const CaseOpeningRequest &request,
                          Done<CaseOpeningReply> done)
{
    send("POST", QStringLiteral("/v1/cases/openings"), jsonBytes(request.toJson()), accessToken,
         decodeInto(done), failWith(done));
}

void SyncClient::uploadAudit(const QString &accessToken, const AuditUploadRequest &request,
                             Done<AuditCopyStatus> done)
{
    const QString deviceId = request.deviceId;
    const qint64 lastSent = request.entries.isEmpty() ? 0 : request.entries.constLast().seq;
    auto answersSent = [deviceId, lastSent](const AuditCopyStatus &status) -> QString {
        if (status.deviceId != deviceId)
            return tr("the audit copy of another desk");
        if (status.receivedThrough < lastSent)
            return tr("the server holds entries up to %1 after %2 were sent")
                .arg(status.receivedThrough)
                .arg(lastSent);
        return {};
    };
    send("POST", QStringLiteral("/v1/audit/upload"), jsonBytes(request.toJson()), accessToken,
         decodeInto(done, std::function<QString(const AuditCopyStatus &)>(answersSent)),
         failWith(done));
}

void SyncClient::pull(const QString &accessToken, const PullQuery &query, Done<PullPage> done)
{
    auto answersQuery = [query](const PullPage &page) -> QString {
        if (page.stream != query.stream)
            return tr("a page of stream %1 for %2").arg(page.stream, query.stream);
        if (page.items.size() > query.limit)
            return tr("more items than asked for");
        if (page.cursor < query.cursor)
            return tr("its cursor goes backwards");
        qint64 last = query.cursor;
        for (const PullItem &item : page.items) {
            if (item.seq <= last || item.seq > page.cursor)
                return tr("its items are out of sequence");
            last = item.seq;
        }
        return {};
    };
    send("GET", QStringLiteral("/v1/sync/pull?") + query.toQuery().toString(QUrl::FullyEncoded), {},
         accessToken, decodeInto(done, std::function<QString(const PullPage &)>(answersQuery)),
         failWith(done));
}

} // namespace helpline
