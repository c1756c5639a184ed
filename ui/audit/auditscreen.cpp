#include "ui/audit/auditscreen.h"

#include "core/store/auditcopy.h"
#include "core/store/auditexport.h"
#include "core/store/caserepository.h"
#include "core/util/clock.h"
#include "ui/audit/audittrailmodel.h"
#include "ui/common/riskstyle.h"
#include "ui/common/tableviews.h"
#include "ui/common/workspace.h"
#include "ui/shell/theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace helpline {

Q_LOGGING_CATEGORY(lcAuditScreen, "helpline.ui.audit.screen")

namespace {

// Groups of actions the action filter offers before the single actions (prefixes that end in
// '.', as AuditQuery takes them).
struct ActionGroup {
    const char *prefix;
    const char *text;
};
const ActionGroup kActionGroups[] = {
    {"session.", QT_TRANSLATE_NOOP("helpline::AuditScreen", "Sign-ins, locks and sign-outs")},
    {"access.", QT_TRANSLATE_NOOP("helpline::AuditScreen", "Refusals and openings with a reason")},
    {"case.", QT_TRANSLATE_NOOP("helpline::AuditScreen", "Everything done to cases")},
    {"account.", QT_TRANSLATE_NOOP("helpline::AuditScreen", "Changes to accounts")},
    {"audit.", QT_TRANSLATE_NOOP("helpline::AuditScreen", "Readings and exports of the trail")},
    {"review.", QT_TRANSLATE_NOOP("helpline::AuditScreen", "Review decisions and requests")},
    {"sync.", QT_TRANSLATE_NOOP("helpline::AuditScreen", "Sync with the server")},
};

bool sameFilter(const AuditQuery &a, const AuditQuery &b)
{
    return a.accountId == b.accountId && a.recordType == b.recordType && a.recordId == b.recordId &&
           a.caseId == b.caseId && a.actions == b.actions && a.from == b.from && a.to == b.to;
}

// The combo's entry whose data is `data`, or the first (any).
void selectData(QComboBox *combo, const QVariant &data)
{
    combo->setCurrentIndex(std::max(0, combo->findData(data)));
}

} // namespace

AuditScreen::AuditScreen(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new AuditTrailModel(workspace, this))
    , m_title(new QLabel(this))
    , m_verification(new QLabel(this))
    , m_serverCopy(new QLabel(this))
    , m_verify(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_accountLabel(new QLabel(this))
    , m_account(new QComboBox(this))
    , m_actionLabel(new QLabel(this))
    , m_action(new QComboBox(this))
    , m_caseLabel(new QLabel(this))
    , m_caseNumber(new QLineEdit(this))
    , m_fromCheck(new QCheckBox(this))
    , m_from(new QDateEdit(this))
    , m_untilCheck(new QCheckBox(this))
    , m_until(new QDateEdit(this))
    , m_clear(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_listLabel(new QLabel(this))
    , m_view(makeListTable(m_model, this))
    , m_count(new QLabel(this))
    , m_loadMore(new QPushButton(this))
    , m_dateTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("auditScreen"));
    Theme::setHeading(m_title, 1);
    m_verification->setObjectName(QStringLiteral("auditVerificationLabel"));
    m_verification->setWordWrap(true);
    m_verification->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_serverCopy->setObjectName(QStringLiteral("auditServerCopyLabel"));
    m_serverCopy->setWordWrap(true);
    m_serverCopy->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verify->setObjectName(QStringLiteral("verifyAuditButton"));
    m_export->setObjectName(QStringLiteral("exportAuditButton"));

    m_account->setObjectName(QStringLiteral("auditAccountCombo"));
    m_accountLabel->setBuddy(m_account);
    m_action->setObjectName(QStringLiteral("auditActionCombo"));
    m_actionLabel->setBuddy(m_action);
    m_caseNumber->setObjectName(QStringLiteral("auditCaseNumberEdit"));
    m_caseNumber->setClearButtonEnabled(true);
    m_caseLabel->setBuddy(m_caseNumber);
    // A date bound is either on (its box ticked) or off: never a placeholder date, which would
    // keep Tab inside the field.
    const QDate today = workspace.clock().nowUtc().toLocalTime().date();
    m_fromCheck->setObjectName(QStringLiteral("auditFromCheck"));
    m_from->setObjectName(QStringLiteral("auditFromEdit"));
    m_from->setCalendarPopup(true);
    m_from->setDate(today.addDays(-7));
    m_from->setEnabled(false);
    m_untilCheck->setObjectName(QStringLiteral("auditUntilCheck"));
    m_until->setObjectName(QStringLiteral("auditUntilEdit"));
    m_until->setCalendarPopup(true);
    m_until->setDate(today);
    m_until->setEnabled(false);
    m_clear->setObjectName(QStringLiteral("clearAuditFiltersButton"));
    m_message->setObjectName(QStringLiteral("auditMessageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_view->setObjectName(QStringLiteral("auditTable"));
    m_listLabel->setBuddy(m_view);
    QHeaderView *header = m_view->horizontalHeader();
    // Widths from what the columns show: a date with seconds and "Case" with a whole number.
    const QFontMetrics metrics(m_view->font());
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    m_view->setColumnWidth(AuditTrailModel::When,
                           metrics.horizontalAdvance(QStringLiteral("29/11/2026 02:55:00")) +
                               2 * em);
    m_view->setColumnWidth(AuditTrailModel::Account, 10 * em);
    m_view->setColumnWidth(AuditTrailModel::Action, 14 * em);
    m_view->setColumnWidth(AuditTrailModel::Record,
                           metrics.horizontalAdvance(QStringLiteral("Case 2026-0D54-00000")) +
                               2 * em);
    header->setStretchLastSection(true);
    m_count->setObjectName(QStringLiteral("auditCountLabel"));
    Theme::setSecondary(m_count);
    m_loadMore->setObjectName(QStringLiteral("loadMoreAuditButton"));
    for (QPushButton *button : {m_verify, m_export, m_clear, m_loadMore})
        button->setMinimumHeight(Theme::minTargetHeight);

    // Date arrows change the date a step at a time: the read waits for the steps to stop.
    m_dateTimer->setSingleShot(true);
    m_dateTimer->setInterval(600);
    connect(m_dateTimer, &QTimer::timeout, this, &AuditScreen::applyFilters);

    connect(m_verify, &QPushButton::clicked, this, &AuditScreen::verify);
    connect(m_export, &QPushButton::clicked, this, &AuditScreen::exportCsv);
    connect(m_clear, &QPushButton::clicked, this, &AuditScreen::clearFilters);
    connect(m_loadMore, &QPushButton::clicked, this, &AuditScreen::loadMore);
    for (QComboBox *combo : {m_account, m_action})
        connect(combo, &QComboBox::activated, this, &AuditScreen::applyFilters);
    connect(m_caseNumber, &QLineEdit::returnPressed, this, &AuditScreen::applyFilters);
    connect(m_caseNumber, &QLineEdit::editingFinished, this, &AuditScreen::applyFilters);
    connect(m_fromCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        applyFilters();
    });
    connect(m_untilCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_until->setEnabled(on);
        applyFilters();
    });
    for (QDateEdit *edit : {m_from, m_until}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] { m_dateTimer->start(); });
        connect(edit, &QDateEdit::editingFinished, this, &AuditScreen::applyFilters);
    }
    connect(m_model, &AuditTrailModel::loadFailed, this, [this](const QString &message) {
        showMessage(tr("The audit trail could not be read. %1").arg(message), true);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditScreen::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditScreen::updateCount);
    // Only while shown: a hidden page reads again when it is shown (each read is audited).
    connect(&workspace, &Workspace::recordsChanged, this, [this] {
        if (isVisible() && m_applied)
            m_model->reload();
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_verify);
    top->addWidget(m_export);

    auto *filters = new QGridLayout;
    filters->setHorizontalSpacing(Theme::spaceM);
    filters->setVerticalSpacing(Theme::spaceS + 2);
    filters->addWidget(m_accountLabel, 0, 0);
    filters->addWidget(m_account, 0, 1);
    filters->addWidget(m_actionLabel, 0, 2);
    filters->addWidget(m_action, 0, 3);
    filters->addWidget(m_caseLabel, 0, 4);
    filters->addWidget(m_caseNumber, 0, 5);
    auto *dates = new QHBoxLayout;
    dates->setSpacing(Theme::spaceM);
    dates->addWidget(m_fromCheck);
    dates->addWidget(m_from);
    dates->addSpacing(Theme::spaceL);
    dates->addWidget(m_untilCheck);
    dates->addWidget(m_until);
    dates->addStretch(1);
    dates->addWidget(m_clear);
    filters->addLayout(dates, 1, 0, 1, 6);
    for (int column : {1, 3, 5})
        filters->setColumnStretch(column, 1);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_loadMore);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::spaceL, Theme::spaceM + 4, Theme::spaceL, Theme::spaceM + 4);
    layout->setSpacing(Theme::spaceM);
    layout->addLayout(top);
    layout->addWidget(m_verification);
    layout->addWidget(m_serverCopy);
    layout->addSpacing(Theme::spaceS);
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addWidget(m_listLabel);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    setTabOrder(m_verify, m_export);
    setTabOrder(m_export, m_account);
    setTabOrder(m_account, m_action);
    setTabOrder(m_action, m_caseNumber);
    setTabOrder(m_caseNumber, m_fromCheck);
    setTabOrder(m_fromCheck, m_from);
    setTabOrder(m_from, m_untilCheck);
    setTabOrder(m_untilCheck, m_until);
    setTabOrder(m_until, m_clear);
    setTabOrder(m_clear, m_view);
    setTabOrder(m_view, m_loadMore);

    retranslate();
    updateCount();
}

std::optional<AuditQuery> AuditScreen::currentQuery() const
{
    AuditQuery query;
    query.accountId = m_account->currentData().toString();
    if (const QString action = m_action->currentData().toString(); !action.isEmpty())
        query.actions = {action};
    const QString number = m_caseNumber->text().trimmed();
    if (!number.isEmpty()) {
        auto caseId = AuditLog::caseIdByNumber(m_workspace.store(), number);
        if (!caseId || caseId->isEmpty())
            return std::nullopt;
        query.caseId = *caseId;
    }
    // Whole local days, as the dates are shown.
    if (m_fromCheck->isChecked())
        query.from = QDateTime(m_from->date(), QTime(0, 0)).toUTC();
    if (m_untilCheck->isChecked())
        query.to = QDateTime(m_until->date().addDays(1), QTime(0, 0)).addMSecs(-1).toUTC();
    return query;
}

bool AuditScreen::applyFilters()
{
    m_dateTimer->stop();
    const std::optional<AuditQuery> query = currentQuery();
    if (!query) {
        m_model->clear();
        m_applied = false;
        showMessage(
            tr("There is no case numbered %1 on this desk.").arg(m_caseNumber->text().trimmed()),
            true);
        return false;
    }
    if (m_applied && sameFilter(*query, m_appliedQuery))
        return true;
    m_message->hide();
    m_appliedQuery = *query;
    m_applied = m_model->setFilter(*query);
    return m_applied;
}

void AuditScreen::clearFilters()
{
    const QSignalBlocker fromBlocker(m_fromCheck);
    const QSignalBlocker untilBlocker(m_untilCheck);
    m_account->setCurrentIndex(0);
    m_action->setCurrentIndex(0);
    m_caseNumber->clear();
    m_fromCheck->setChecked(false);
    m_from->setEnabled(false);
    m_untilCheck->setChecked(false);
    m_until->setEnabled(false);
    applyFilters();
}

void AuditScreen::loadMore()
{
    const int before = m_model->rowCount();
    if (m_model->loadMore()) {
        // The first of the new rows, so the keyboard carries on from there.
        const QModelIndex first = m_model->index(before, 0);
        m_view->setCurrentIndex(first);
        m_view->scrollTo(first);
    }
    if (!m_loadMore->isEnabled())
        m_view->setFocus(Qt::OtherFocusReason);
}

void AuditScreen::updateCount()
{
    const int rows = m_model->rowCount();
    if (!m_applied)
        m_count->clear();
    else if (rows == 0)
        m_count->setText(tr("No entry matches these filters."));
    else if (m_model->hasMore())
        m_count->setText(tr("The newest %Ln matching entries are shown.", nullptr, rows));
    else
        m_count->setText(tr("All %Ln matching entries are shown.", nullptr, rows));
    m_loadMore->setEnabled(m_model->hasMore());
    m_view->setAccessibleDescription(m_count->text());
}

void AuditScreen::verify()
{
    // A slice per turn of the event loop: the page answers while 200,000 entries are checked.
    m_verifier = std::make_unique<AuditVerifier>(m_workspace.store());
    m_verified.reset();
    m_verifyError.clear();
    m_verify->setEnabled(false);
    showVerification();
    showProgress();
    QTimer::singleShot(0, this, &AuditScreen::verifyStep);
}

void AuditScreen::showProgress()
{
    if (!m_verifier)
        return;
    const QLocale locale;
    m_verification->setText(
        tr("Checking the audit trail… %1 of %2 entries")
            .arg(locale.toString(m_verifier->checked()), locale.toString(m_verifier->total())));
}

void AuditScreen::verifyStep()
{
    if (!m_verifier)
        return;
    auto finished = m_verifier->step(kVerifySlice);
    if (finished && !*finished) {
        showProgress();
        QTimer::singleShot(0, this, &AuditScreen::verifyStep);
        return;
    }
    if (finished) {
        m_verified = m_verifier->result();
        if (!m_verified->intact)
            qCWarning(lcAuditScreen)
                << "the audit chain is broken at entry" << m_verified->firstBadSeq;
    } else {
        m_verifyError = finished.error().message;
        qCWarning(lcAuditScreen) << "the audit chain cannot be verified, code"
                                 << int(finished.error().code);
    }
    m_verifier.reset();
    m_verify->setEnabled(true);
    if (auto copy = AuditCopy::serverCopy(m_workspace.store()); copy)
        m_serverStatus = *copy;
    else
        m_serverStatus.reset();
    showVerification();
    emit verificationFinished(m_verified && m_verified->intact);
}

void AuditScreen::markProblem(QLabel *label, bool problem)
{
    // The words say whether the trail can be trusted; red and bold only add to them.
    QPalette palette = this->palette();
    if (problem)
        palette.setColor(QPalette::WindowText,
                         riskStyle(QStringLiteral("acute"), this->palette()).background);
    label->setPalette(palette);
    QFont font = this->font();
    font.setBold(problem);
    label->setFont(font);
}

void AuditScreen::showVerification()
{
    const bool broken = m_verified ? !m_verified->intact : !m_verifyError.isEmpty();
    markProblem(m_verification, broken);
    if (!m_verified && m_verifyError.isEmpty())
        m_verification->clear();
    else if (!m_verified)
        m_verification->setText(tr("The audit trail could not be verified. %1").arg(m_verifyError));
    else if (m_verified->intact)
        m_verification->setText(tr("The audit trail is intact: %Ln entries checked.", nullptr,
                                   int(m_verified->entries)));
    else
        m_verification->setText(tr("The audit trail is damaged: %1 Entries from there on may "
                                   "not be as they were written.")
                                    .arg(m_verified->problem));
    m_verification->setAccessibleName(m_verification->text());
    showServerCopy();
}

void AuditScreen::showServerCopy()
{
    bool problem = false;
    QString text;
    if (!m_verified || (!m_serverStatus && !m_workspace.sync())) {
        // Nothing checked yet, or a desk that never talks to a server: no line.
        text.clear();
    } else if (!m_serverStatus) {
        text = tr("No copy of this trail has reached the helpline server yet: it is sent with "
                  "each sync.");
    } else if (!m_serverStatus->intact) {
        problem = true;
        text =
            tr("The server's copy of this trail shows a problem at entry %1 (checked %2): %3")
                .arg(m_serverStatus->firstBadSeq)
                .arg(AuditTrailModel::whenText(m_serverStatus->checkedAt), m_serverStatus->problem);
    } else if (m_verified->entries < m_serverStatus->receivedThrough) {
        // The desk's chain can be cut short without a broken link; the server's copy shows it.
        problem = true;
        text = tr("The server holds this desk's entries up to entry %1, but the desk has only %2: "
                  "entries were removed from this desk.")
                   .arg(m_serverStatus->receivedThrough)
                   .arg(m_verified->entries);
    } else {
        const qint64 waiting = m_verified->entries - m_serverStatus->receivedThrough;
        text = tr("The server's copy is intact up to entry %1 (checked %2).")
                   .arg(m_serverStatus->receivedThrough)
                   .arg(AuditTrailModel::whenText(m_serverStatus->checkedAt));
        if (waiting > 0)
            text += u' ' + tr("%Ln newer entries go with the next sync.", nullptr, int(waiting));
    }
    markProblem(m_serverCopy, problem);
    m_serverCopy->setText(text);
    m_serverCopy->setVisible(!text.isEmpty());
    m_serverCopy->setAccessibleName(text);
}

bool AuditScreen::exportTo(const QString &path)
{
    const std::optional<AuditQuery> query = currentQuery();
    if (!query) {
        showMessage(
            tr("There is no case numbered %1 on this desk.").arg(m_caseNumber->text().trimmed()),
            true);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        showMessage(
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            true);
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = exportAuditCsv(m_workspace.store(), *query, file);
    QApplication::restoreOverrideCursor();
    if (!written) {
        file.cancelWriting();
        showMessage(tr("The audit trail was not exported. %1").arg(written.error().message), true);
        return false;
    }
    if (!file.commit()) {
        showMessage(
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            true);
        return false;
    }
    qCInfo(lcAuditScreen) << "exported" << *written << "audit entries";
    showMessage(tr("%Ln entries exported to %1.", nullptr, int(*written))
                    .arg(QDir::toNativeSeparators(path)),
                false);
    // The export is itself an entry of the trail.
    if (m_applied)
        m_model->reload();
    return true;
}

void AuditScreen::exportCsv()
{
    const QString suggested =
        QDir::home().filePath(QStringLiteral("audit-trail-%1.csv")
                                  .arg(m_workspace.clock().nowUtc().toLocalTime().toString(
                                      QStringLiteral("yyyy-MM-dd"))));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit trail"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void AuditScreen::showMessage(const QString &text, bool problem)
{
    QFont font = this->font();
    font.setWeight(problem ? QFont::DemiBold : QFont::Normal);
    m_message->setFont(font);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void AuditScreen::fillAccounts()
{
    const QString current = m_account->currentData().toString();
    m_account->clear();
    m_account->addItem(tr("Any account"), QString());
    if (auto accounts = CaseRepository(m_workspace.store()).allAccounts(); accounts) {
        QList<AccountSummary> sorted = *accounts;
        QCollator collator;
        std::stable_sort(sorted.begin(), sorted.end(),
                         [&collator](const AccountSummary &a, const AccountSummary &b) {
                             return collator.compare(a.displayName, b.displayName) < 0;
                         });
        for (const AccountSummary &account : std::as_const(sorted))
            m_account->addItem(account.displayName, account.id);
    }
    selectData(m_account, current);
}

void AuditScreen::fillActions()
{
    // Each entry is one action code, or a prefix ending in '.' for a group.
    const QString current = m_action->currentData().toString();
    m_action->clear();
    m_action->addItem(tr("Any action"), QString());
    for (const ActionGroup &group : kActionGroups) {
        const QString prefix = QLatin1String(group.prefix);
        const bool present =
            std::any_of(m_actionCodes.cbegin(), m_actionCodes.cend(),
                        [&prefix](const QString &code) { return code.startsWith(prefix); });
        if (present)
            m_action->addItem(tr(group.text), prefix);
    }
    m_action->insertSeparator(m_action->count());
    for (const QString &code : std::as_const(m_actionCodes))
        m_action->addItem(AuditTrailModel::actionText(code), code);
    selectData(m_action, current);
}

void AuditScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (auto actions = AuditLog::actions(m_workspace.store()); actions)
        m_actionCodes = *actions;
    fillAccounts();
    fillActions();
    // The check reads every entry, a slice at a time, while the page is already drawn.
    verify();
    // Read again on every showing: entries were added while the page was hidden.
    if (m_applied)
        m_model->reload();
    else
        applyFilters();
}

void AuditScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AuditScreen::retranslate()
{
    m_title->setText(tr("Audit trail"));
    m_verify->setText(tr("&Verify again"));
    m_verify->setToolTip(tr("Check every entry of the audit trail against its hash chain"));
    m_export->setText(tr("E&xport CSV…"));
    m_export->setToolTip(tr("Save every entry matching the filters as a CSV file"));
    m_accountLabel->setText(tr("&Account"));
    m_account->setAccessibleName(tr("Account filter"));
    m_actionLabel->setText(tr("Ac&tion"));
    m_action->setAccessibleName(tr("Action filter"));
    m_caseLabel->setText(tr("&Case number"));
    m_caseNumber->setAccessibleName(tr("Case number filter"));
    m_caseNumber->setPlaceholderText(tr("Any case"));
    m_fromCheck->setText(tr("&From"));
    m_fromCheck->setAccessibleName(tr("Only entries from a date"));
    m_from->setAccessibleName(tr("From date"));
    m_untilCheck->setText(tr("&Until"));
    m_untilCheck->setAccessibleName(tr("Only entries until a date"));
    m_until->setAccessibleName(tr("Until date"));
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    for (QDateEdit *edit : {m_from, m_until})
        edit->setDisplayFormat(format);
    m_clear->setText(tr("Clea&r filters"));
    m_listLabel->setText(tr("&Entries, newest first"));
    m_view->setAccessibleName(tr("Audit entries"));
    m_loadMore->setText(tr("&Load more"));
    m_loadMore->setToolTip(tr("Show the next older entries"));
    if (!m_actionCodes.isEmpty() || m_action->count() > 0)
        fillActions();
    if (m_account->count() > 0)
        fillAccounts();
    m_model->retranslate();
    showVerification();
    updateCount();
}

} // namespace helpline
