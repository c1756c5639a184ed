#include "ui/sync/synclogscreen.h"

#include "ui/common/tableviews.h"

#include "core/util/clock.h"
#include "ui/common/messagebox.h"
#include "ui/common/workspace.h"
#include "ui/shell/theme.h"
#include "ui/sync/desksync.h"
#include "ui/sync/outboxentriesmodel.h"
#include "ui/sync/syncrunsmodel.h"
#include "ui/sync/syncstatustext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace helpline {

namespace {

Q_LOGGING_CATEGORY(lcSyncLog, "helpline.ui.sync.log")

} // namespace

SyncLogScreen::SyncLogScreen(DeskSync &sync, bool canSendAgain, QWidget *parent)
    : QWidget(parent)
    , m_sync(sync)
    , m_canSendAgain(canSendAgain)
    , m_runs(new SyncRunsModel(this))
    , m_entries(new OutboxEntriesModel(this))
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_server(new QLabel(this))
    , m_runsTitle(new QLabel(this))
    , m_runsView(makeListTable(m_runs, this))
    , m_attentionTitle(new QLabel(this))
    , m_attentionNote(new QLabel(this))
    , m_attentionSummary(new QLabel(this))
    , m_entriesView(makeListTable(m_entries, this))
    , m_message(new QLabel(this))
    , m_sendAgain(new QPushButton(this))
    , m_refresh(new QPushButton(this))
{
    setObjectName(QStringLiteral("syncLogScreen"));
    Theme::setHeading(m_title, 1);
    m_status->setObjectName(QStringLiteral("syncLogStatusLabel"));
    m_status->setWordWrap(true);
    m_server->setObjectName(QStringLiteral("syncLogServerLabel"));
    Theme::setSecondary(m_server);
    Theme::setHeading(m_runsTitle, 2);
    Theme::setHeading(m_attentionTitle, 2);
    m_attentionNote->setWordWrap(true);
    Theme::setSecondary(m_attentionNote);
    m_attentionSummary->setObjectName(QStringLiteral("syncAttentionSummaryLabel"));
    m_message->setObjectName(QStringLiteral("syncLogMessageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_runsView->setObjectName(QStringLiteral("syncRunsView"));
    m_runsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runsTitle->setBuddy(m_runsView);
    m_entriesView->setObjectName(QStringLiteral("syncEntriesView"));
    m_entriesView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_attentionTitle->setBuddy(m_entriesView);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_runsView->setColumnWidth(SyncRunsModel::Started, 10 * em);
    m_runsView->setColumnWidth(SyncRunsModel::Reason, 9 * em);
    for (int column : {SyncRunsModel::Sent, SyncRunsModel::Received, SyncRunsModel::Conflicts,
                       SyncRunsModel::Refused})
        m_runsView->setColumnWidth(column, 6 * em);
    // The server's reason is what an admin reads: it takes the room there is.
    QHeaderView *entriesHeader = m_entriesView->horizontalHeader();
    entriesHeader->setStretchLastSection(false);
    entriesHeader->setSectionResizeMode(OutboxEntriesModel::ServerReason, QHeaderView::Stretch);
    m_entriesView->setColumnWidth(OutboxEntriesModel::Record, 6 * em);
    m_entriesView->setColumnWidth(OutboxEntriesModel::RecordId, 8 * em);
    m_entriesView->setColumnWidth(OutboxEntriesModel::State, 13 * em);
    m_entriesView->setColumnWidth(OutboxEntriesModel::Attempts, 6 * em);
    m_entriesView->setColumnWidth(OutboxEntriesModel::QueuedAt, 6 * em);
    m_entriesView->setColumnWidth(OutboxEntriesModel::NextAttempt, 11 * em);

    m_sendAgain->setObjectName(QStringLiteral("sendAgainButton"));
    m_sendAgain->setVisible(canSendAgain);
    m_refresh->setObjectName(QStringLiteral("refreshSyncLogButton"));
    for (QPushButton *button : {m_sendAgain, m_refresh})
        button->setMinimumHeight(Theme::minTargetHeight);

    connect(m_refresh, &QPushButton::clicked, this, &SyncLogScreen::reload);
    connect(m_sendAgain, &QPushButton::clicked, this, &SyncLogScreen::sendSelectedAgain);
    connect(m_entriesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SyncLogScreen::updateActions);
    connect(m_entries, &OutboxEntriesModel::modelReset, this, &SyncLogScreen::updateActions);
    connect(&sync, &DeskSync::statusChanged, this, &SyncLogScreen::updateStatus);
    // Only while shown: a hidden page reads the log when it is shown again.
    connect(&sync, &DeskSync::runFinished, this, [this] {
        if (isVisible())
            reload();
    });
    connect(&sync, &DeskSync::outboxChanged, this, [this] {
        if (isVisible())
            reload();
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_refresh);
    auto *attentionRow = new QHBoxLayout;
    attentionRow->addWidget(m_attentionSummary, 1);
    attentionRow->addWidget(m_sendAgain);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::spaceL, Theme::spaceM + 4, Theme::spaceL, Theme::spaceM + 4);
    layout->setSpacing(Theme::spaceM);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_server);
    layout->addSpacing(Theme::spaceS);
    layout->addWidget(m_runsTitle);
    layout->addWidget(m_runsView, 3);
    layout->addSpacing(Theme::spaceS);
    layout->addWidget(m_attentionTitle);
    layout->addWidget(m_attentionNote);
    layout->addLayout(attentionRow);
    layout->addWidget(m_message);
    layout->addWidget(m_entriesView, 2);

    setTabOrder(m_refresh, m_runsView);
    setTabOrder(m_runsView, m_sendAgain);
    setTabOrder(m_sendAgain, m_entriesView);

    retranslate();
    updateActions();
}

void SyncLogScreen::reload()
{
    m_message->hide();
    QStringList problems;
    const QDateTime now = m_sync.workspace().clock().nowUtc();
    if (auto runs = m_sync.recentRuns(); runs) {
        m_runs->setRuns(*runs, now);
    } else {
        qCWarning(lcSyncLog) << "the sync log cannot be read, code" << int(runs.error().code);
        problems << runs.error().message;
    }
    if (auto entries = m_sync.troubled(); entries) {
        // A run finishing while an admin has rows selected keeps them selected.
        QSet<qint64> selected;
        const QModelIndexList rows = m_entriesView->selectionModel()->selectedRows();
        for (const QModelIndex &row : rows)
            selected.insert(row.data(OutboxEntriesModel::EntryRole).toLongLong());
        m_entries->setEntries(*entries, now);
        for (int row = 0; row < m_entries->rowCount(); ++row)
            if (selected.contains(m_entries->entryAt(row).seq))
                m_entriesView->selectionModel()->select(m_entries->index(row, 0),
                                                        QItemSelectionModel::Select |
                                                            QItemSelectionModel::Rows);
        // Short columns as wide as their words (they change with the language); the reason
        // takes the rest.
        for (int column :
             {OutboxEntriesModel::Record, OutboxEntriesModel::State, OutboxEntriesModel::Attempts,
              OutboxEntriesModel::QueuedAt, OutboxEntriesModel::NextAttempt})
            m_entriesView->resizeColumnToContents(column);
    } else {
        qCWarning(lcSyncLog) << "the outbox cannot be read, code" << int(entries.error().code);
        problems << entries.error().message;
    }
    if (!problems.isEmpty()) {
        m_message->setText(tr("The sync log could not be read. %1").arg(problems.join(u' ')));
        m_message->show();
    }
    updateStatus();
    updateActions();
}

QList<qint64> SyncLogScreen::selectedRejected() const
{
    QList<qint64> entries;
    const QModelIndexList rows = m_entriesView->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        if (row.data(OutboxEntriesModel::RejectedRole).toBool())
            entries << row.data(OutboxEntriesModel::EntryRole).toLongLong();
    return entries;
}

bool SyncLogScreen::sendSelectedAgain()
{
    if (!m_canSendAgain)
        return false;
    const QList<qint64> entries = selectedRejected();
    if (entries.isEmpty())
        return false;
    int sent = 0;
    QString failure;
    for (qint64 entry : entries) {
        auto retried = m_sync.sendAgain(entry);
        if (retried)
            ++sent;
        else if (failure.isEmpty())
            failure = retried.error().message;
    }
    reload();
    if (!failure.isEmpty()) {
        MessageBox::inform(this, tr("Not every record was queued again"), failure,
                           QMessageBox::Warning);
        return false;
    }
    m_message->setText(
        m_sync.sendsRecords()
            ? tr("Queued to be sent again with the next sync: %n.", nullptr, sent)
            : tr("Queued to be sent again when a counsellor or supervisor syncs on this desk: %n.",
                 nullptr, sent));
    m_message->show();
    m_entriesView->setFocus(Qt::OtherFocusReason);
    return true;
}

void SyncLogScreen::updateStatus()
{
    const SyncStatus status = m_sync.status();
    const QDateTime now = m_sync.workspace().clock().nowUtc();
    m_status->setText(SyncStatusText::summary(status, now));
    m_status->setToolTip(SyncStatusText::details(status, now, m_sync.sendsRecords()));
    const DeskIdentity &desk = m_sync.desk();
    m_server->setText(tr("Server %1 · this desk: %2")
                          .arg(desk.server.toDisplayString(),
                               desk.deviceName.isEmpty() ? desk.deviceId : desk.deviceName));
}

void SyncLogScreen::updateActions()
{
    m_sendAgain->setEnabled(m_canSendAgain && !selectedRejected().isEmpty());
    const int rows = m_entries->rowCount();
    const int rejected = m_entries->rejectedCount();
    if (rows == 0)
        m_attentionSummary->setText(tr("Nothing needs attention."));
    else if (rejected == rows)
        m_attentionSummary->setText(tr("Refused by the server: %n.", nullptr, rejected));
    else if (rejected > 0)
        m_attentionSummary->setText(tr("Refused by the server: %1. Failing to send: %2.")
                                        .arg(rejected)
                                        .arg(rows - rejected));
    else
        m_attentionSummary->setText(
            tr("Failing to send: %n. They are tried again by themselves.", nullptr, rows));
    m_entriesView->setAccessibleDescription(m_attentionSummary->text());
}

void SyncLogScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void SyncLogScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SyncLogScreen::retranslate()
{
    m_title->setText(tr("Sync log"));
    m_runsTitle->setText(tr("Recent &runs"));
    m_runsView->setAccessibleName(tr("Recent runs"));
    m_attentionTitle->setText(tr("Records that need &attention"));
    m_entriesView->setAccessibleName(tr("Records that need attention"));
    m_attentionNote->setText(
        m_canSendAgain
            ? tr("A record the server refused stays here until you send it again, after fixing "
                 "what the server said. Records that failed to send are tried again by "
                 "themselves.")
            : tr("A record the server refused stays here until an administrator sends it "
                 "again. Records that failed to send are tried again by themselves."));
    m_sendAgain->setText(tr("&Send again"));
    m_sendAgain->setToolTip(tr("Queue the selected refused records to be sent again"));
    m_refresh->setText(tr("Re&fresh"));
    updateStatus();
    updateActions();
}

} // namespace helpline
