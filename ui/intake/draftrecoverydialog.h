#pragma once

#include "core/store/draftrepository.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace helpline {

// Offers the signed-in account's unsaved intakes (drafts left by a crash, a power cut or a
// sign-out) after sign-in: when each was started, the contact timer, and how much was typed;
// never the text itself. Restore hands one back to the intake; Discard asks first (the intake
// asks, through MessageBox) and takes it off the list. Shown with open(), never exec().
class DraftRecoveryDialog : public QDialog {
    Q_OBJECT
public:
    explicit DraftRecoveryDialog(const QList<Draft> &drafts, QWidget *parent = nullptr);

    int draftCount() const;
    QString selectedDraftId() const;
    bool selectDraft(int row);
    // Takes a discarded draft off the list; closes the dialog when none is left.
    void removeDraft(const QString &draftId);

    // "Started …, 4:07 on the timer, 5 fields filled, 312 characters typed": what a draft holds,
    // without its text.
    static QString describe(const Draft &draft);

    // Buttons, for tests and keyboard users.
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *discardButton() const { return m_discard; }

signals:
    void restoreRequested(const QString &draftId);
    void discardRequested(const QString &draftId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();
    void updateButtons();

    QList<Draft> m_drafts;
    QLabel *m_intro = nullptr;
    QLabel *m_listLabel = nullptr;
    QListWidget *m_list = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_discard = nullptr;
    QPushButton *m_later = nullptr;
};

} // namespace helpline
