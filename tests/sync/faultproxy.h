#pragma once

#include <QObject>
#include <QRandomGenerator>
#include <QTcpServer>

class QTcpSocket;

namespace helpline::test {

// A TCP proxy on 127.0.0.1 between a desk and a server that breaks connections the way a poor
// line does: it refuses them, delays every chunk, cuts the server's reply after some bytes
// (closing cleanly or with a reset), answers in the server's place with an HTTP error (500 after
// the server has handled the request and its answer was thrown away; 503 and 429 with a
// Retry-After before the server sees it), or picks one of these at random for each connection.
class FaultProxy : public QObject {

public:
    enum class Fault {
        None,
        Refuse,
        Delay,
        Truncate,
        Reset,
        Error500,
        Busy503,
        TooMany429,
        Random
    };

    FaultProxy(quint16 targetPort, quint32 seed = 1);
    quint16 port() const { return m_server.serverPort(); }
    void setFault(Fault fault) { m_fault = fault; }
    // New connections go to this port (a server restarted on another port).
    void setTargetPort(quint16 port) { m_targetPort = port; }
    void setDelayMs(int ms) { m_delayMs = ms; }
    // Truncate and Reset forward this many bytes of the reply (Random picks 0 to this).
    void setReplyBytes(qint64 bytes) { m_replyBytes = bytes; }
    int connections() const { return m_connections; }
    // How many connections were broken by a fault (Random may also leave one alone).
    int broken() const { return m_broken; }
    // How many answers the proxy made up (500, 503, 429).
    int madeUp() const { return m_madeUp; }

private:
    void accept(QTcpSocket *client);
    void answerInstead(QTcpSocket *client, Fault fault);

    QTcpServer m_server;
    quint16 m_targetPort;
    QRandomGenerator m_random;
    Fault m_fault = Fault::None;
    int m_delayMs = 100;
    qint64 m_replyBytes = 100;
    int m_connections = 0;
    int m_broken = 0;
    int m_madeUp = 0;
};

} // namespace helpline::test
