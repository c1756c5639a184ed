#include "ui/cases/noteeditor.h"

#include "ui/common/dateformat.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace helpline {

NoteEditor::NoteEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("noteEditor"));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("noteEditorTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("noteLabel"));
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("noteEdit"));
    m_edit->setTabChangesFocus(true);
    m_edit->setMinimumHeight(120);
    m_edit->installEventFilter(this);
    m_label->setBuddy(m_edit);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("noteProblemLabel"));
    m_problem->setWordWrap(true);
    QFont problemFont = m_problem->font();
    problemFont.setBold(true);
    m_problem->setFont(problemFont);
    m_problem->hide();

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("noteHintLabel"));
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveNoteButton"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelNoteButton"));
    connect(m_save, &QPushButton::clicked, this, &NoteEditor::saveRequested);
    connect(m_cancel, &QPushButton::clicked, this, &NoteEditor::cancelRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_hint, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    setTabOrder(m_edit, m_cancel);
    setTabOrder(m_cancel, m_save);
    retranslate();
}

void NoteEditor::startNote()
{
    m_correctionOf.clear();
    m_correctedAt = {};
    m_initialText.clear();
    m_edit->clear();
    clearProblem();
    retranslate();
}

void NoteEditor::startCorrection(const QString &noteId, const QString &earlierText,
                                 const QDateTime &writtenAt)
{
    m_correctionOf = noteId;
    m_correctedAt = writtenAt;
    m_initialText = earlierText;
    m_edit->setPlainText(earlierText);
    m_edit->moveCursor(QTextCursor::End);
    clearProblem();
    retranslate();
}

QString NoteEditor::text() const
{
    return m_edit->toPlainText();
}

bool NoteEditor::hasUnsavedText() const
{
    const QString current = m_edit->toPlainText();
    return !current.trimmed().isEmpty() && current != m_initialText;
}

void NoteEditor::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
    m_edit->setAccessibleDescription(message);
    m_edit->setFocus(Qt::OtherFocusReason);
}

void NoteEditor::clearProblem()
{
    m_problem->clear();
    m_problem->hide();
    m_edit->setAccessibleDescription(QString());
}

void NoteEditor::setBusy(bool busy)
{
    m_save->setEnabled(!busy);
    m_edit->setReadOnly(busy);
}

void NoteEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool NoteEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && key->modifiers().testFlag(Qt::ControlModifier)) {
            emit saveRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void NoteEditor::retranslate()
{
    if (m_correctionOf.isEmpty()) {
        m_title->setText(tr("New note"));
    } else {
        m_title->setText(tr("Correction of the note from %1. The earlier note stays as it was.")
                             .arg(formatDateTime(m_correctedAt)));
    }
    m_label->setText(tr("Note te&xt"));
    m_edit->setAccessibleName(tr("Note text"));
    m_hint->setText(tr("Ctrl+Enter saves · Escape cancels"));
    m_save->setText(tr("Save note"));
    m_save->setAccessibleName(tr("Save note"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace helpline
