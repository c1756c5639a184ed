#pragma once

#include <QDateTime>
#include <QString>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace helpline {

// The case view's inline note editor: a multi-line text, Save (Ctrl+Enter) and Cancel. Notes are
// append-only, so the editor either writes a new note or a correction: a new note that refers to
// an earlier one (the earlier one is never changed). The editor only collects the text; the case
// view saves it.
class NoteEditor : public QWidget {
    Q_OBJECT
public:
    explicit NoteEditor(QWidget *parent = nullptr);

    // A new note: empty text.
    void startNote();
    // A correction of `noteId` (written at `writtenAt`), starting from the earlier text.
    void startCorrection(const QString &noteId, const QString &earlierText,
                         const QDateTime &writtenAt);

    QString text() const;
    QString correctionOf() const { return m_correctionOf; }
    // True when the counsellor typed something that is not saved yet.
    bool hasUnsavedText() const;
    void showProblem(const QString &message);
    void clearProblem();
    void setBusy(bool busy);

    QPlainTextEdit *editor() const { return m_edit; }

signals:
    void saveRequested();
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title = nullptr;
    QLabel *m_label = nullptr;
    QPlainTextEdit *m_edit = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
    QString m_correctionOf;
    QString m_initialText;
    QDateTime m_correctedAt;
};

} // namespace helpline
