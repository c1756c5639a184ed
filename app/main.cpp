#include "core/security/processhardening.h"
#include "core/settings/settings.h"
#include "ui/mainwindow.h"
#include "ui/shell/appcontroller.h"
#include "ui/shell/theme.h"
#include "ui/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lcApp, "helpline.app")
} // namespace

int main(int argc, char *argv[])
{
    // No core dumps or ptrace in release builds: before any key or case data exists.
    helpline::hardenProcess();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("helpline-workstation"));
    QApplication::setApplicationDisplayName(QStringLiteral("Helpline Workstation"));
    QApplication::setOrganizationName(QStringLiteral("Helpline"));
    QApplication::setApplicationVersion(QStringLiteral(HELPLINE_VERSION));
    // Wayland matches the window to the desktop entry (and its icon) by this id.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.helpline.Workstation"));

    helpline::Settings settings;
    helpline::applyInterfaceLanguage(settings.interfaceLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "helpline::main", "Counsellor and supervisor workstation for child helplines."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption storeOption(
        QStringLiteral("store"),
        QCoreApplication::translate("helpline::main",
                                    "Use the case store in <folder> instead of the configured one "
                                    "(demonstrations, tests). Also: HELPLINE_STORE."),
        QCoreApplication::translate("helpline::main", "folder"));
    parser.addOption(storeOption);
    parser.process(app);

    helpline::Theme::apply(settings.theme());

    helpline::AppController::Options options;
    QString store = parser.value(storeOption);
    if (store.isEmpty())
        store = qEnvironmentVariable("HELPLINE_STORE");
    if (!store.isEmpty()) {
        options.storeDirectory = QDir(store).absolutePath();
        options.storeDirectoryFixed = true;
    }
    helpline::AppController controller(settings, options);
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &controller,
                     &helpline::AppController::shutdown);
    QObject::connect(&controller.window(), &helpline::MainWindow::quitRequested, &app,
                     &QCoreApplication::quit, Qt::QueuedConnection);
    controller.start();
    controller.window().show();
    qCInfo(lcApp) << "started; store folder fixed:" << options.storeDirectoryFixed;
    return QApplication::exec();
}
