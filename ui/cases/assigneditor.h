#pragma once

#include "core/store/caserepository.h"

#include <QList>
#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace helpline {

// The case view's inline "assign" panel: one of the desk's accounts (CaseRepository::accounts())
// or nobody.
class AssignEditor : public QWidget {
    Q_OBJECT
public:
    explicit AssignEditor(QWidget *parent = nullptr);

    void start(const QList<AccountSummary> &accounts, const QString &currentAssigneeId);
    QString assigneeId() const;
    void setAssigneeId(const QString &accountId);
    QWidget *focusTarget() const;

signals:
    void saveRequested();
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();

    QLabel *m_title = nullptr;
    QLabel *m_label = nullptr;
    QComboBox *m_assignee = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
    QList<AccountSummary> m_accounts;
};

} // namespace helpline
