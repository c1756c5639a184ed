#include "ui/review/revieweditor.h"

#include "ui/common/dateformat.h"
#include "ui/shell/theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace helpline {

ReviewEditor::ReviewEditor(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_waitingLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_comment(new QPushButton(this))
    , m_approve(new QPushButton(this))
    , m_return(new QPushButton(this))
    , m_ask(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("reviewEditor"));
    m_title->setObjectName(QStringLiteral("reviewEditorTitle"));
    Theme::setHeading(m_title, 2);
    m_waitingLabel->setObjectName(QStringLiteral("reviewWaitingLabel"));
    m_waitingLabel->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("reviewTextEdit"));
    m_text->setTabChangesFocus(true);
    m_textLabel->setBuddy(m_text);
    m_textLabel->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("reviewProblemLabel"));
    m_problem->setWordWrap(true);
    QFont bold = m_problem->font();
    bold.setBold(true);
    m_problem->setFont(bold);
    m_problem->hide();
    m_comment->setObjectName(QStringLiteral("reviewCommentButton"));
    m_approve->setObjectName(QStringLiteral("reviewApproveButton"));
    m_return->setObjectName(QStringLiteral("reviewReturnButton"));
    m_ask->setObjectName(QStringLiteral("reviewAskButton"));
    m_cancel->setObjectName(QStringLiteral("reviewCancelButton"));
    for (QPushButton *b : {m_comment, m_approve, m_return, m_ask, m_cancel})
        b->setMinimumHeight(Theme::minTargetHeight);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    for (QPushButton *b : {m_comment, m_return, m_approve, m_ask})
        buttons->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Theme::spaceM);
    layout->addWidget(m_title);
    layout->addWidget(m_waitingLabel);
    layout->addWidget(m_textLabel);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    setTabOrder(m_text, m_comment);
    setTabOrder(m_comment, m_return);
    setTabOrder(m_return, m_approve);
    setTabOrder(m_approve, m_ask);
    setTabOrder(m_ask, m_cancel);

    connect(m_comment, &QPushButton::clicked, this,
            [this] { emit actionRequested(Action::Comment); });
    connect(m_approve, &QPushButton::clicked, this,
            [this] { emit actionRequested(Action::Approve); });
    connect(m_return, &QPushButton::clicked, this,
            [this] { emit actionRequested(Action::Return); });
    connect(m_ask, &QPushButton::clicked, this, [this] { emit actionRequested(Action::Ask); });
    connect(m_cancel, &QPushButton::clicked, this, &ReviewEditor::cancelRequested);
    connect(m_text, &QPlainTextEdit::textChanged, this, &ReviewEditor::clearProblem);
    retranslate();
}

void ReviewEditor::start(Mode mode, const QList<ReviewItem> &waiting)
{
    m_mode = mode;
    m_waiting = waiting;
    m_text->clear();
    clearProblem();
    const bool supervisor = mode == Mode::Supervisor;
    m_comment->setVisible(supervisor);
    m_approve->setVisible(supervisor);
    m_return->setVisible(supervisor);
    m_ask->setVisible(!supervisor);
    m_waitingLabel->setVisible(supervisor);
    retranslate();
}

QString ReviewEditor::text() const
{
    return m_text->toPlainText();
}

void ReviewEditor::setText(const QString &text)
{
    m_text->setPlainText(text);
}

bool ReviewEditor::validate(Action action)
{
    const bool needsWords = action == Action::Comment || action == Action::Return;
    if (!needsWords || !text().trimmed().isEmpty())
        return true;
    showProblem(action == Action::Comment ? tr("Write the comment first.")
                                          : tr("Say what the counsellor should change."));
    m_text->setFocus(Qt::OtherFocusReason);
    return false;
}

void ReviewEditor::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
}

void ReviewEditor::clearProblem()
{
    m_problem->clear();
    m_problem->hide();
}

bool ReviewEditor::hasUnsavedText() const
{
    return !text().trimmed().isEmpty();
}

QWidget *ReviewEditor::focusTarget() const
{
    return m_text;
}

void ReviewEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReviewEditor::retranslate()
{
    const bool supervisor = m_mode == Mode::Supervisor;
    m_title->setText(supervisor ? tr("Review") : tr("Ask for a review"));
    m_textLabel->setText(supervisor ? tr("&Comment, or the reason for approving or returning:")
                                    : tr("&What should a supervisor look at?"));
    m_comment->setText(tr("Save comment"));
    m_approve->setText(tr("Approve"));
    m_return->setText(tr("Return"));
    m_ask->setText(tr("Ask"));
    m_cancel->setText(tr("Cancel"));
    m_text->setAccessibleName(m_textLabel->text().remove(u'&'));
    if (!supervisor)
        return;
    if (m_waiting.isEmpty()) {
        m_waitingLabel->setText(tr("Nothing of this case waits for review. Approve records "
                                   "that you read it."));
        return;
    }
    QStringList lines;
    for (const ReviewItem &item : std::as_const(m_waiting)) {
        QString line = QStringLiteral("• %1, %2")
                           .arg(review::reasonName(item.reason), formatDateTime(item.since));
        if (!item.note.isEmpty())
            line += QStringLiteral(": “%1”").arg(item.note);
        lines << line;
    }
    m_waitingLabel->setText(tr("Waiting for your review:") + u'\n' + lines.join(u'\n'));
}

} // namespace helpline
