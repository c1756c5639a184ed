#pragma once

#include "core/directory/directorysearch.h"
#include "core/domain/caserecord.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace helpline {

class DirectoryBrowser;
class Workspace;

// "Refer": first choose the service in the directory (already filtered for the contact: the
// service types its categories call for, the child's age and region), then say why, how urgent,
// how the referral is made and whether the child or caller consented (or why not). The dialog
// only builds the Referral; its caller saves it (on the case, or with the intake's contact).
class ReferralDialog : public QDialog {
    Q_OBJECT
public:
    ReferralDialog(Workspace &workspace, const DirectoryQuery &suggested,
                   QWidget *parent = nullptr);

    // The referral as filled in (no case yet); valid after accept().
    Referral referral() const;

    DirectoryBrowser *browser() const { return m_browser; }
    // Step two with the browser's current entry (or, without one, a service typed by hand).
    bool chooseCurrent();
    void chooseUnlisted();
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QComboBox *urgencyCombo() const { return m_urgency; }
    QComboBox *methodCombo() const { return m_method; }
    QRadioButton *consentYes() const { return m_consentYes; }
    QRadioButton *consentNo() const { return m_consentNo; }
    QLineEdit *consentReasonEdit() const { return m_consentReason; }
    QLineEdit *serviceNameEdit() const { return m_serviceName; }
    QLabel *problemLabel() const { return m_problem; }
    // Checks the form (Referral::validate); shows the problems and keeps the dialog open.
    bool save();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showStep(int step);
    void updateConsent();

    Workspace &m_workspace;
    QStackedWidget *m_steps = nullptr;
    DirectoryBrowser *m_browser = nullptr;
    QLabel *m_chooseHint = nullptr;
    QPushButton *m_choose = nullptr;
    QPushButton *m_unlisted = nullptr;
    QLabel *m_serviceLabel = nullptr;
    QLineEdit *m_serviceName = nullptr;
    QPushButton *m_changeService = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_urgencyLabel = nullptr;
    QComboBox *m_urgency = nullptr;
    QLabel *m_methodLabel = nullptr;
    QComboBox *m_method = nullptr;
    QLabel *m_consentLabel = nullptr;
    QRadioButton *m_consentYes = nullptr;
    QRadioButton *m_consentNo = nullptr;
    QButtonGroup *m_consent = nullptr;
    QLabel *m_consentReasonLabel = nullptr;
    QLineEdit *m_consentReason = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
    QString m_entryId;
};

} // namespace helpline
