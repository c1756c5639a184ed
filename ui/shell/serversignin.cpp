#include "ui/shell/serversignin.h"

#include "core/domain/role.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QThread>

#include <algorithm>

namespace helpline {

Q_LOGGING_CATEGORY(lcServerSignIn, "helpline.ui.server")

QString ServerSignIn::plainMessage(const SyncError &error)
{
    const QString &code = error.code;
    if (code == QLatin1String("invalid_code"))
        return tr("The enrolment code is not valid: it may be mistyped, used already or expired. "
                  "Ask an admin for a new one.");
    if (code == QLatin1String("wrong_credentials"))
        return tr("The user name or the password is not right (the helpline server checked "
                  "them).");
    if (code == QLatin1String("locked"))
        return tr("The helpline server has locked this account's sign-in after too many wrong "
                  "passwords. An admin can unlock it by resetting the password.");
    if (code == QLatin1String("throttled")) {
        const int seconds = int(std::max<qint64>(1, (error.retryAfterMs + 999) / 1000));
        return tr("The helpline server had too many wrong passwords for this account. Try again "
                  "in %n second(s).",
                  nullptr, seconds);
    }
    if (code == QLatin1String("device_revoked"))
        return tr("This desk is not enrolled with the helpline server (an admin may have revoked "
                  "it). Ask an admin for a new enrolment code.");
    if (error.kind == SyncError::Kind::ServerBusy && error.httpStatus >= 500)
        return tr("The helpline server has a problem (HTTP %1). Try again in a few minutes.")
            .arg(error.httpStatus);
    return error.message;
}

ServerSignIn::ServerSignIn(QNetworkAccessManager *network, Clock *clock, KdfParams kdf,
                           QObject *parent)
    : QObject(parent)
    , m_ownNetwork(network ? nullptr : std::make_unique<QNetworkAccessManager>())
    , m_network(network ? network : m_ownNetwork.get())
    , m_clock(clock)
    , m_kdf(kdf)
    , m_setup(std::make_unique<DeskSetup>(*m_network, clock))
{
}

ServerSignIn::~ServerSignIn()
{
    if (m_calibration) {
        m_calibration->disconnect(this);
        m_calibration->wait();
        delete m_calibration;
    }
    // Calls in flight end here without their callbacks (SyncClient's destructor).
    m_setup.reset();
}

void ServerSignIn::run(Step step, Done done)
{
    m_busy = true;
    // The answer always arrives from the event loop: DeskSetup answers a setup problem from
    // inside the call, before the screen that asked has shown that it is waiting.
    Done finish = [this, done](DeskSetupResult result) {
        auto shared = std::make_shared<DeskSetupResult>(std::move(result));
        QMetaObject::invokeMethod(
            this,
            [this, done, shared] {
                m_busy = false;
                done(std::move(*shared));
            },
            Qt::QueuedConnection);
    };
    if (m_kdf.isValid()) {
        step(m_kdf, finish);
        return;
    }
    // The password's key derivation is measured once per run, off the GUI thread: it takes a
    // second or two and the screen must keep showing that it is working.
    auto calibrated = std::make_shared<KdfParams>();
    m_calibration = QThread::create([calibrated] { *calibrated = KdfParams::calibrate(); });
    connect(m_calibration, &QThread::finished, this, [this, calibrated, step, finish] {
        m_calibration->deleteLater();
        m_calibration = nullptr;
        m_kdf = *calibrated;
        step(m_kdf, finish);
    });
    m_calibration->start();
}

void ServerSignIn::enrol(const QString &directory, DeskIdentity desk, const QString &code,
                         const QString &username, SecureBytes password, Done done)
{
    auto shared = std::make_shared<SecureBytes>(std::move(password));
    run(
        [this, directory, desk, code, username, shared](const KdfParams &kdf, Done finish) {
            m_setup->enrol(directory, desk, code, username, std::move(*shared), kdf, finish);
        },
        std::move(done));
}

void ServerSignIn::signIn(const QString &directory, const DeskIdentity &desk,
                          const QString &username, SecureBytes password, Done done)
{
    auto shared = std::make_shared<SecureBytes>(std::move(password));
    run(
        [this, directory, desk, username, shared](const KdfParams &kdf, Done finish) {
            m_setup->signInThroughServer(directory, desk, username, std::move(*shared), kdf,
                                         finish);
        },
        std::move(done));
}

void ServerSignIn::finishEnrolment(const QString &directory, const DeskIdentity &desk,
                                   const QString &username, SecureBytes password, Done done)
{
    auto shared = std::make_shared<SecureBytes>(std::move(password));
    run(
        [this, directory, desk, username, shared](const KdfParams &kdf, Done finish) {
            m_setup->finishEnrolment(directory, desk, username, std::move(*shared), kdf, finish);
        },
        std::move(done));
}

} // namespace helpline
