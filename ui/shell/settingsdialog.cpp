#include "ui/shell/settingsdialog.h"

#include "core/settings/settings.h"
#include "ui/shell/appcontroller.h"
#include "ui/shell/theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace helpline {

SettingsDialog::SettingsDialog(AppController &controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_languageLabel(new QLabel)
    , m_language(new QComboBox)
    , m_themeLabel(new QLabel)
    , m_theme(new QComboBox)
    , m_idleLockLabel(new QLabel)
    , m_idleLock(new QSpinBox)
    , m_idleLockNote(new QLabel)
    , m_storeLabel(new QLabel)
    , m_store(new QLineEdit)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setMinimumWidth(520);
    Settings &settings = controller.settings();

    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Each language by its own name, as a speaker of it looks for it: never translated.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Azərbaycan dili"), QStringLiteral("az"));
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_language->setCurrentIndex(m_language->findData(controller.language()));
    m_languageLabel->setBuddy(m_language);

    m_theme->setObjectName(QStringLiteral("themeCombo"));
    for (int i = 0; i < 3; ++i)
        m_theme->addItem(QString());
    m_theme->setItemData(0, QStringLiteral("system"));
    m_theme->setItemData(1, QStringLiteral("light"));
    m_theme->setItemData(2, QStringLiteral("dark"));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(settings.theme())));
    m_themeLabel->setBuddy(m_theme);

    m_idleLock->setObjectName(QStringLiteral("idleLockMinutesSpin"));
    m_idleLock->setRange(Settings::minIdleLockMinutes, Settings::maxIdleLockMinutes);
    m_idleLock->setValue(settings.idleLockMinutes());
    const Session *session = controller.session();
    const bool admin = session && Settings::canChange(Setting::IdleLockMinutes, session->role);
    m_idleLock->setEnabled(admin);
    m_idleLockLabel->setBuddy(m_idleLock);
    m_idleLockNote->setObjectName(QStringLiteral("idleLockNote"));
    m_idleLockNote->setWordWrap(true);
    Theme::setSecondary(m_idleLockNote);

    m_store->setObjectName(QStringLiteral("storeLocationEdit"));
    m_store->setReadOnly(true);
    m_store->setText(QDir::toNativeSeparators(controller.storeDirectory()));
    m_storeLabel->setBuddy(m_store);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_themeLabel, m_theme);
    form->addRow(m_idleLockLabel, m_idleLock);
    form->addRow(nullptr, m_idleLockNote);
    form->addRow(m_storeLabel, m_store);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::spaceXL, Theme::spaceXL, Theme::spaceXL, Theme::spaceL);
    layout->setSpacing(Theme::spaceL);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    retranslate();
}

void SettingsDialog::accept()
{
    Settings &settings = m_controller.settings();
    const QString theme = m_theme->currentData().toString();
    if (theme != settings.theme()) {
        settings.setValue(Setting::Theme, theme);
        Theme::apply(theme);
    }
    if (m_idleLock->isEnabled() && m_idleLock->value() != settings.idleLockMinutes())
        m_controller.setIdleLockMinutes(m_idleLock->value());
    const QString language = m_language->currentData().toString();
    if (language != m_controller.language())
        m_controller.setLanguage(language);
    settings.sync();
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("Interface &language"));
    m_language->setAccessibleName(tr("Interface language"));
    m_themeLabel->setText(tr("&Appearance"));
    m_theme->setAccessibleName(tr("Appearance"));
    m_theme->setItemText(0, tr("Follow the system"));
    m_theme->setItemText(1, tr("Light"));
    m_theme->setItemText(2, tr("Dark"));
    m_idleLockLabel->setText(tr("&Lock after idle"));
    m_idleLock->setAccessibleName(tr("Lock after idle, in minutes"));
    m_idleLock->setSuffix(tr(" min"));
    m_idleLockNote->setText(m_idleLock->isEnabled()
                                ? tr("The desk locks itself when nobody has used it for this "
                                     "long. Applies to every account on this desk.")
                                : tr("Set by an administrator for every account on this desk."));
    m_storeLabel->setText(tr("&Store location"));
    m_store->setAccessibleName(tr("Store location"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace helpline
