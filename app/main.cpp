#include "core/security/processhardening.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"

#include <QApplication>
#include <QLocale>

int main(int argc, char *argv[])
{
    helpline::hardenProcess();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("helpline-workstation"));
    QApplication::setApplicationDisplayName(QStringLiteral("Helpline Workstation"));
    QApplication::setOrganizationName(QStringLiteral("Helpline"));
    QApplication::setApplicationVersion(QStringLiteral(HELPLINE_VERSION));
    // Wayland matches the window to the desktop entry (and its icon) by this id.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.helpline.Workstation"));

    helpline::installTranslations(QLocale());

    helpline::MainWindow window;
    window.show();
    return QApplication::exec();
}
