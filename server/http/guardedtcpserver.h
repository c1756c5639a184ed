#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

namespace helpline::server {

// The listening socket under the HTTP server. It creates each connection itself (TLS when
// configured) so that it can count what a client sends: Qt HttpServer 6.4 reads a whole request
// into memory before any handler sees it, so a body larger than the limit is cut off here, with a
// 413 answer and the connection closed.
class GuardedTcpServer : public QTcpServer {
    Q_OBJECT
public:
    GuardedTcpServer(qint64 maxRequestBytes, QObject *parent = nullptr);
    void setTls(const QSslConfiguration &configuration);
    // Called when a response has been written: the next request on the connection starts at 0.
    static void resetCount(QTcpSocket *socket);
    // Bytes received of the request not answered yet.
    static qint64 pendingBytes(QTcpSocket *socket);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    qint64 m_maxRequestBytes;
    bool m_tls = false;
    QSslConfiguration m_tlsConfiguration;
};

} // namespace helpline::server
