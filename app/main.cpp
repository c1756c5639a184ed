#include "core/security/processhardening.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    helpline::hardenProcess();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("helpline-workstation"));
    QApplication::setApplicationDisplayName(QStringLiteral("Helpline Workstation"));
    QApplication::setOrganizationName(QStringLiteral("Helpline"));
    QApplication::setApplicationVersion(QStringLiteral(HELPLINE_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("helpline"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    helpline::MainWindow window;
    window.show();
    return QApplication::exec();
}
