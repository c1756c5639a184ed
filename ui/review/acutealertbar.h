#pragma once

#include "core/domain/review.h"

#include <QFrame>
#include <QHash>
#include <QSet>

class QLabel;
class QPushButton;

namespace helpline {

class AlertSound;
class Workspace;

// The acute-risk alert on a supervisor's desk: shown above every page while an acute-risk
// contact of the office, saved on any desk and received by sync, waits for a supervisor to
// acknowledge it (ReviewRepository::alerts). It names the oldest one, counts the others, and
// sounds (AlertSound) until none is left; a desk without a sound device says the alert is
// silent. "Open case" shows the case; "Acknowledge" records that this supervisor has it, which
// stops the alert on every supervisor's desk after sync. Read again after every save or pull.
class AcuteAlertBar : public QFrame {
    Q_OBJECT
public:
    explicit AcuteAlertBar(Workspace &workspace, QWidget *parent = nullptr);

    void reload();
    const QList<AcuteAlert> &alerts() const { return m_alerts; }
    AlertSound *sound() const { return m_sound; }
    bool openCase();    // of the alert shown
    bool acknowledge(); // the alert shown

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Workspace &m_workspace;
    AlertSound *m_sound = nullptr;
    QList<AcuteAlert> m_alerts;
    QSet<QString> m_seen; // contacts already alerted on this desk (a window alert once each)
    QHash<QString, QString> m_names;
    QLabel *m_text = nullptr;
    QLabel *m_soundNote = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_acknowledge = nullptr;
};

} // namespace helpline
