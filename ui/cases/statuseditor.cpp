#include "ui/cases/statuseditor.h"

#include "core/domain/codes.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace helpline {

namespace {
const QString kClosed = QStringLiteral("closed");
}

StatusEditor::StatusEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("statusEditor"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("statusEditorTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_statusLabel = new QLabel(this);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_statusLabel->setBuddy(m_status);

    m_reasonLabel = new QLabel(this);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("statusReasonEdit"));
    m_reason->setMaxLength(2000);
    m_reasonLabel->setBuddy(m_reason);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("statusProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setFont(bold);
    m_problem->hide();

    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveStatusButton"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelStatusButton"));

    auto *form = new QFormLayout;
    form->addRow(m_statusLabel, m_status);
    form->addRow(m_reasonLabel, m_reason);
    form->addRow(QString(), m_problem);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addStretch(1);

    setTabOrder(m_status, m_reason);
    setTabOrder(m_reason, m_cancel);
    setTabOrder(m_cancel, m_save);

    connect(m_save, &QPushButton::clicked, this, &StatusEditor::saveRequested);
    connect(m_cancel, &QPushButton::clicked, this, &StatusEditor::cancelRequested);
    connect(m_reason, &QLineEdit::returnPressed, this, &StatusEditor::saveRequested);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        clearProblem();
        updateReasonLabel();
    });
    fillStatuses();
    retranslate();
}

void StatusEditor::start(const QString &currentStatus)
{
    m_current = currentStatus;
    m_reason->clear();
    clearProblem();
    // Offer the next step rather than the status the case already has.
    const int current = m_status->findData(currentStatus);
    int next = current + 1;
    if (current < 0 || next >= m_status->count())
        next = 0;
    m_status->setCurrentIndex(next);
    updateReasonLabel();
}

QString StatusEditor::status() const
{
    return m_status->currentData().toString();
}

QString StatusEditor::reason() const
{
    return m_reason->text().trimmed();
}

void StatusEditor::setStatus(const QString &status)
{
    const int index = m_status->findData(status);
    if (index >= 0)
        m_status->setCurrentIndex(index);
}

void StatusEditor::setReason(const QString &reason)
{
    m_reason->setText(reason);
}

bool StatusEditor::validate()
{
    if (status() == kClosed && reason().isEmpty()) {
        showProblem(tr("Closing a case needs a reason: say why it can be closed."));
        return false;
    }
    clearProblem();
    return true;
}

void StatusEditor::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
    m_reason->setAccessibleDescription(message);
    m_reason->setFocus(Qt::OtherFocusReason);
}

void StatusEditor::clearProblem()
{
    m_problem->clear();
    m_problem->hide();
    m_reason->setAccessibleDescription(QString());
}

bool StatusEditor::hasUnsavedText() const
{
    return !reason().isEmpty();
}

QWidget *StatusEditor::focusTarget() const
{
    return m_status;
}

void StatusEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StatusEditor::fillStatuses()
{
    const QString selected = status();
    const QSignalBlocker blocker(m_status);
    m_status->clear();
    const CodeList &statuses = codes::caseStatuses();
    for (const QString &code : statuses.codes())
        m_status->addItem(statuses.displayName(code), code);
    const int index = m_status->findData(selected);
    m_status->setCurrentIndex(index >= 0 ? index : 0);
}

void StatusEditor::updateReasonLabel()
{
    m_reasonLabel->setText(status() == kClosed ? tr("&Reason (required to close)")
                                               : tr("&Reason (optional)"));
}

void StatusEditor::retranslate()
{
    m_title->setText(tr("Change status"));
    m_statusLabel->setText(tr("New stat&us"));
    m_status->setAccessibleName(tr("New status"));
    m_reason->setAccessibleName(tr("Reason for the change"));
    m_save->setText(tr("Change status"));
    m_cancel->setText(tr("Cancel"));
    fillStatuses();
    updateReasonLabel();
}

} // namespace helpline
