#include "faultproxy.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <iterator>
#include <memory>

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
        static const Fault kinds[] = {Fault::None,     Fault::Refuse,    Fault::Delay,
                                      Fault::Truncate, Fault::Reset,     Fault::Error500,
                                      Fault::Busy503,  Fault::TooMany429};
        fault = kinds[m_random.bounded(int(std::size(kinds)))];
        replyBytes = m_random.bounded(qMax<qint64>(1, m_replyBytes));
    }
    if (fault != Fault::None && fault != Fault::Delay)
        ++m_broken;
    connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    if (fault == Fault::Refuse) {
        client->abort();
        return;
    }
    if (fault == Fault::Busy503 || fault == Fault::TooMany429) {
        answerInstead(client, fault);
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
    if (fault == Fault::Error500) {
        // The server handles the request; its answer is replaced once it has begun to come.
        connect(upstream, &QTcpSocket::readyRead, client, [this, upstream, back] {
            upstream->readAll();
            if (back && !back->property("answered").toBool()) {
                back->setProperty("answered", true);
                answerInstead(back, Fault::Error500);
            }
        });
        return;
    }
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

void FaultProxy::answerInstead(QTcpSocket *client, Fault fault)
{
    ++m_madeUp;
    QByteArray status;
    QByteArray code;
    QByteArray extra;
    switch (fault) {
    case Fault::Busy503:
        status = "503 Service Unavailable";
        code = "busy";
        extra = "Retry-After: 1\r\n";
        break;
    case Fault::TooMany429:
        status = "429 Too Many Requests";
        code = "rate_limited";
        extra = "Retry-After: 1\r\n";
        break;
    default:
        status = "500 Internal Server Error";
        code = "internal";
        break;
    }
    const QByteArray body =
        "{\"error\":{\"code\":\"" + code + "\",\"message\":\"Made up by the test proxy.\"}}";
    const QByteArray reply = "HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\n" +
                             extra + "Content-Length: " + QByteArray::number(body.size()) +
                             "\r\nConnection: close\r\n\r\n" + body;
    QPointer<QTcpSocket> to(client);
    auto send = [to, reply] {
        if (!to)
            return;
        to->write(reply);
        to->flush();
        to->disconnectFromHost();
    };
    if (fault == Fault::Error500) {
        send(); // the server has read the whole request
        return;
    }
    // Answer once the whole request is in: closing with unread bytes would reset the
    // connection and lose the answer.
    auto request = std::make_shared<QByteArray>();
    connect(client, &QTcpSocket::readyRead, client, [client, request, send] {
        request->append(client->readAll());
        const qsizetype headerEnd = request->indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        qint64 length = 0;
        for (const QByteArray &line : request->left(headerEnd).split('\n')) {
            const QByteArray l = line.trimmed().toLower();
            if (l.startsWith("content-length:"))
                length = l.mid(15).trimmed().toLongLong();
        }
        if (request->size() - (headerEnd + 4) >= length) {
            request->clear();
            send();
        }
    });
}

} // namespace helpline::test
