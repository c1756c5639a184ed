#include "ui/shell/firstrunscreen.h"

#include "core/session/passwordstrength.h"
#include "ui/shell/appcontroller.h"
#include "ui/shell/gatecard.h"
#include "ui/shell/theme.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>

namespace helpline {

FirstRunScreen::FirstRunScreen(AppController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_title(new QLabel)
    , m_intro(new QLabel)
    , m_directoryLabel(new QLabel)
    , m_directory(new QLineEdit)
    , m_choose(new QPushButton)
    , m_usernameLabel(new QLabel)
    , m_username(new QLineEdit)
    , m_displayNameLabel(new QLabel)
    , m_displayName(new QLineEdit)
    , m_passwordLabel(new QLabel)
    , m_password(new QLineEdit)
    , m_strength(new QLabel)
    , m_repeatLabel(new QLabel)
    , m_repeat(new QLineEdit)
    , m_error(new QLabel)
    , m_progressLabel(new QLabel)
    , m_progress(new QProgressBar)
    , m_create(new QPushButton)
{
    setObjectName(QStringLiteral("firstRunScreen"));
    m_title->setObjectName(QStringLiteral("firstRunTitle"));
    Theme::setHeading(m_title, 1);
    m_intro->setWordWrap(true);
    Theme::setSecondary(m_intro);

    m_directory->setObjectName(QStringLiteral("storeDirectoryEdit"));
    m_directory->setText(QDir::toNativeSeparators(controller.storeDirectory()));
    m_directory->setReadOnly(controller.isStoreDirectoryFixed());
    m_choose->setObjectName(QStringLiteral("chooseDirectoryButton"));
    m_choose->setEnabled(!controller.isStoreDirectoryFixed());
    m_choose->setAutoDefault(false);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setMaxLength(64);
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_displayName->setMaxLength(100);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_repeat->setObjectName(QStringLiteral("repeatPasswordEdit"));
    for (QLineEdit *edit : {m_password, m_repeat}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                  Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    }
    m_strength->setObjectName(QStringLiteral("passwordStrengthLabel"));
    Theme::setSecondary(m_strength);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    QFont bold = m_error->font();
    bold.setWeight(QFont::DemiBold);
    m_error->setFont(bold);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progressLabel->setWordWrap(true);
    m_progressLabel->hide();
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 0); // busy: the calibration's length is not known in advance
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_create->setObjectName(QStringLiteral("createStoreButton"));
    m_create->setDefault(true);

    m_directoryLabel->setBuddy(m_directory);
    m_usernameLabel->setBuddy(m_username);
    m_displayNameLabel->setBuddy(m_displayName);
    m_passwordLabel->setBuddy(m_password);
    m_repeatLabel->setBuddy(m_repeat);

    auto *directoryRow = new QHBoxLayout;
    directoryRow->addWidget(m_directory, 1);
    directoryRow->addWidget(m_choose);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->setVerticalSpacing(Theme::spaceS);
    form->addRow(m_directoryLabel, directoryRow);
    form->addRow(m_usernameLabel, m_username);
    form->addRow(m_displayNameLabel, m_displayName);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(nullptr, m_strength);
    form->addRow(m_repeatLabel, m_repeat);

    auto *card = new GateCard(this, 560);
    card->body()->addWidget(m_title);
    card->body()->addWidget(m_intro);
    card->body()->addSpacing(Theme::spaceM);
    card->body()->addLayout(form);
    card->body()->addSpacing(Theme::spaceM);
    card->body()->addWidget(m_error);
    card->body()->addWidget(m_progressLabel);
    card->body()->addWidget(m_progress);
    card->body()->addWidget(m_create, 0, Qt::AlignRight);

    setTabOrder(m_directory, m_choose);
    setTabOrder(m_choose, m_username);
    setTabOrder(m_username, m_displayName);
    setTabOrder(m_displayName, m_password);
    setTabOrder(m_password, m_repeat);
    setTabOrder(m_repeat, m_create);

    connect(m_password, &QLineEdit::textChanged, this, &FirstRunScreen::updateStrength);
    connect(m_choose, &QPushButton::clicked, this, &FirstRunScreen::chooseDirectory);
    connect(m_create, &QPushButton::clicked, this, &FirstRunScreen::submit);
    for (QLineEdit *edit : {m_directory, m_username, m_displayName, m_password, m_repeat})
        connect(edit, &QLineEdit::returnPressed, this, &FirstRunScreen::submit);
    connect(&controller, &AppController::storeCreationFinished, this, &FirstRunScreen::onFinished);
    retranslate();
}

QString FirstRunScreen::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void FirstRunScreen::updateStrength()
{
    m_strength->setText(m_password->text().isEmpty()
                            ? tr("At least 8 characters. A few words together are easy to "
                                 "remember and hard to guess.")
                            : passwordStrengthText(passwordStrength(m_password->text())));
}

void FirstRunScreen::chooseDirectory()
{
    // open(), not exec(): no nested event loop.
    auto *dialog = new QFileDialog(this, tr("Choose where the case store is kept"));
    dialog->setObjectName(QStringLiteral("storeDirectoryDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setDirectory(QFileInfo(QDir::fromNativeSeparators(m_directory->text())).path());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &chosen) {
        if (!chosen.isEmpty())
            m_directory->setText(QDir::toNativeSeparators(chosen + QStringLiteral("/store")));
    });
    dialog->open();
}

void FirstRunScreen::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void FirstRunScreen::submit()
{
    if (m_controller.isCreatingStore())
        return;
    const QString directory = QDir::fromNativeSeparators(m_directory->text().trimmed());
    if (directory.isEmpty() || !QDir::isAbsolutePath(directory)) {
        showError(tr("Choose a folder for the case store (a full path)."));
        m_directory->setFocus();
        return;
    }
    if (m_username->text().trimmed().isEmpty()) {
        showError(tr("Enter a user name for the administrator."));
        m_username->setFocus();
        return;
    }
    if (passwordStrength(m_password->text()) == PasswordStrength::TooShort) {
        showError(tr("The password must have at least 8 characters."));
        m_password->setFocus();
        return;
    }
    if (m_password->text() != m_repeat->text()) {
        showError(tr("The two passwords are not the same. Type the password again."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    showError(QString());
    FirstRunRequest request{directory, m_username->text().trimmed(),
                            m_displayName->text().trimmed()};
    SecureBytes password = SecureBytes::fromUtf8(m_password->text());
    m_password->clear();
    m_repeat->clear();
    setBusy(true);
    m_controller.createStore(request, std::move(password));
}

void FirstRunScreen::onFinished(bool ok, const QString &message)
{
    if (ok)
        return; // the controller shows the signed-in screens
    setBusy(false);
    showError(message);
    m_password->setFocus();
}

void FirstRunScreen::setBusy(bool busy)
{
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_directory, m_choose, m_username, m_displayName, m_password, m_repeat, m_create})
        w->setEnabled(!busy);
    if (m_controller.isStoreDirectoryFixed())
        m_choose->setEnabled(false);
    m_progress->setVisible(busy);
    m_progressLabel->setVisible(busy);
    if (busy)
        m_progressLabel->repaint();
}

void FirstRunScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_username->setFocus(Qt::OtherFocusReason);
}

void FirstRunScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FirstRunScreen::retranslate()
{
    m_title->setText(tr("Set up this workstation"));
    m_intro->setText(tr("Case data on this computer is kept in an encrypted store. Create it now "
                        "with the first administrator account; the administrator adds "
                        "counsellors' accounts later."));
    m_directoryLabel->setText(tr("Store &location"));
    m_directory->setAccessibleName(tr("Store location"));
    m_choose->setText(tr("C&hoose…"));
    m_choose->setAccessibleName(tr("Choose the store location"));
    m_usernameLabel->setText(tr("Administrator &user name"));
    m_username->setAccessibleName(tr("Administrator user name"));
    m_displayNameLabel->setText(tr("&Full name"));
    m_displayName->setAccessibleName(tr("Full name"));
    m_displayName->setPlaceholderText(tr("As colleagues should see it"));
    m_passwordLabel->setText(tr("&Password"));
    m_password->setAccessibleName(tr("Password"));
    m_repeatLabel->setText(tr("&Repeat the password"));
    m_repeat->setAccessibleName(tr("Repeat the password"));
    m_progressLabel->setText(tr("Protecting the password: measuring this computer and "
                                "encrypting the store. This takes a few seconds…"));
    m_create->setText(tr("&Create store"));
    updateStrength();
}

} // namespace helpline
