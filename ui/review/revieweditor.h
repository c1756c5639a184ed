#pragma once

#include "core/domain/review.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace helpline {

// The case view's inline review panel. For a supervisor: what of the case waits for review,
// one text box, and Comment (a review comment, kept apart from the counsellor's notes),
// Approve (the text optional) and Return (the text says why: required). For a counsellor:
// "Ask for a review", with what a supervisor should look at. The store checks the rights and
// the rules again.
class ReviewEditor : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Supervisor, Counsellor };
    enum class Action { Comment, Approve, Return, Ask };

    explicit ReviewEditor(QWidget *parent = nullptr);

    void start(Mode mode, const QList<ReviewItem> &waiting);
    Mode mode() const { return m_mode; }
    QString text() const;
    void setText(const QString &text);
    // False (with the problem shown and the focus in the text) when `action` needs words.
    bool validate(Action action);
    void showProblem(const QString &message);
    void clearProblem();
    bool hasUnsavedText() const;
    QWidget *focusTarget() const;

signals:
    void actionRequested(helpline::ReviewEditor::Action action);
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Mode m_mode = Mode::Supervisor;
    QList<ReviewItem> m_waiting;
    QLabel *m_title = nullptr;
    QLabel *m_waitingLabel = nullptr;
    QLabel *m_textLabel = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_comment = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_return = nullptr;
    QPushButton *m_ask = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace helpline
