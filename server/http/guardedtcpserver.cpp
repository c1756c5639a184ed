#include "server/http/guardedtcpserver.h"

#include <QLoggingCategory>
#include <QSslSocket>

Q_LOGGING_CATEGORY(lcConnections, "helpline.server.connections")

namespace helpline::server {

namespace {
constexpr char kCountProperty[] = "helpline_request_bytes";
}

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
        const qint64 total =
            socket->property(kCountProperty).toLongLong() + socket->bytesAvailable();
        socket->setProperty(kCountProperty, total);
        if (total <= limit)
            return;
        qCInfo(lcConnections) << "request larger than" << limit << "bytes: closing";
        const QByteArray body =
            R"({"error":{"code":"too_large","message":"The request is larger than the server accepts."}})";
        socket->readAll();
        socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\n"
                      "Connection: close\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
    });
    addPendingConnection(socket);
}

} // namespace helpline::server
