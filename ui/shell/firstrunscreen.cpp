#include "ui/shell/firstrunscreen.h"

#include "core/session/passwordstrength.h"
#include "ui/shell/appcontroller.h"
#include "ui/shell/connectdeskform.h"
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
#include <QRadioButton>
#include <QVBoxLayout>

namespace helpline {

FirstRunScreen::FirstRunScreen(AppController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_title(new QLabel)
    , m_intro(new QLabel)
    , m_deskOnlyChoice(new QRadioButton)
    , m_deskOnlyNote(new QLabel)
    , m_connectChoice(new QRadioButton)
    , m_connectNote(new QLabel)
    , m_directoryLabel(new QLabel)
    , m_directory(new QLineEdit)
    , m_choose(new QPushButton)
    , m_deskOnlyForm(new QWidget)
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
    , m_connectForm(new ConnectDeskForm)
    , m_connect(new QPushButton)
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
    m_connect->setObjectName(QStringLiteral("connectDeskButton"));
    m_deskOnlyChoice->setObjectName(QStringLiteral("deskOnlyChoice"));
    m_connectChoice->setObjectName(QStringLiteral("connectDeskChoice"));
    m_deskOnlyForm->setObjectName(QStringLiteral("deskOnlyForm"));
    // The notes under each way line up with the way's text, not with its radio mark.
    const int noteIndent = m_deskOnlyChoice->sizeHint().height() + Theme::spaceS;
    for (QLabel *note : {m_deskOnlyNote, m_connectNote}) {
        note->setWordWrap(true);
        note->setContentsMargins(noteIndent, 0, 0, 0);
        Theme::setSecondary(note);
    }

    m_directoryLabel->setBuddy(m_directory);
    m_usernameLabel->setBuddy(m_username);
    m_displayNameLabel->setBuddy(m_displayName);
    m_passwordLabel->setBuddy(m_password);
    m_repeatLabel->setBuddy(m_repeat);

    auto *directoryRow = new QHBoxLayout;
    directoryRow->addWidget(m_directory, 1);
    directoryRow->addWidget(m_choose);
    auto *storeForm = new QFormLayout;
    storeForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
    storeForm->setVerticalSpacing(Theme::spaceS);
    storeForm->addRow(m_directoryLabel, directoryRow);
    auto *form = new QFormLayout(m_deskOnlyForm);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->setVerticalSpacing(Theme::spaceS);
    form->addRow(m_usernameLabel, m_username);
    form->addRow(m_displayNameLabel, m_displayName);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(nullptr, m_strength);
    form->addRow(m_repeatLabel, m_repeat);

    auto *ways = new QVBoxLayout;
    ways->setSpacing(Theme::spaceS);
    ways->addWidget(m_deskOnlyChoice);
    ways->addWidget(m_deskOnlyNote);
    ways->addSpacing(Theme::spaceS);
    ways->addWidget(m_connectChoice);
    ways->addWidget(m_connectNote);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_create);
    buttons->addWidget(m_connect);

    auto *card = new GateCard(this, 640);
    card->body()->addWidget(m_title);
    card->body()->addWidget(m_intro);
    card->body()->addLayout(ways);
    card->body()->addSpacing(Theme::spaceS);
    card->body()->addLayout(storeForm);
    card->body()->addWidget(m_deskOnlyForm);
    card->body()->addWidget(m_connectForm);
    card->body()->addSpacing(Theme::spaceM);
    card->body()->addWidget(m_error);
    card->body()->addWidget(m_progressLabel);
    card->body()->addWidget(m_progress);
    card->body()->addLayout(buttons);

    setTabOrder(m_deskOnlyChoice, m_connectChoice);
    setTabOrder(m_connectChoice, m_directory);
    setTabOrder(m_directory, m_choose);
    setTabOrder(m_choose, m_username);
    setTabOrder(m_username, m_displayName);
    setTabOrder(m_displayName, m_password);
    setTabOrder(m_password, m_repeat);
    setTabOrder(m_repeat, m_create);
    setTabOrder(m_create, m_connectForm->serverEdit());
    setTabOrder(m_connectForm->pinEdit(), m_connect);

    connect(m_password, &QLineEdit::textChanged, this, &FirstRunScreen::updateStrength);
    connect(m_choose, &QPushButton::clicked, this, &FirstRunScreen::chooseDirectory);
    connect(m_create, &QPushButton::clicked, this, &FirstRunScreen::submit);
    connect(m_connect, &QPushButton::clicked, this, &FirstRunScreen::submitConnect);
    connect(m_connectForm, &ConnectDeskForm::submitted, this, &FirstRunScreen::submitConnect);
    for (QLineEdit *edit : {m_directory, m_username, m_displayName, m_password, m_repeat})
        connect(edit, &QLineEdit::returnPressed, this, &FirstRunScreen::submit);
    connect(m_directory, &QLineEdit::editingFinished, this,
            &FirstRunScreen::checkUnfinishedEnrolment);
    connect(m_connectChoice, &QRadioButton::toggled, this,
            [this](bool connectWay) { setWay(connectWay ? Way::ConnectToServer : Way::DeskOnly); });
    connect(&controller, &AppController::storeCreationFinished, this, &FirstRunScreen::onFinished);
    retranslate();
    m_deskOnlyChoice->setChecked(true);
    setWay(Way::DeskOnly);
    checkUnfinishedEnrolment();
}

void FirstRunScreen::setWay(Way way)
{
    const bool connectWay = way == Way::ConnectToServer;
    // Checking a radio button calls back here through toggled(): the rest runs once.
    if (m_connectChoice->isChecked() != connectWay) {
        (connectWay ? m_connectChoice : m_deskOnlyChoice)->setChecked(true);
        return;
    }
    m_deskOnlyForm->setVisible(!connectWay);
    m_connectForm->setVisible(connectWay);
    m_create->setVisible(!connectWay);
    m_connect->setVisible(connectWay);
    m_create->setDefault(!connectWay);
    m_connect->setDefault(connectWay);
    showError(QString());
    retranslate();
}

FirstRunScreen::Way FirstRunScreen::way() const
{
    return m_connectChoice->isChecked() ? Way::ConnectToServer : Way::DeskOnly;
}

void FirstRunScreen::checkUnfinishedEnrolment()
{
    const QString directory = QDir::fromNativeSeparators(m_directory->text().trimmed());
    const auto unfinished = QDir::isAbsolutePath(directory)
                                ? AppController::unfinishedEnrolment(directory)
                                : std::nullopt;
    m_connectForm->setUnfinishedEnrolment(unfinished);
    if (unfinished && way() != Way::ConnectToServer)
        setWay(Way::ConnectToServer);
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

QString FirstRunScreen::checkedDirectory()
{
    const QString directory = QDir::fromNativeSeparators(m_directory->text().trimmed());
    if (directory.isEmpty() || !QDir::isAbsolutePath(directory)) {
        showError(tr("Choose a folder for the case store (a full path)."));
        m_directory->setFocus();
        return QString();
    }
    return directory;
}

void FirstRunScreen::submit()
{
    if (way() == Way::ConnectToServer) {
        submitConnect();
        return;
    }
    if (m_controller.isCreatingStore())
        return;
    const QString directory = checkedDirectory();
    if (directory.isEmpty())
        return;
    if (AppController::unfinishedEnrolment(directory)) {
        showError(tr("This folder belongs to a desk enrolled with the helpline server. Finish "
                     "connecting it, or choose another folder."));
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

void FirstRunScreen::submitConnect()
{
    if (m_controller.isCreatingStore() || way() != Way::ConnectToServer)
        return;
    showError(QString());
    const QString directory = checkedDirectory();
    if (directory.isEmpty())
        return;
    if (CaseStore::exists(directory)) {
        // The store is used as it is (AppController::createStore says so and signs in to it).
        m_controller.createStore(FirstRunRequest{directory, QString(), QString()}, SecureBytes());
        return;
    }
    checkUnfinishedEnrolment();
    const auto values = m_connectForm->validate();
    if (!values)
        return;
    DeskEnrolment request{directory, values->desk, values->code, values->username};
    // The password stays in its field: if the server says no, nothing has to be typed again.
    SecureBytes password = SecureBytes::fromUtf8(m_connectForm->password());
    setBusy(true);
    m_controller.enrolDesk(request, std::move(password));
}

void FirstRunScreen::onFinished(bool ok, const QString &message)
{
    if (ok)
        return; // the controller shows the signed-in screens
    setBusy(false);
    if (way() == Way::ConnectToServer) {
        // A spent code with a failed sign-in leaves the desk enrolled: the form says so.
        checkUnfinishedEnrolment();
    }
    showError(message);
    if (way() != Way::ConnectToServer) {
        m_password->setFocus();
        return;
    }
    const auto error = m_controller.lastServerError();
    const bool addressProblem =
        error &&
        (error->kind == SyncError::Kind::Offline || error->kind == SyncError::Kind::Certificate ||
         error->kind == SyncError::Kind::Setup || error->kind == SyncError::Kind::BadReply);
    m_connectForm->focusFor(error ? error->code : QString(), addressProblem);
}

void FirstRunScreen::setBusy(bool busy)
{
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_deskOnlyChoice, m_connectChoice, m_directory, m_choose, m_username, m_displayName,
             m_password, m_repeat, m_create, m_connect})
        w->setEnabled(!busy);
    m_connectForm->setBusy(busy);
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
    if (way() == Way::ConnectToServer)
        m_connectForm->focusFirst();
    else
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
    m_intro->setText(tr("Case data on this computer is kept in an encrypted store. Choose how "
                        "this desk starts."));
    m_deskOnlyChoice->setText(tr("Create a store for this desk &only"));
    m_deskOnlyNote->setText(tr("A local administrator adds counsellors' accounts on this desk."));
    m_connectChoice->setText(tr("Connect this desk to the helpline &server"));
    m_connectNote->setText(tr("Accounts come from the server. You need an enrolment code from "
                              "an administrator."));
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
    m_progressLabel->setText(
        way() == Way::ConnectToServer
            ? tr("Connecting to the helpline server and setting up the encrypted store. This "
                 "takes a few seconds…")
            : tr("Protecting the password: measuring this computer and encrypting the store. "
                 "This takes a few seconds…"));
    m_create->setText(tr("&Create store"));
    m_connect->setText(tr("&Connect desk"));
    updateStrength();
}

} // namespace helpline
