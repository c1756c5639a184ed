#pragma once

#include <QObject>

class QSocketNotifier;

namespace helpline::server {

// Turns SIGTERM and SIGINT into a Qt signal (through a self-pipe: a signal handler may only
// write to a file descriptor), so that the server stops gracefully in its event loop.
class SignalWatcher : public QObject {
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void stopRequested();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace helpline::server
