#include "ui/cases/assigneditor.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace helpline {

AssignEditor::AssignEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("assignEditor"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("assignEditorTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_label = new QLabel(this);
    m_assignee = new QComboBox(this);
    m_assignee->setObjectName(QStringLiteral("assigneeCombo"));
    m_label->setBuddy(m_assignee);

    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveAssigneeButton"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelAssigneeButton"));

    auto *form = new QFormLayout;
    form->addRow(m_label, m_assignee);
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
    setTabOrder(m_assignee, m_cancel);
    setTabOrder(m_cancel, m_save);

    connect(m_save, &QPushButton::clicked, this, &AssignEditor::saveRequested);
    connect(m_cancel, &QPushButton::clicked, this, &AssignEditor::cancelRequested);
    retranslate();
}

void AssignEditor::start(const QList<AccountSummary> &accounts, const QString &currentAssigneeId)
{
    m_accounts = accounts;
    fill();
    setAssigneeId(currentAssigneeId);
}

QString AssignEditor::assigneeId() const
{
    return m_assignee->currentData().toString();
}

void AssignEditor::setAssigneeId(const QString &accountId)
{
    const int index = m_assignee->findData(accountId);
    m_assignee->setCurrentIndex(index >= 0 ? index : 0);
}

QWidget *AssignEditor::focusTarget() const
{
    return m_assignee;
}

void AssignEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AssignEditor::fill()
{
    const QString selected = assigneeId();
    const QSignalBlocker blocker(m_assignee);
    m_assignee->clear();
    m_assignee->addItem(tr("Nobody (unassigned)"), QString());
    for (const AccountSummary &account : m_accounts) {
        m_assignee->addItem(tr("%1 (%2)").arg(account.displayName, roleDisplayName(account.role)),
                            account.id);
    }
    const int index = m_assignee->findData(selected);
    m_assignee->setCurrentIndex(index >= 0 ? index : 0);
}

void AssignEditor::retranslate()
{
    m_title->setText(tr("Assign the case"));
    m_label->setText(tr("&Counsellor"));
    m_assignee->setAccessibleName(tr("Counsellor to assign"));
    m_save->setText(tr("Assign"));
    m_cancel->setText(tr("Cancel"));
    fill();
}

} // namespace helpline
