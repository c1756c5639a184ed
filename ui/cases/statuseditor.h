#pragma once

#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace helpline {

// The case view's inline "change status" panel: the new status (codes::caseStatuses()) and a
// reason, which closing a case requires. validate() checks that before the store is asked; the
// store checks it again.
class StatusEditor : public QWidget {
    Q_OBJECT
public:
    explicit StatusEditor(QWidget *parent = nullptr);

    void start(const QString &currentStatus);
    QString status() const;
    QString reason() const;
    void setStatus(const QString &status);
    void setReason(const QString &reason);
    // False (with the problem shown beside the reason and focus on it) when closing without one.
    bool validate();
    void showProblem(const QString &message);
    void clearProblem();
    bool hasUnsavedText() const;
    QWidget *focusTarget() const;

signals:
    void saveRequested();
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillStatuses();
    void updateReasonLabel();

    QLabel *m_title = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
    QString m_current;
};

} // namespace helpline
