#pragma once

#include <QDialog>
#include <QTimer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace helpline {

class CaseStore;

// The last step of saving an intake: which case the contact belongs to. Opening a new case is the
// default (Enter accepts it); linking to an existing case searches by case number, phone or the
// child's name (CaseRepository::findForLink). Shown with open(), never exec(): the intake goes on
// when it is accepted.
class CaseLinkDialog : public QDialog {
    Q_OBJECT
public:
    enum class Choice { NewCase, ExistingCase };

    explicit CaseLinkDialog(CaseStore &store, QWidget *parent = nullptr);

    // Suggests cases for `text` (e.g. the child's name or phone from the form) without changing
    // the choice: a new case stays the default.
    void suggest(const QString &text);

    Choice choice() const;
    // The chosen existing case (empty for a new case).
    QString caseId() const;
    QString caseNumber() const;

    void chooseNewCase();
    // Chooses "link to an existing case" and searches for `text` at once.
    void searchExisting(const QString &text);
    // Chooses the case at `row` of the results (tests and keyboard).
    bool chooseResult(int row);
    int resultCount() const;

signals:
    // After each search (tests wait for it).
    void searched(int results);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void runSearch();
    void updateAcceptable();

    CaseStore &m_store;
    bool m_programmatic = false;
    QTimer m_searchDelay;
    QLabel *m_intro = nullptr;
    QRadioButton *m_newCase = nullptr;
    QRadioButton *m_existingCase = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_resultsLabel = nullptr;
    QListWidget *m_results = nullptr;
    QLabel *m_searchState = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace helpline
