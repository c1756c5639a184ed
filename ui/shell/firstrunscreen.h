#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace helpline {

class AppController;
class ConnectDeskForm;

// The first start on a desk, one of two ways:
// - a store for this desk only: creates the encrypted store and its first (local)
//   administrator; the password is asked twice with a strength hint;
// - connected to the helpline server: enrols the desk with an admin's one-time code and signs
//   in with the server account of the person setting it up (ConnectDeskForm).
// The store location defaults to the application's data folder. Protecting the password (and
// talking to the server) takes a few seconds, shown as progress. Problems are said in plain
// words beside the form, and nothing typed is lost.
class FirstRunScreen : public QWidget {
    Q_OBJECT
public:
    explicit FirstRunScreen(AppController &controller, QWidget *parent = nullptr);

    enum class Way { DeskOnly, ConnectToServer };
    void setWay(Way way);
    Way way() const;
    QRadioButton *deskOnlyChoice() const { return m_deskOnlyChoice; }
    QRadioButton *connectChoice() const { return m_connectChoice; }
    ConnectDeskForm *connectForm() const { return m_connectForm; }
    QPushButton *connectButton() const { return m_connect; }

    QLineEdit *directoryEdit() const { return m_directory; }
    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *displayNameEdit() const { return m_displayName; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QPushButton *createButton() const { return m_create; }
    QString errorText() const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void updateStrength();
    void chooseDirectory();
    void submit();
    void submitConnect();
    QString checkedDirectory();
    void checkUnfinishedEnrolment();
    void setBusy(bool busy);
    void showError(const QString &text);
    void onFinished(bool ok, const QString &message);

    AppController &m_controller;
    QLabel *m_title;
    QLabel *m_intro;
    QRadioButton *m_deskOnlyChoice;
    QLabel *m_deskOnlyNote;
    QRadioButton *m_connectChoice;
    QLabel *m_connectNote;
    QLabel *m_directoryLabel;
    QLineEdit *m_directory;
    QPushButton *m_choose;
    QWidget *m_deskOnlyForm;
    QLabel *m_usernameLabel;
    QLineEdit *m_username;
    QLabel *m_displayNameLabel;
    QLineEdit *m_displayName;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_strength;
    QLabel *m_repeatLabel;
    QLineEdit *m_repeat;
    QLabel *m_error;
    QLabel *m_progressLabel;
    QProgressBar *m_progress;
    QPushButton *m_create;
    ConnectDeskForm *m_connectForm;
    QPushButton *m_connect;
};

} // namespace helpline
