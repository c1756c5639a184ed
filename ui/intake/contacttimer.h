#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace helpline {

// The contact timer of the intake: it starts when an intake opens, keeps running while the
// counsellor types, and its elapsed time is saved as the contact's duration (and in the draft, so
// that a recovered intake carries on from where it was). Monotonic: a change of the wall clock
// does not move it.
class ContactTimer : public QObject {
    Q_OBJECT
public:
    explicit ContactTimer(QObject *parent = nullptr);

    // (Re)starts counting from `elapsedMs` (0 for a new intake; a draft's elapsed time when one
    // is restored).
    void start(qint64 elapsedMs = 0);
    qint64 elapsedMs() const;
    int elapsedSeconds() const { return int(elapsedMs() / 1000); }

signals:
    // Once a second (when the shown mm:ss changes) and on every start().
    void secondChanged(int seconds);

private:
    void tick();

    QElapsedTimer m_clock;
    qint64 m_offsetMs = 0;
    QTimer m_ticker;
    int m_lastSecond = -1;
};

} // namespace helpline
