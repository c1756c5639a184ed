#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace helpline {

// Asks why a case that is not the account's is opened (CaseRepository::openWithReason): "break
// glass" for a restricted case, whose reason supervisors review; an administrator's stated
// reason; or a counsellor's reason. The case opens for reading only. Open stays disabled until
// the reason is long enough.
class OpenWithReasonDialog : public QDialog {
    Q_OBJECT
public:
    enum class Kind { BreakGlass, AdminReason, Reason };

    OpenWithReasonDialog(Kind kind, const QString &caseNumber, QWidget *parent = nullptr);

    QString reason() const;
    void setReason(const QString &reason);

private:
    void updateButtons();

    QLabel *m_explanation = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace helpline
