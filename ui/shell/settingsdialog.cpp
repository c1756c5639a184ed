#include "ui/shell/settingsdialog.h"

#include "core/settings/settings.h"
#include "core/sync/deskidentity.h"
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
#include <QSpacerItem>
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
    addServerSection(form);

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

void SettingsDialog::addServerSection(QFormLayout *form)
{
    if (!m_controller.isConnectedDesk())
        return;
    m_serverTitle = new QLabel;
    m_serverTitle->setObjectName(QStringLiteral("serverSectionTitle"));
    Theme::setHeading(m_serverTitle, 2);
    form->addItem(new QSpacerItem(0, Theme::spaceM));
    form->addRow(m_serverTitle);
    const std::optional<DeskIdentity> desk = m_controller.deskIdentity();
    if (!desk) {
        m_serverProblem = new QLabel;
        m_serverProblem->setObjectName(QStringLiteral("serverProblemLabel"));
        m_serverProblem->setWordWrap(true);
        form->addRow(m_serverProblem);
        return;
    }
    auto readOnly = [](const char *name, const QString &text) {
        auto *edit = new QLineEdit;
        edit->setObjectName(QLatin1String(name));
        edit->setReadOnly(true);
        edit->setText(text);
        edit->setCursorPosition(0);
        return edit;
    };
    m_serverAddress = readOnly("serverAddressEdit", desk->server.toDisplayString());
    m_deskName = readOnly("deskNameEdit", desk->deviceName);
    m_deviceId = readOnly("deviceIdEdit", desk->deviceId);
    m_office = readOnly("officeEdit", desk->officeId);
    m_serverAddressLabel = new QLabel;
    m_deskNameLabel = new QLabel;
    m_deviceIdLabel = new QLabel;
    m_officeLabel = new QLabel;
    m_serverTrustTitle = new QLabel;
    m_serverTrust = new QLabel;
    m_serverTrust->setObjectName(QStringLiteral("serverTrustLabel"));
    m_serverTrust->setWordWrap(true);
    m_serverTrust->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
    m_serverAddressLabel->setBuddy(m_serverAddress);
    m_deskNameLabel->setBuddy(m_deskName);
    m_deviceIdLabel->setBuddy(m_deviceId);
    m_officeLabel->setBuddy(m_office);
    form->addRow(m_serverAddressLabel, m_serverAddress);
    form->addRow(m_deskNameLabel, m_deskName);
    form->addRow(m_deviceIdLabel, m_deviceId);
    form->addRow(m_officeLabel, m_office);
    form->addRow(m_serverTrustTitle, m_serverTrust);
}

QString SettingsDialog::trustText() const
{
    const std::optional<DeskIdentity> desk = m_controller.deskIdentity();
    if (!desk)
        return {};
    if (desk->server.scheme() == QLatin1String("http"))
        return tr("Not encrypted: the server runs on this computer.");
    if (!desk->pinnedKeySha256.isEmpty()) {
        // In groups of eight, so that it can be read out and compared over the phone.
        const QString hex = QString::fromLatin1(desk->pinnedKeySha256.toHex());
        QStringList groups;
        for (qsizetype i = 0; i < hex.size(); i += 8)
            groups << hex.mid(i, 8);
        return tr("Pinned key: only the server whose public key has this SHA-256 fingerprint "
                  "is trusted, whoever signed its certificate.\n%1")
            .arg(groups.join(u' '));
    }
    if (!desk->caFile.isEmpty())
        return tr("The certificate authorities this computer trusts, and the CA file %1.")
            .arg(QDir::toNativeSeparators(desk->caFile));
    return tr("The certificate authorities this computer trusts.");
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
    if (m_serverTitle)
        m_serverTitle->setText(tr("Helpline server"));
    if (m_serverProblem)
        m_serverProblem->setText(tr("This desk's server settings (desk.json) cannot be read. "
                                    "The desk's own accounts still sign in; restore desk.json "
                                    "from a backup to sync again."));
    if (m_serverAddress) {
        m_serverAddressLabel->setText(tr("Server add&ress"));
        m_serverAddress->setAccessibleName(tr("Server address"));
        m_deskNameLabel->setText(tr("Desk &name"));
        m_deskName->setAccessibleName(tr("Desk name"));
        m_deviceIdLabel->setText(tr("&Device id"));
        m_deviceId->setAccessibleName(tr("Device id"));
        m_officeLabel->setText(tr("O&ffice"));
        m_office->setAccessibleName(tr("Office"));
        m_serverTrustTitle->setText(tr("How it is trusted"));
        m_serverTrust->setText(trustText());
    }
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace helpline
