#pragma once

#include "core/sync/deskidentity.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace helpline {

struct SyncError;

// The first-run form that connects a desk to the helpline server: the server's address, the
// one-time enrolment code an admin issued, the desk's name, and the server account of the
// person setting it up. "Advanced" (collapsed) says how to trust the server when the system's
// certificate authorities do not: a CA file or the SHA-256 of the server's public key.
//
// A problem with a field is said beside it, in plain words; nothing typed is ever cleared.
class ConnectDeskForm : public QWidget {
    Q_OBJECT
public:
    explicit ConnectDeskForm(QWidget *parent = nullptr);

    // Checks every field, shows each problem beside its field and focuses the first one.
    // The request to send, or nothing when a field needs attention.
    struct Values {
        DeskIdentity desk;
        QString code;
        QString username;
    };
    std::optional<Values> validate();
    QString password() const;

    // The folder already holds an enrolled desk whose first sign-in did not finish: the
    // address is the saved one and the code is not needed again.
    void setUnfinishedEnrolment(const std::optional<DeskIdentity> &desk);
    bool isUnfinishedEnrolment() const { return m_unfinished; }

    void setBusy(bool busy);
    // Puts the cursor where a failure from the server points (the code, the password, the
    // address); the first field otherwise.
    void focusFor(const QString &serverErrorCode, bool addressProblem);
    void focusFirst();

    QLineEdit *serverEdit() const { return m_server; }
    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *deskNameEdit() const { return m_deskName; }
    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *passwordEdit() const { return m_password; }
    QToolButton *advancedButton() const { return m_advancedButton; }
    QLineEdit *caFileEdit() const { return m_caFile; }
    QLineEdit *pinEdit() const { return m_pin; }
    // The problem shown beside the address; empty when none.
    QString serverProblem() const;

    // The address as typed, made a URL: "https://" is added when no scheme is given.
    static QUrl serverUrl(const QString &typed);

signals:
    // Enter in any field.
    void submitted();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void checkServer();
    void setAdvancedShown(bool shown);
    void chooseCaFile();
    static void showProblem(QLabel *label, const QString &text);

    bool m_unfinished = false;
    QLabel *m_serverLabel;
    QLineEdit *m_server;
    QLabel *m_serverProblem;
    QLabel *m_codeLabel;
    QLineEdit *m_code;
    QLabel *m_codeHint;
    QLabel *m_codeProblem;
    QLabel *m_deskNameLabel;
    QLineEdit *m_deskName;
    QLabel *m_accountNote;
    QLabel *m_usernameLabel;
    QLineEdit *m_username;
    QLabel *m_usernameProblem;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_passwordProblem;
    QToolButton *m_advancedButton;
    QWidget *m_advanced;
    QLabel *m_advancedNote;
    QLabel *m_caFileLabel;
    QLineEdit *m_caFile;
    QPushButton *m_chooseCaFile;
    QLabel *m_caFileProblem;
    QLabel *m_pinLabel;
    QLineEdit *m_pin;
    QLabel *m_pinProblem;
};

} // namespace helpline
