#include "faultproxy.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <catch2/catch.hpp>

namespace helpline::test {

FaultProxy::FaultProxy(quint16 targetPort, quint32 seed)
    : m_targetPort(targetPort)
    , m_random(seed)
{
    REQUIRE(m_server.listen(QHostAddress::LocalHost));
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = m_server.nextPendingConnection())
            accept(client);
    });
}

void FaultProxy::accept(QTcpSocket *client)
{
    ++m_connections;
    Fault fault = m_fault;
    qint64 replyBytes = m_replyBytes;
    if (fault == Fault::Random) {
        static const Fault kinds[] = {Fault::None, Fault::Refuse, Fault::Delay, Fault::Truncate,
                                      Fault::Reset};
        fault = kinds[m_random.bounded(5)];
        replyBytes = m_random.bounded(qMax<qint64>(1, m_replyBytes));
    }
    if (fault != Fault::None && fault != Fault::Delay)
        ++m_broken;
    connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    if (fault == Fault::Refuse) {
        client->abort();
        return;
    }
    auto *upstream = new QTcpSocket(client);
    upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
    const int delay = fault == Fault::Delay ? m_delayMs : 0;
    QPointer<QTcpSocket> to(upstream);
    QPointer<QTcpSocket> back(client);
    // Desk to server: forwarded as it comes (after the delay when delaying).
    connect(client, &QTcpSocket::readyRead, upstream, [client, to, delay] {
        const QByteArray bytes = client->readAll();
        QTimer::singleShot(delay, to, [to, bytes] {
            if (to)
                to->write(bytes);
        });
    });
    // Server to desk: forwarded until the fault strikes.
    auto sent = std::make_shared<qint64>(0);
    connect(upstream, &QTcpSocket::readyRead, client,
            [upstream, back, delay, fault, replyBytes, sent] {
                QByteArray bytes = upstream->readAll();
                const bool cut = fault == Fault::Truncate || fault == Fault::Reset;
                if (cut && *sent + bytes.size() >= replyBytes)
                    bytes.truncate(replyBytes - *sent);
                *sent += bytes.size();
                const bool strike = cut && *sent >= replyBytes;
                QTimer::singleShot(delay, back, [back, bytes, strike, fault] {
                    if (!back)
                        return;
                    back->write(bytes);
                    if (!strike)
                        return;
                    back->flush();
                    if (fault == Fault::Reset)
                        back->abort();
                    else
                        back->disconnectFromHost();
                });
            });
    connect(upstream, &QTcpSocket::disconnected, client, [back, delay] {
        QTimer::singleShot(delay + 1, back, [back] {
            if (back)
                back->disconnectFromHost();
        });
    });
    connect(upstream, &QTcpSocket::errorOccurred, client, [back](QAbstractSocket::SocketError) {
        if (back)
            back->disconnectFromHost();
    });
}

} // namespace helpline::test
