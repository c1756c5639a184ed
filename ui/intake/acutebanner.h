#pragma once

#include <QFrame>

class QLabel;

namespace helpline {

// The emergency-protocol banner at the top of the intake, shown while the screening result is
// acute (requiresEmergencyProtocol). Not a dialog: the counsellor stays on the line and keeps
// typing. It says what to do in words, with an icon and the acute colour (never colour alone),
// and announces itself to assistive technology as an alert when it appears.
class AcuteBanner : public QFrame {
    Q_OBJECT
public:
    explicit AcuteBanner(QWidget *parent = nullptr);

    // The screen's result in words ("ASQ: acute positive screen"); shown under the heading.
    void setResult(const QString &resultText);
    // Shows the banner (announcing it) or hides it.
    void setActive(bool active);
    bool isActive() const { return m_active; }

    // The protocol as one plain text (what the banner shows, for the accessible description).
    QString protocolText() const;
    // The steps of the protocol, translated, in order.
    QStringList steps() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyStyle();

    bool m_active = false;
    bool m_styling = false;
    QString m_result;
    QLabel *m_icon = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_resultLabel = nullptr;
    QLabel *m_steps = nullptr;
};

} // namespace helpline
