#pragma once

#include <QObject>

class QSoundEffect;

namespace helpline {

// The acute-risk alert's sound, repeated until stopped. Qt Multimedia lists no audio output on a
// desk without a sound card or sound server, and a QSoundEffect there "plays" silently without
// an error; so the desk's outputs are checked first and, without one, nothing is created and
// canSound() says so, for the alert to say it is silent.
class AlertSound : public QObject {
    Q_OBJECT
public:
    explicit AlertSound(QObject *parent = nullptr);

    bool canSound() const { return m_effect != nullptr; }
    bool isOn() const { return m_on; }
    void start();
    void stop();

private:
    QSoundEffect *m_effect = nullptr;
    bool m_on = false;
};

} // namespace helpline
