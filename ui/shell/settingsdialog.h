#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace helpline {

class AppController;

// The workstation's settings: the interface language (applied at once to every open screen),
// the appearance, the idle lock (an administrator's choice; shown read-only to others) and where
// the store lives (read-only). Opened with open(), never exec(): no nested event loop.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(AppController &controller, QWidget *parent = nullptr);

    QComboBox *languageCombo() const { return m_language; }
    QComboBox *themeCombo() const { return m_theme; }
    QSpinBox *idleLockSpin() const { return m_idleLock; }
    QLineEdit *storeLocationEdit() const { return m_store; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

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
    QDialogButtonBox *m_buttons;
};

} // namespace helpline
