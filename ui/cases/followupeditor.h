#pragma once

#include "core/domain/record.h"
#include "core/store/caserepository.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace helpline {

// The case view's inline "add follow-up" panel: when it is due (local date and time, stored in
// UTC), what is to be done, and who does it (the signed-in account unless changed).
class FollowUpEditor : public QWidget {
    Q_OBJECT
public:
    explicit FollowUpEditor(QWidget *parent = nullptr);

    // Starts empty, due tomorrow at 10:00 local time, assigned to `myAccountId`.
    void start(const QDateTime &nowUtc, const QList<AccountSummary> &accounts,
               const QString &myAccountId);
    QDateTime dueAtUtc() const;
    void setDueAt(const QDateTime &utc);
    QString description() const;
    void setDescription(const QString &text);
    QString assigneeId() const;
    void setAssigneeId(const QString &accountId);
    // Problems from FollowUp::validate() or the store, shown beside their fields; focus goes to
    // the first.
    void showProblems(const Problems &problems);
    void clearProblems();
    bool hasUnsavedText() const;
    QWidget *focusTarget() const;

signals:
    void saveRequested();
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillAssignees();

    QLabel *m_title = nullptr;
    QLabel *m_dueLabel = nullptr;
    QDateTimeEdit *m_due = nullptr;
    QLabel *m_dueProblem = nullptr;
    QLabel *m_descriptionLabel = nullptr;
    QLineEdit *m_description = nullptr;
    QLabel *m_descriptionProblem = nullptr;
    QLabel *m_assigneeLabel = nullptr;
    QComboBox *m_assignee = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
    QList<AccountSummary> m_accounts;
    QString m_myAccountId;
};

} // namespace helpline
