#include "ui/cases/followupeditor.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace helpline {

namespace {
QLabel *problemLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->hide();
    return label;
}
} // namespace

FollowUpEditor::FollowUpEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("followUpEditor"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("followUpEditorTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_dueLabel = new QLabel(this);
    m_due = new QDateTimeEdit(this);
    m_due->setObjectName(QStringLiteral("followUpDueEdit"));
    m_due->setCalendarPopup(true);
    m_due->setTimeSpec(Qt::LocalTime);
    m_dueLabel->setBuddy(m_due);
    m_dueProblem = problemLabel("followUpDueProblem", this);

    m_descriptionLabel = new QLabel(this);
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("followUpDescriptionEdit"));
    m_description->setMaxLength(2000);
    m_descriptionLabel->setBuddy(m_description);
    m_descriptionProblem = problemLabel("followUpDescriptionProblem", this);

    m_assigneeLabel = new QLabel(this);
    m_assignee = new QComboBox(this);
    m_assignee->setObjectName(QStringLiteral("followUpAssigneeCombo"));
    m_assigneeLabel->setBuddy(m_assignee);

    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveFollowUpButton"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelFollowUpButton"));

    auto *form = new QFormLayout;
    form->addRow(m_dueLabel, m_due);
    form->addRow(QString(), m_dueProblem);
    form->addRow(m_descriptionLabel, m_description);
    form->addRow(QString(), m_descriptionProblem);
    form->addRow(m_assigneeLabel, m_assignee);
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
    setTabOrder(m_due, m_description);
    setTabOrder(m_description, m_assignee);
    setTabOrder(m_assignee, m_cancel);
    setTabOrder(m_cancel, m_save);

    connect(m_save, &QPushButton::clicked, this, &FollowUpEditor::saveRequested);
    connect(m_cancel, &QPushButton::clicked, this, &FollowUpEditor::cancelRequested);
    connect(m_description, &QLineEdit::returnPressed, this, &FollowUpEditor::saveRequested);
    retranslate();
}

void FollowUpEditor::start(const QDateTime &nowUtc, const QList<AccountSummary> &accounts,
                           const QString &myAccountId)
{
    m_accounts = accounts;
    m_myAccountId = myAccountId;
    fillAssignees();
    setAssigneeId(myAccountId);
    const QDateTime local = nowUtc.toLocalTime();
    m_due->setDateTime(QDateTime(local.date().addDays(1), QTime(10, 0), Qt::LocalTime));
    m_description->clear();
    clearProblems();
}

QDateTime FollowUpEditor::dueAtUtc() const
{
    return m_due->dateTime().toUTC();
}

void FollowUpEditor::setDueAt(const QDateTime &utc)
{
    m_due->setDateTime(utc.toLocalTime());
}

QString FollowUpEditor::description() const
{
    return m_description->text().trimmed();
}

void FollowUpEditor::setDescription(const QString &text)
{
    m_description->setText(text);
}

QString FollowUpEditor::assigneeId() const
{
    return m_assignee->currentData().toString();
}

void FollowUpEditor::setAssigneeId(const QString &accountId)
{
    const int index = m_assignee->findData(accountId);
    m_assignee->setCurrentIndex(index >= 0 ? index : 0);
}

void FollowUpEditor::showProblems(const Problems &problems)
{
    clearProblems();
    QWidget *first = nullptr;
    for (const FieldProblem &problem : problems) {
        QLabel *label = m_descriptionProblem;
        QWidget *field = m_description;
        if (problem.field == QLatin1String("due_at")) {
            label = m_dueProblem;
            field = m_due;
        }
        label->setText(label->text().isEmpty()
                           ? problem.message
                           : label->text() + QLatin1Char('\n') + problem.message);
        label->show();
        field->setAccessibleDescription(label->text());
        if (!first || field == m_due)
            first = field;
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

void FollowUpEditor::clearProblems()
{
    for (QLabel *label : {m_dueProblem, m_descriptionProblem}) {
        label->clear();
        label->hide();
    }
    m_due->setAccessibleDescription(QString());
    m_description->setAccessibleDescription(QString());
}

bool FollowUpEditor::hasUnsavedText() const
{
    return !description().isEmpty();
}

QWidget *FollowUpEditor::focusTarget() const
{
    return m_due;
}

void FollowUpEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FollowUpEditor::fillAssignees()
{
    const QString selected = assigneeId();
    const QSignalBlocker blocker(m_assignee);
    m_assignee->clear();
    for (const AccountSummary &account : m_accounts) {
        const QString name = account.id == m_myAccountId ? tr("%1 (me)").arg(account.displayName)
                                                         : account.displayName;
        m_assignee->addItem(name, account.id);
    }
    if (m_assignee->findData(m_myAccountId) < 0 && !m_myAccountId.isEmpty())
        m_assignee->insertItem(0, tr("Me"), m_myAccountId);
    const int index = m_assignee->findData(selected);
    m_assignee->setCurrentIndex(index >= 0 ? index : 0);
}

void FollowUpEditor::retranslate()
{
    m_title->setText(tr("Add a follow-up"));
    m_dueLabel->setText(tr("&When is it due"));
    m_due->setAccessibleName(tr("Due date and time"));
    QString format = QLocale().dateTimeFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    m_due->setDisplayFormat(format);
    m_descriptionLabel->setText(tr("W&hat is to be done"));
    m_description->setAccessibleName(tr("What is to be done"));
    m_assigneeLabel->setText(tr("Who does &it"));
    m_assignee->setAccessibleName(tr("Who does the follow-up"));
    m_save->setText(tr("Add follow-up"));
    m_cancel->setText(tr("Cancel"));
    fillAssignees();
}

} // namespace helpline
