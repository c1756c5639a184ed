#include "server/http/guardedtcpserver.h"

#include <QLoggingCategory>
#include <QSslSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcConnections, "helpline.server.connections")

namespace helpline::server {

namespace {
constexpr char kCountProperty[] = "helpline_request_bytes";
constexpr char kRejectedProperty[] = "helpline_request_rejected";
} // namespace

GuardedTcpServer::GuardedTcpServer(qint64 maxRequestBytes, QObject *parent)
    : QTcpServer(parent)
    , m_maxRequestBytes(maxRequestBytes)
{
}

void GuardedTcpServer::setTls(const QSslConfiguration &configuration)
{
    m_tls = true;
    m_tlsConfiguration = configuration;
}

void GuardedTcpServer::resetCount(QTcpSocket *socket)
{
    if (socket)
        socket->setProperty(kCountProperty, qint64(0));
}

qint64 GuardedTcpServer::pendingBytes(QTcpSocket *socket)
{
    return socket ? socket->property(kCountProperty).toLongLong() : 0;
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *ssl = new QSslSocket(this);
        if (!ssl->setSocketDescriptor(descriptor)) {
            delete ssl;
            return;
        }
        ssl->setSslConfiguration(m_tlsConfiguration);
        connect(ssl, &QSslSocket::sslErrors, ssl, [ssl](const QList<QSslError> &errors) {
            qCInfo(lcConnections) << "TLS handshake failed:" << errors.size() << "errors";
            ssl->abort();
        });
        ssl->startServerEncryption();
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
    }
    socket->setProperty(kCountProperty, qint64(0));
    // Connected before the HTTP server's own slot, so this sees each chunk before it is parsed.
    connect(socket, &QIODevice::readyRead, socket, [socket, limit = m_maxRequestBytes] {
        if (socket->property(kRejectedProperty).toBool()) {
            socket->readAll(); // the rest of a refused request: read and drop
            return;
        }
        const qint64 total =
            socket->property(kCountProperty).toLongLong() + socket->bytesAvailable();
        socket->setProperty(kCountProperty, total);
        if (total <= limit)
            return;
        qCInfo(lcConnections) << "request larger than" << limit << "bytes: closing";
        const QByteArray body =
            R"({"error":{"code":"too_large","message":"The request is larger than the server accepts."}})";
        socket->readAll();
        socket->setProperty(kRejectedProperty, true);
        socket->setProperty(kCountProperty, qint64(0));
        socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\n"
                      "Connection: close\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
        // Closing while the client still sends would reset the connection and could lose the
        // answer: drain what still comes for a moment, then close.
        QTimer::singleShot(1500, socket, [socket] { socket->disconnectFromHost(); });
    });
    addPendingConnection(socket);
}

} // namespace helpline::server
