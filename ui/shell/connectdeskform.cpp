#include "ui/shell/connectdeskform.h"

#include "core/sync/syncclient.h"
#include "ui/shell/theme.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSysInfo>
#include <QToolButton>
#include <QVBoxLayout>

namespace helpline {

namespace {

QLabel *problemLabel(const char *name)
{
    auto *label = new QLabel;
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = label->font();
    bold.setWeight(QFont::DemiBold);
    label->setFont(bold);
    label->hide();
    return label;
}

QLabel *hintLabel(const char *name)
{
    auto *label = new QLabel;
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    Theme::setSecondary(label);
    return label;
}

// The pin as typed: hex, perhaps in pairs separated by colons or spaces (as tools print it).
QByteArray pinBytes(const QString &typed, bool *ok)
{
    QString hex = typed;
    hex.remove(QRegularExpression(QStringLiteral("[\\s:]")));
    static const QRegularExpression hex64(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    *ok = hex.isEmpty() || hex64.match(hex).hasMatch();
    return *ok ? QByteArray::fromHex(hex.toLatin1()) : QByteArray();
}

} // namespace

ConnectDeskForm::ConnectDeskForm(QWidget *parent)
    : QWidget(parent)
    , m_serverLabel(new QLabel)
    , m_server(new QLineEdit)
    , m_serverProblem(problemLabel("serverAddressProblemLabel"))
    , m_codeLabel(new QLabel)
    , m_code(new QLineEdit)
    , m_codeHint(hintLabel("enrolmentCodeHint"))
    , m_codeProblem(problemLabel("enrolmentCodeProblemLabel"))
    , m_deskNameLabel(new QLabel)
    , m_deskName(new QLineEdit)
    , m_accountNote(hintLabel("serverAccountNote"))
    , m_usernameLabel(new QLabel)
    , m_username(new QLineEdit)
    , m_usernameProblem(problemLabel("serverUsernameProblemLabel"))
    , m_passwordLabel(new QLabel)
    , m_password(new QLineEdit)
    , m_passwordProblem(problemLabel("serverPasswordProblemLabel"))
    , m_advancedButton(new QToolButton)
    , m_advanced(new QWidget)
    , m_advancedNote(hintLabel("advancedNote"))
    , m_caFileLabel(new QLabel)
    , m_caFile(new QLineEdit)
    , m_chooseCaFile(new QPushButton)
    , m_caFileProblem(problemLabel("caFileProblemLabel"))
    , m_pinLabel(new QLabel)
    , m_pin(new QLineEdit)
    , m_pinProblem(problemLabel("pinnedKeyProblemLabel"))
{
    setObjectName(QStringLiteral("connectDeskForm"));
    m_server->setObjectName(QStringLiteral("serverAddressEdit"));
    m_server->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_code->setObjectName(QStringLiteral("enrolmentCodeEdit"));
    m_code->setMaxLength(64);
    m_code->setInputMethodHints(Qt::ImhPreferUppercase | Qt::ImhNoPredictiveText);
    m_deskName->setObjectName(QStringLiteral("deskNameEdit"));
    m_deskName->setMaxLength(100);
    // A name admins recognise in the server's list of desks; they may type a better one.
    m_deskName->setText(QSysInfo::machineHostName());
    m_username->setObjectName(QStringLiteral("serverUsernameEdit"));
    m_username->setMaxLength(64);
    m_username->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_password->setObjectName(QStringLiteral("serverPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                    Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_advancedButton->setObjectName(QStringLiteral("advancedButton"));
    m_advancedButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedButton->setAutoRaise(true);
    m_advancedButton->setMinimumHeight(Theme::minTargetHeight);
    m_advanced->setObjectName(QStringLiteral("advancedSettings"));
    m_caFile->setObjectName(QStringLiteral("caFileEdit"));
    m_chooseCaFile->setObjectName(QStringLiteral("chooseCaFileButton"));
    m_chooseCaFile->setAutoDefault(false);
    m_pin->setObjectName(QStringLiteral("pinnedKeyEdit"));
    m_pin->setMaxLength(200);

    m_serverLabel->setBuddy(m_server);
    m_codeLabel->setBuddy(m_code);
    m_deskNameLabel->setBuddy(m_deskName);
    m_usernameLabel->setBuddy(m_username);
    m_passwordLabel->setBuddy(m_password);
    m_caFileLabel->setBuddy(m_caFile);
    m_pinLabel->setBuddy(m_pin);

    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_chooseCaFile);
    auto *advancedForm = new QFormLayout(m_advanced);
    advancedForm->setContentsMargins(Theme::spaceL, 0, 0, 0);
    advancedForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
    advancedForm->setVerticalSpacing(Theme::spaceS);
    advancedForm->addRow(m_advancedNote);
    advancedForm->addRow(m_caFileLabel, caRow);
    advancedForm->addRow(m_caFileProblem);
    advancedForm->addRow(m_pinLabel, m_pin);
    advancedForm->addRow(m_pinProblem);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->setVerticalSpacing(Theme::spaceS);
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_serverProblem);
    form->addRow(m_codeLabel, m_code);
    form->addRow(m_codeProblem);
    form->addRow(m_codeHint);
    form->addRow(m_deskNameLabel, m_deskName);
    form->addItem(new QSpacerItem(0, Theme::spaceM));
    form->addRow(m_accountNote);
    form->addRow(m_usernameLabel, m_username);
    form->addRow(m_usernameProblem);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_passwordProblem);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Theme::spaceS);
    layout->addLayout(form);
    layout->addWidget(m_advancedButton, 0, Qt::AlignLeft);
    layout->addWidget(m_advanced);
    setAdvancedShown(false);

    setTabOrder(m_server, m_code);
    setTabOrder(m_code, m_deskName);
    setTabOrder(m_deskName, m_username);
    setTabOrder(m_username, m_password);
    setTabOrder(m_password, m_advancedButton);
    setTabOrder(m_advancedButton, m_caFile);
    setTabOrder(m_caFile, m_chooseCaFile);
    setTabOrder(m_chooseCaFile, m_pin);

    for (QLineEdit *edit : {m_server, m_code, m_deskName, m_username, m_password, m_caFile, m_pin})
        connect(edit, &QLineEdit::returnPressed, this, &ConnectDeskForm::submitted);
    // Said as soon as the address is left, not only at the end.
    connect(m_server, &QLineEdit::editingFinished, this, &ConnectDeskForm::checkServer);
    connect(m_server, &QLineEdit::textEdited, this,
            [this] { showProblem(m_serverProblem, QString()); });
    // Not a checkable button: a pressed-in look would read as "switched on", not "opened".
    connect(m_advancedButton, &QToolButton::clicked, this,
            [this] { setAdvancedShown(m_advanced->isHidden()); });
    connect(m_chooseCaFile, &QPushButton::clicked, this, &ConnectDeskForm::chooseCaFile);
    retranslate();
}

QUrl ConnectDeskForm::serverUrl(const QString &typed)
{
    QString text = typed.trimmed();
    if (!text.isEmpty() && !text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("https://"));
    return QUrl(text, QUrl::StrictMode);
}

QString ConnectDeskForm::serverProblem() const
{
    return m_serverProblem->isHidden() ? QString() : m_serverProblem->text();
}

QString ConnectDeskForm::password() const
{
    return m_password->text();
}

void ConnectDeskForm::showProblem(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void ConnectDeskForm::checkServer()
{
    if (m_server->text().trimmed().isEmpty() || m_unfinished)
        return;
    showProblem(m_serverProblem, SyncClient::checkServerUrl(serverUrl(m_server->text())));
}

std::optional<ConnectDeskForm::Values> ConnectDeskForm::validate()
{
    QWidget *first = nullptr;
    auto check = [&first](QLabel *label, QWidget *field, const QString &problem) {
        showProblem(label, problem);
        if (!problem.isEmpty() && !first)
            first = field;
    };
    Values values;
    values.desk.server = serverUrl(m_server->text());
    check(m_serverProblem, m_server,
          m_server->text().trimmed().isEmpty()
              ? tr("Type the helpline server's address, for example "
                   "https://helpline.example.org:8443.")
              : SyncClient::checkServerUrl(values.desk.server));
    values.code = m_code->text().trimmed();
    check(m_codeProblem, m_code,
          values.code.isEmpty() && !m_unfinished
              ? tr("Type the enrolment code an administrator gave you.")
              : QString());
    values.desk.deviceName = m_deskName->text().trimmed();
    values.username = m_username->text().trimmed();
    check(m_usernameProblem, m_username,
          values.username.isEmpty() ? tr("Type your user name on the helpline server.")
                                    : QString());
    check(m_passwordProblem, m_password,
          m_password->text().isEmpty() ? tr("Type your password on the helpline server.")
                                       : QString());

    values.desk.caFile = QDir::fromNativeSeparators(m_caFile->text().trimmed());
    const QFileInfo ca(values.desk.caFile);
    check(m_caFileProblem, m_caFile,
          values.desk.caFile.isEmpty() || (ca.isFile() && ca.isReadable())
              ? QString()
              : tr("There is no readable file at %1.").arg(m_caFile->text().trimmed()));
    bool pinOk = false;
    values.desk.pinnedKeySha256 = pinBytes(m_pin->text(), &pinOk);
    check(m_pinProblem, m_pin,
          pinOk ? QString()
                : tr("The key's SHA-256 is 64 hexadecimal characters (0-9, a-f); colons or "
                     "spaces may separate them."));
    if (!m_caFileProblem->isHidden() || !m_pinProblem->isHidden())
        setAdvancedShown(true);
    if (first) {
        first->setFocus(Qt::OtherFocusReason);
        return std::nullopt;
    }
    return values;
}

void ConnectDeskForm::setUnfinishedEnrolment(const std::optional<DeskIdentity> &desk)
{
    m_unfinished = desk.has_value();
    if (desk) {
        m_server->setText(desk->server.toString());
        m_deskName->setText(desk->deviceName);
        m_caFile->setText(QDir::toNativeSeparators(desk->caFile));
        m_pin->setText(QString::fromLatin1(desk->pinnedKeySha256.toHex()));
        m_code->clear();
        showProblem(m_serverProblem, QString());
        showProblem(m_codeProblem, QString());
    }
    // What the server already knows of this desk is not typed again.
    for (QLineEdit *edit : {m_server, m_deskName, m_caFile, m_pin})
        edit->setReadOnly(m_unfinished);
    m_code->setEnabled(!m_unfinished);
    m_chooseCaFile->setEnabled(!m_unfinished);
    retranslate();
}

void ConnectDeskForm::setBusy(bool busy)
{
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_server, m_code, m_deskName, m_username, m_password,
                                          m_advancedButton, m_caFile, m_chooseCaFile, m_pin})
        w->setEnabled(!busy);
    if (!busy) {
        m_code->setEnabled(!m_unfinished);
        m_chooseCaFile->setEnabled(!m_unfinished);
    }
}

void ConnectDeskForm::focusFor(const QString &serverErrorCode, bool addressProblem)
{
    QLineEdit *field = nullptr;
    if (serverErrorCode == QLatin1String("invalid_code") && !m_unfinished)
        field = m_code;
    else if (serverErrorCode == QLatin1String("wrong_credentials") ||
             serverErrorCode == QLatin1String("throttled") ||
             serverErrorCode == QLatin1String("locked"))
        field = m_password;
    else if (addressProblem && !m_unfinished)
        field = m_server;
    if (!field) {
        focusFirst();
        return;
    }
    field->setFocus(Qt::OtherFocusReason);
    field->selectAll();
}

void ConnectDeskForm::focusFirst()
{
    for (QLineEdit *edit : {m_server, m_code, m_username, m_password}) {
        if (edit->isEnabled() && !edit->isReadOnly() && edit->text().isEmpty()) {
            edit->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    m_password->setFocus(Qt::OtherFocusReason);
}

void ConnectDeskForm::setAdvancedShown(bool shown)
{
    m_advanced->setVisible(shown);
    m_advancedButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_advancedButton->setAccessibleDescription(shown ? tr("The advanced settings are shown.")
                                                     : tr("The advanced settings are hidden."));
}

void ConnectDeskForm::chooseCaFile()
{
    // open(), not exec(): no nested event loop.
    auto *dialog = new QFileDialog(this, tr("Choose the certificate authority's file (PEM)"));
    dialog->setObjectName(QStringLiteral("caFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Certificates (*.pem *.crt *.cer)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &chosen) {
        if (!chosen.isEmpty())
            m_caFile->setText(QDir::toNativeSeparators(chosen));
    });
    dialog->open();
}

void ConnectDeskForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConnectDeskForm::retranslate()
{
    m_serverLabel->setText(tr("Server &address"));
    m_server->setAccessibleName(tr("Server address"));
    m_server->setPlaceholderText(tr("https://helpline.example.org:8443"));
    m_codeLabel->setText(tr("&Enrolment code"));
    m_code->setAccessibleName(tr("Enrolment code"));
    m_code->setPlaceholderText(m_unfinished ? QString() : tr("For example 7KQ4-MNPX-29HD"));
    // Only for an unfinished enrolment: the choice above already says where a code comes from.
    m_codeHint->setText(tr("Not needed again: this desk is enrolled already. Sign in with your "
                           "server account to finish setting it up."));
    m_codeHint->setVisible(m_unfinished);
    m_deskNameLabel->setText(tr("&Desk name"));
    m_deskName->setAccessibleName(tr("Desk name"));
    m_deskName->setToolTip(tr("How administrators see this desk in the server's list of desks."));
    m_accountNote->setText(tr("Then your own account on the helpline server:"));
    m_usernameLabel->setText(tr("&User name"));
    m_username->setAccessibleName(tr("User name on the helpline server"));
    m_passwordLabel->setText(tr("&Password"));
    m_password->setAccessibleName(tr("Password on the helpline server"));
    m_advancedButton->setText(tr("Ad&vanced: how this desk trusts the server"));
    m_advancedNote->setText(tr("Only when the server's certificate is not signed by an "
                               "authority this computer trusts. The helpline's IT person gives "
                               "you one of these."));
    m_caFileLabel->setText(tr("Certificate authority &file (PEM)"));
    m_caFile->setAccessibleName(tr("Certificate authority file"));
    m_chooseCaFile->setText(tr("&Browse…"));
    m_chooseCaFile->setAccessibleName(tr("Choose the certificate authority file"));
    m_pinLabel->setText(tr("Pinned server &key (SHA-256, hexadecimal)"));
    m_pin->setAccessibleName(tr("Pinned server key"));
}

} // namespace helpline
