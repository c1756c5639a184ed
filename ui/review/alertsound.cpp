#include "ui/review/alertsound.h"

#include <QAudioDevice>
#include <QLoggingCategory>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QUrl>

namespace helpline {

Q_LOGGING_CATEGORY(lcAlertSound, "helpline.ui.review.sound")

AlertSound::AlertSound(QObject *parent)
    : QObject(parent)
{
    const auto outputs = QMediaDevices::audioOutputs();
    if (outputs.isEmpty()) {
        qCInfo(lcAlertSound) << "no audio output: alerts are shown without sound";
        return;
    }
    m_effect = new QSoundEffect(QMediaDevices::defaultAudioOutput(), this);
    m_effect->setSource(QUrl(QStringLiteral("qrc:/helpline/sounds/acute-alert.wav")));
    m_effect->setLoopCount(QSoundEffect::Infinite);
    m_effect->setVolume(0.9f);
}

void AlertSound::start()
{
    m_on = true;
    if (m_effect && !m_effect->isPlaying())
        m_effect->play();
}

void AlertSound::stop()
{
    m_on = false;
    if (m_effect)
        m_effect->stop();
}

} // namespace helpline
