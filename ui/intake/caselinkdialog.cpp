#include "ui/intake/caselinkdialog.h"

#include "core/domain/codes.h"
#include "core/store/caserepository.h"
#include "ui/common/dateformat.h"
#include "ui/common/riskstyle.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace helpline {

namespace {

Q_LOGGING_CATEGORY(lcCaseLink, "helpline.ui.intake.caselink")

constexpr int kCaseIdRole = Qt::UserRole + 1;
constexpr int kCaseNumberRole = Qt::UserRole + 2;

} // namespace

CaseLinkDialog::CaseLinkDialog(CaseStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("caseLinkDialog"));
    setModal(true);

    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("caseLinkIntro"));
    m_intro->setWordWrap(true);
    m_newCase = new QRadioButton(this);
    m_newCase->setObjectName(QStringLiteral("newCaseRadio"));
    m_newCase->setChecked(true);
    m_existingCase = new QRadioButton(this);
    m_existingCase->setObjectName(QStringLiteral("existingCaseRadio"));

    m_searchLabel = new QLabel(this);
    m_searchLabel->setObjectName(QStringLiteral("caseSearchLabel"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("caseSearchEdit"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_resultsLabel = new QLabel(this);
    m_resultsLabel->setObjectName(QStringLiteral("caseResultsLabel"));
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("caseResultsList"));
    m_resultsLabel->setBuddy(m_results);
    m_results->setMinimumHeight(160);
    m_searchState = new QLabel(this);
    m_searchState->setObjectName(QStringLiteral("caseSearchState"));
    m_searchState->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("caseLinkButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("caseLinkOkButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_intro);
    layout->addWidget(m_newCase);
    layout->addWidget(m_existingCase);
    layout->addWidget(m_searchLabel);
    layout->addWidget(m_search);
    layout->addWidget(m_resultsLabel);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_searchState);
    layout->addWidget(m_buttons);

    setTabOrder(m_newCase, m_existingCase);
    setTabOrder(m_existingCase, m_search);
    setTabOrder(m_search, m_results);
    setTabOrder(m_results, m_buttons);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(200);
    connect(&m_searchDelay, &QTimer::timeout, this, &CaseLinkDialog::runSearch);
    connect(m_search, &QLineEdit::textEdited, this, [this] {
        m_existingCase->setChecked(true);
        m_searchDelay.start();
    });
    connect(m_results, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_programmatic && row >= 0)
            m_existingCase->setChecked(true);
        updateAcceptable();
    });
    connect(m_results, &QListWidget::itemActivated, this, [this] {
        m_existingCase->setChecked(true);
        updateAcceptable();
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    connect(m_newCase, &QRadioButton::toggled, this, &CaseLinkDialog::updateAcceptable);
    connect(m_existingCase, &QRadioButton::toggled, this, [this](bool on) {
        if (on && m_results->currentRow() < 0 && m_results->count() > 0) {
            m_programmatic = true;
            m_results->setCurrentRow(0);
            m_programmatic = false;
        }
        updateAcceptable();
    });

    retranslate();
    updateAcceptable();
    m_newCase->setFocus();
}

void CaseLinkDialog::suggest(const QString &text)
{
    m_programmatic = true;
    m_search->setText(text.trimmed());
    m_programmatic = false;
    if (!text.trimmed().isEmpty())
        runSearch();
}

CaseLinkDialog::Choice CaseLinkDialog::choice() const
{
    return m_existingCase->isChecked() ? Choice::ExistingCase : Choice::NewCase;
}

QString CaseLinkDialog::caseId() const
{
    if (choice() != Choice::ExistingCase || !m_results->currentItem())
        return {};
    return m_results->currentItem()->data(kCaseIdRole).toString();
}

QString CaseLinkDialog::caseNumber() const
{
    if (choice() != Choice::ExistingCase || !m_results->currentItem())
        return {};
    return m_results->currentItem()->data(kCaseNumberRole).toString();
}

void CaseLinkDialog::chooseNewCase()
{
    m_newCase->setChecked(true);
}

void CaseLinkDialog::searchExisting(const QString &text)
{
    m_existingCase->setChecked(true);
    m_search->setText(text);
    runSearch();
}

bool CaseLinkDialog::chooseResult(int row)
{
    if (row < 0 || row >= m_results->count())
        return false;
    m_existingCase->setChecked(true);
    m_results->setCurrentRow(row);
    return true;
}

int CaseLinkDialog::resultCount() const
{
    return m_results->count();
}

void CaseLinkDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void CaseLinkDialog::retranslate()
{
    setWindowTitle(tr("Save the contact to a case"));
    m_intro->setText(tr("Which case does this contact belong to? A new child gets a new case; "
                        "press Enter to open one."));
    m_newCase->setText(tr("Open a &new case"));
    m_existingCase->setText(tr("Link to an &existing case"));
    m_searchLabel->setText(tr("Find a &case (case number, phone or child's name):"));
    m_search->setAccessibleName(tr("Find a case"));
    m_search->setPlaceholderText(tr("2026-7F3A-00012, 050 123 45 67, Aysel"));
    m_resultsLabel->setText(tr("Cases &found:"));
    m_results->setAccessibleName(tr("Cases found"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save contact"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Back to the intake"));
}

void CaseLinkDialog::runSearch()
{
    m_searchDelay.stop();
    const QString text = m_search->text().trimmed();
    m_programmatic = true;
    const QString previous = caseId();
    m_results->clear();
    if (text.isEmpty()) {
        m_searchState->clear();
        m_programmatic = false;
        updateAcceptable();
        emit searched(0);
        return;
    }
    CaseRepository cases(m_store);
    auto found = cases.findForLink(text);
    if (!found) {
        qCWarning(lcCaseLink) << "case search failed:" << found.error().detail;
        m_searchState->setText(found.error().message);
        m_programmatic = false;
        updateAcceptable();
        emit searched(0);
        return;
    }
    for (const CaseSummary &summary : found.value()) {
        QStringList parts{summary.caseNumber};
        parts << (summary.childName.isEmpty() ? tr("(no name given)") : summary.childName);
        parts << codes::caseStatuses().displayName(summary.status);
        if (!summary.riskLevel.isEmpty())
            parts << riskStyle(summary.riskLevel, palette()).text;
        if (summary.lastContactAt.isValid())
            parts << tr("last contact %1").arg(formatDateTime(summary.lastContactAt));
        auto *item = new QListWidgetItem(parts.join(QStringLiteral(" · ")), m_results);
        item->setData(kCaseIdRole, summary.id);
        item->setData(kCaseNumberRole, summary.caseNumber);
        if (summary.id == previous)
            m_results->setCurrentItem(item);
    }
    if (m_existingCase->isChecked() && m_results->currentRow() < 0 && m_results->count() > 0)
        m_results->setCurrentRow(0);
    m_searchState->setText(m_results->count() == 0
                               ? tr("No case found.")
                               : tr("%n case(s) found.", nullptr, m_results->count()));
    m_programmatic = false;
    updateAcceptable();
    emit searched(m_results->count());
}

void CaseLinkDialog::updateAcceptable()
{
    const bool ok = m_newCase->isChecked() || !caseId().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace helpline
