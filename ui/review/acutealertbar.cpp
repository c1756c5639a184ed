#include "ui/review/acutealertbar.h"

#include "core/store/reviewrepository.h"
#include "core/util/clock.h"
#include "ui/common/accountnames.h"
#include "ui/common/dateformat.h"
#include "ui/common/riskstyle.h"
#include "ui/common/workspace.h"
#include "ui/review/alertsound.h"
#include "ui/shell/theme.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QVBoxLayout>

namespace helpline {

Q_LOGGING_CATEGORY(lcAcuteAlert, "helpline.ui.review.alert")

AcuteAlertBar::AcuteAlertBar(Workspace &workspace, QWidget *parent)
    : QFrame(parent)
    , m_workspace(workspace)
    , m_sound(new AlertSound(this))
    , m_text(new QLabel(this))
    , m_soundNote(new QLabel(this))
    , m_error(new QLabel(this))
    , m_open(new QPushButton(this))
    , m_acknowledge(new QPushButton(this))
{
    setObjectName(QStringLiteral("acuteAlertBar"));
    setAccessibleDescription(QString());
    setAutoFillBackground(true);
    const RiskStyle style = riskStyle(QStringLiteral("acute"), palette());
    QPalette p = palette();
    p.setColor(QPalette::Window, style.background);
    p.setColor(QPalette::WindowText, style.foreground);
    setPalette(p);
    m_text->setObjectName(QStringLiteral("acuteAlertText"));
    m_text->setWordWrap(true);
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);
    m_soundNote->setObjectName(QStringLiteral("acuteAlertSoundNote"));
    m_soundNote->setWordWrap(true);
    m_soundNote->setVisible(!m_sound->canSound());
    m_error->setObjectName(QStringLiteral("acuteAlertError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_open->setObjectName(QStringLiteral("acuteAlertOpenButton"));
    m_acknowledge->setObjectName(QStringLiteral("acuteAlertAcknowledgeButton"));
    for (QPushButton *b : {m_open, m_acknowledge})
        b->setMinimumHeight(Theme::minTargetHeight);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(Theme::spaceS);
    texts->addWidget(m_text);
    texts->addWidget(m_soundNote);
    texts->addWidget(m_error);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(Theme::spaceL, Theme::spaceM, Theme::spaceL, Theme::spaceM);
    layout->setSpacing(Theme::spaceM);
    layout->addLayout(texts, 1);
    layout->addWidget(m_open);
    layout->addWidget(m_acknowledge);

    connect(m_open, &QPushButton::clicked, this, &AcuteAlertBar::openCase);
    connect(m_acknowledge, &QPushButton::clicked, this, &AcuteAlertBar::acknowledge);
    connect(&workspace, &Workspace::recordsChanged, this, &AcuteAlertBar::reload);
    hide();
    reload();
}

void AcuteAlertBar::reload()
{
    auto alerts = ReviewRepository(m_workspace.store()).alerts();
    if (!alerts) {
        // Keep what was shown: a failed read must not silence an alert.
        qCWarning(lcAcuteAlert) << "reading the alerts failed";
        m_error->setText(tr("The alerts could not be read again. %1").arg(alerts.error().message));
        m_error->show();
        return;
    }
    m_error->hide();
    m_alerts = *alerts;
    m_names = accountDisplayNames(m_workspace.store());
    bool fresh = false;
    for (const AcuteAlert &alert : std::as_const(m_alerts))
        if (!m_seen.contains(alert.contactId)) {
            m_seen.insert(alert.contactId);
            fresh = true;
            qCInfo(lcAcuteAlert) << "acute-risk alert for contact" << alert.contactId;
        }
    if (m_alerts.isEmpty()) {
        m_sound->stop();
        hide();
        return;
    }
    m_sound->start();
    show();
    if (fresh && window())
        QApplication::alert(window());
    retranslate();
}

bool AcuteAlertBar::openCase()
{
    if (m_alerts.isEmpty())
        return false;
    m_workspace.requestOpenCase(m_alerts.first().caseId);
    return true;
}

bool AcuteAlertBar::acknowledge()
{
    if (m_alerts.isEmpty())
        return false;
    const AcuteAlert alert = m_alerts.first();
    auto done = ReviewRepository(m_workspace.store()).acknowledge(alert.contactId);
    if (!done) {
        m_error->setText(
            tr("The acknowledgement could not be saved. %1").arg(done.error().message));
        m_error->show();
        return false;
    }
    m_workspace.notifyRecordsChanged(alert.caseId); // reloads this bar and the lists
    return true;
}

void AcuteAlertBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void AcuteAlertBar::retranslate()
{
    m_open->setText(tr("Open case"));
    m_acknowledge->setText(tr("Acknowledge"));
    m_soundNote->setText(tr("This desk has no sound device: the alert is silent here. Keep an "
                            "eye on this bar."));
    if (m_alerts.isEmpty())
        return;
    const AcuteAlert &first = m_alerts.first();
    QString text = tr("Acute risk: %1 spoke with a child at %2 (case %3). A supervisor must "
                      "look at it now.")
                       .arg(m_names.value(first.counsellorId, first.counsellorId),
                            formatRecentDateTime(first.startedAt, m_workspace.clock().nowUtc()),
                            first.caseNumber);
    if (m_alerts.size() > 1)
        text += u' ' + tr("%n more acute-risk contact(s) wait.", nullptr, int(m_alerts.size() - 1));
    m_text->setText(text);
    setAccessibleName(text);
}

} // namespace helpline
