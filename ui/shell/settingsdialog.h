#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace helpline {

class AppController;

// The workstation's settings: the interface language (applied at once to every open screen),
// the appearance, the idle lock (an administrator's choice; shown read-only to others), where
// the store lives and, on a desk connected to the helpline server, which server and how it is
// trusted (read-only: desk.json, written at enrolment). Opened with open(), never exec(): no
// nested event loop.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(AppController &controller, QWidget *parent = nullptr);

    QComboBox *languageCombo() const { return m_language; }
    QComboBox *themeCombo() const { return m_theme; }
    QSpinBox *idleLockSpin() const { return m_idleLock; }
    QLineEdit *storeLocationEdit() const { return m_store; }
    // nullptr on a desk without desk.json.
    QLineEdit *serverAddressEdit() const { return m_serverAddress; }
    QLineEdit *deskNameEdit() const { return m_deskName; }
    QLineEdit *deviceIdEdit() const { return m_deviceId; }
    QLineEdit *officeEdit() const { return m_office; }
    QLabel *serverTrustLabel() const { return m_serverTrust; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void addServerSection(QFormLayout *form);
    QString trustText() const;

    AppController &m_controller;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_themeLabel;
    QComboBox *m_theme;
    QLabel *m_idleLockLabel;
    QSpinBox *m_idleLock;
    QLabel *m_idleLockNote;
    QLabel *m_storeLabel;
    QLineEdit *m_store;
    QLabel *m_serverTitle = nullptr;
    QLabel *m_serverProblem = nullptr;
    QLabel *m_serverAddressLabel = nullptr;
    QLineEdit *m_serverAddress = nullptr;
    QLabel *m_deskNameLabel = nullptr;
    QLineEdit *m_deskName = nullptr;
    QLabel *m_deviceIdLabel = nullptr;
    QLineEdit *m_deviceId = nullptr;
    QLabel *m_officeLabel = nullptr;
    QLineEdit *m_office = nullptr;
    QLabel *m_serverTrustTitle = nullptr;
    QLabel *m_serverTrust = nullptr;
    QDialogButtonBox *m_buttons;
};

} // namespace helpline
