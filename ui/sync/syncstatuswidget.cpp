#include "ui/sync/syncstatuswidget.h"

#include "core/util/clock.h"
#include "ui/common/workspace.h"
#include "ui/shell/theme.h"
#include "ui/sync/desksync.h"
#include "ui/sync/syncstatustext.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace helpline {

SyncStatusWidget::SyncStatusWidget(QAction *syncNow, QWidget *parent)
    : QWidget(parent)
    , m_busy(new QProgressBar(this))
    , m_label(new QLabel(this))
    , m_button(new QToolButton(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_label->setObjectName(QStringLiteral("syncStateLabel"));
    m_busy->setObjectName(QStringLiteral("syncBusyIndicator"));
    // Subtle: a thin strip that moves, no percentage (a run's length is not known).
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedSize(40, 5);
    // Its place stays when it hides: the words do not jump at every run.
    QSizePolicy keepPlace = m_busy->sizePolicy();
    keepPlace.setRetainSizeWhenHidden(true);
    m_busy->setSizePolicy(keepPlace);
    m_busy->hide();
    m_button->setObjectName(QStringLiteral("syncNowButton"));
    m_button->setDefaultAction(syncNow);
    // The icon says it is a button, in a bar of plain labels.
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_button->setIconSize(QSize(16, 16));
    m_button->setAutoRaise(true);
    m_button->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(Theme::spaceM, 0, Theme::spaceS, 0);
    layout->setSpacing(Theme::spaceM);
    layout->addWidget(m_busy, 0, Qt::AlignVCenter);
    layout->addWidget(m_label);
    layout->addWidget(m_button);

    m_tick.setInterval(60 * 1000);
    connect(&m_tick, &QTimer::timeout, this, &SyncStatusWidget::refresh);
    refresh();
}

void SyncStatusWidget::setSync(DeskSync *sync)
{
    if (m_sync)
        m_sync->disconnect(this);
    m_sync = sync;
    if (m_sync) {
        connect(m_sync, &DeskSync::statusChanged, this, &SyncStatusWidget::refresh);
        m_tick.start();
    } else {
        m_tick.stop();
    }
    refresh();
}

void SyncStatusWidget::setConnectedDesk(bool connected)
{
    m_connectedDesk = connected;
    refresh();
}

bool SyncStatusWidget::canSyncNow() const
{
    return m_sync && m_sync->canSyncNow();
}

void SyncStatusWidget::refresh()
{
    if (!m_sync) {
        // The words the status bar always had, in their old context: their translations stay.
        m_label->setText(
            m_connectedDesk
                ? tr("Sync starts when someone signs in")
                : QCoreApplication::translate("helpline::MainWindow", "Not connected to a server"));
        m_label->setToolTip(QString());
        m_label->setAccessibleName(m_label->text());
        m_busy->hide();
        m_button->hide();
    } else {
        const SyncStatus status = m_sync->status();
        const QDateTime now = m_sync->workspace().clock().nowUtc();
        const QString summary = SyncStatusText::summary(status, now);
        m_label->setText(summary);
        const QString details = SyncStatusText::details(status, now, m_sync->sendsRecords());
        m_label->setToolTip(details);
        m_label->setAccessibleName(summary);
        m_label->setAccessibleDescription(details);
        m_busy->setVisible(status.running);
        m_busy->setAccessibleName(tr("Syncing"));
        m_button->show();
    }
    const bool could = canSyncNow();
    if (could != m_couldSync) {
        m_couldSync = could;
        emit availabilityChanged();
    }
}

void SyncStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace helpline
