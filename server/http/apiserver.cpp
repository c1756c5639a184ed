#include "server/http/apiserver.h"

#include "server/auth/authservice.h"
#include "server/http/guardedtcpserver.h"
#include "server/http/routes.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>

#include <exception>

Q_LOGGING_CATEGORY(lcAccess, "helpline.server.access")
Q_LOGGING_CATEGORY(lcHttp, "helpline.server.http")

namespace helpline::server {

namespace {
QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

bool isLoopback(const QHostAddress &address)
{
    return address.isLoopback();
}
} // namespace

ApiServer::ApiServer(Router router, AuthService &auth, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_router(std::move(router))
    , m_auth(auth)
{
}

ApiServer::~ApiServer()
{
    m_pool.waitForDone();
    m_pushPool.waitForDone();
}

ApiResult<quint16> ApiServer::start(const ListenOptions &options)
{
    m_options = options;
    const bool tls = !options.tlsCertificate.isEmpty() || !options.tlsKey.isEmpty();
    if (!tls && !isLoopback(options.address))
        return ApiError::invalid(
            QStringLiteral("Refusing to listen on %1 without TLS: give --tls-cert and --tls-key, "
                           "or listen on 127.0.0.1 behind a TLS proxy.")
                .arg(options.address.toString()));
    auto *server = new GuardedTcpServer(options.maxBodyBytes + 64 * 1024, this);
    if (tls) {
        QFile certFile(options.tlsCertificate);
        QFile keyFile(options.tlsKey);
        if (!certFile.open(QIODevice::ReadOnly))
            return ApiError::invalid(
                QStringLiteral("Cannot read the TLS certificate %1.").arg(options.tlsCertificate));
        if (!keyFile.open(QIODevice::ReadOnly))
            return ApiError::invalid(
                QStringLiteral("Cannot read the TLS key %1.").arg(options.tlsKey));
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll());
        QSslKey key(keyFile.readAll(), QSsl::Rsa);
        if (key.isNull()) {
            keyFile.seek(0);
            key = QSslKey(keyFile.readAll(), QSsl::Ec);
        }
        if (chain.isEmpty())
            return ApiError::invalid(QStringLiteral("The TLS certificate %1 holds no PEM "
                                                    "certificate.")
                                         .arg(options.tlsCertificate));
        if (key.isNull())
            return ApiError::invalid(
                QStringLiteral("The TLS key %1 is not an unencrypted PEM RSA or EC key.")
                    .arg(options.tlsKey));
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificateChain(chain);
        configuration.setPrivateKey(key);
        configuration.setProtocol(QSsl::TlsV1_2OrLater);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        server->setTls(configuration);
    }
    if (!server->listen(options.address, options.port)) {
        const QString message = server->errorString();
        delete server;
        return ApiError::invalid(QStringLiteral("Cannot listen on %1 port %2: %3")
                                     .arg(options.address.toString())
                                     .arg(options.port)
                                     .arg(message));
    }
    bind(server);
    // Pushes have threads of their own: they queue for the writers' lock, and pulls (a few ms
    // each) should not wait behind them.
    m_pool.setMaxThreadCount(qMax(2, options.workerThreads));
    m_pushPool.setMaxThreadCount(qMax(1, options.workerThreads / 2));
    return server->serverPort();
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpRequest copy;
    copy.method = methodName(request.method());
    copy.path = request.url().path();
    copy.query = request.query();
    const auto headers = request.headers();
    for (const auto &header : headers)
        copy.headers.insert(header.first.toLower(), header.second);
    copy.body = request.body();
    copy.remoteAddress = request.remoteAddress().toString();
    if (m_options.trustedProxies.contains(request.remoteAddress())) {
        // The client is the last address the proxy added.
        const QByteArray forwarded = copy.headers.value("x-forwarded-for");
        const QString last = QString::fromLatin1(forwarded.split(',').constLast()).trimmed();
        if (QHostAddress client; !last.isEmpty() && client.setAddress(last))
            copy.remoteAddress = client.toString();
    }
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    m_inFlight.ref();
    QPointer<QTcpSocket> guard(socket);
    QThreadPool &pool = copy.path == kPushPath ? m_pushPool : m_pool;
    pool.start([this, copy = std::move(copy), responder, guard]() mutable {
        QElapsedTimer timer;
        timer.start();
        const QByteArray method = copy.method;
        const QString path = copy.path;
        HttpResponse response = dispatch(std::move(copy));
        const qint64 ms = timer.elapsed();
        QMetaObject::invokeMethod(
            this,
            [this, responder, guard, response = std::move(response), method, path, ms] {
                if (m_options.accessLog)
                    // Method, path (ids only), status, time and size: never a name, a body or
                    // the client's address.
                    qCInfo(lcAccess).noquote() << method << path << response.status << ms << "ms"
                                               << response.body.size() << "B";
                finish(guard.data(), responder, response);
                m_inFlight.deref();
            },
            Qt::QueuedConnection);
    });
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // Never reached: handleRequest answers every request.
}

void ApiServer::finish(QTcpSocket *socket, const std::shared_ptr<QHttpServerResponder> &responder,
                       const HttpResponse &response)
{
    if (!socket)
        return; // the client went away
    GuardedTcpServer::resetCount(socket);
    responder->writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    if (!response.contentType.isEmpty())
        responder->writeHeader("Content-Type", response.contentType);
    for (const auto &header : response.headers)
        responder->writeHeader(header.first, header.second);
    responder->writeHeader("Cache-Control", "no-store");
    responder->writeHeader("X-Content-Type-Options", "nosniff");
    responder->writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder->writeBody(response.body);
}

HttpResponse ApiServer::dispatch(HttpRequest request)
{
    try {
        const Router::Match match = m_router.match(request.method, request.path);
        if (!match.route) {
            if (match.pathKnown)
                return HttpResponse::error(ApiError{405,
                                                    QStringLiteral("method_not_allowed"),
                                                    QStringLiteral("This path does not take %1.")
                                                        .arg(QString::fromLatin1(request.method)),
                                                    {},
                                                    0,
                                                    {},
                                                    {}});
            return HttpResponse::error(
                ApiError::notFound(QStringLiteral("There is no such API route.")));
        }
        request.pathArgs = match.args;
        if (match.route->access == Access::Public)
            return match.route->handler(request, nullptr);
        auto context = m_auth.authenticate(QString::fromLatin1(request.header("authorization")));
        if (!context)
            return HttpResponse::error(context.error());
        const Role role = context->account.role;
        if (match.route->access == Access::Admin && role != Role::Admin)
            return HttpResponse::error(
                ApiError::forbidden(QStringLiteral("Only an admin may do this.")));
        if (match.route->access == Access::CaseWorker && role == Role::Admin)
            return HttpResponse::error(ApiError::forbidden(
                QStringLiteral("Admin accounts do not sync case records; sign in as a counsellor "
                               "or a supervisor.")));
        return match.route->handler(request, &*context);
    } catch (const std::exception &e) {
        qCCritical(lcHttp) << "handler threw:" << e.what();
        return HttpResponse::error(ApiError::internal(QString::fromUtf8(e.what())));
    }
}

void ApiServer::shutdown(int timeoutMs, std::function<void()> done)
{
    const auto tcpServers = servers();
    for (QTcpServer *server : tcpServers) {
        // Connections the system already accepted for us are taken first: closing the
        // listening socket would reset them, and their requests may already be on the way.
        for (int i = 0; i < 256 && server->waitForNewConnection(0); ++i) {
        }
        server->close();
    }
    auto *timer = new QTimer(this);
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    connect(timer, &QTimer::timeout, this, [this, timer, elapsed, timeoutMs, done] {
        // Busy: a request being handled, or one that has started to arrive on a connection
        // opened before the stop (its bytes are counted by the guard).
        bool partial = false;
        for (QTcpServer *server : servers())
            for (QTcpSocket *socket : server->findChildren<QTcpSocket *>())
                partial = partial || GuardedTcpServer::pendingBytes(socket) > 0;
        if ((m_inFlight.loadRelaxed() > 0 || partial) && elapsed->elapsed() < timeoutMs)
            return;
        timer->stop();
        timer->deleteLater();
        // Let the last responses leave their sockets.
        QTimer::singleShot(50, this, done);
    });
    timer->start(20);
}

} // namespace helpline::server
