#pragma once

#include "server/http/router.h"

#include <QAbstractHttpServer>
#include <QAtomicInt>
#include <QHostAddress>
#include <QPointer>
#include <QSslConfiguration>
#include <QThreadPool>

#include <functional>

class QTcpServer;

namespace helpline::server {

class AuthService;

struct ListenOptions {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8443;
    QString tlsCertificate; // PEM files; both or neither
    QString tlsKey;
    // The largest request body: a directory import (16 MiB); a push is held to 4 MiB when parsed.
    qint64 maxBodyBytes = 16 * 1024 * 1024;
    // Reverse proxies whose X-Forwarded-For is believed (sign-in throttling per address).
    QList<QHostAddress> trustedProxies;
    int workerThreads = 8;
    bool accessLog = true;
};

// The HTTP side of the server. Each request is copied off Qt's socket and handled on a worker
// thread (database work and password hashing never block the accepting thread); the response is
// written back on the socket's thread. Every route checks authentication and authorization
// before its handler runs.
class ApiServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    ApiServer(Router router, AuthService &auth, QObject *parent = nullptr);
    ~ApiServer() override;

    // Refuses a non-loopback address without TLS. Returns the port, or an error message.
    ApiResult<quint16> start(const ListenOptions &options);
    const Router &router() const { return m_router; }
    int requestsInFlight() const { return m_inFlight.loadRelaxed(); }
    // Stops accepting connections, lets the requests in flight and those still arriving on open
    // connections finish (at most `timeoutMs`), then calls `done`.
    void shutdown(int timeoutMs, std::function<void()> done);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HttpResponse dispatch(HttpRequest request);
    void finish(QTcpSocket *socket, const std::shared_ptr<QHttpServerResponder> &responder,
                const HttpResponse &response);

    Router m_router;
    AuthService &m_auth;
    ListenOptions m_options;
    QThreadPool m_pool;
    QThreadPool m_pushPool;
    QAtomicInt m_inFlight;
};

} // namespace helpline::server
