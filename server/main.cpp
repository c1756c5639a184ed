#include "core/security/processhardening.h"
#include "server/cli/commandline.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    // No core dumps: a crashed server's memory holds tokens and escrow keys.
    helpline::hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("helpline-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HELPLINE_SERVER_VERSION));
    qSetMessagePattern(QStringLiteral(
        "%{time yyyy-MM-ddThh:mm:ss.zzz} %{if-category}%{category} %{endif}%{type}: %{message}"));
    // Debug lines are for developers; QT_LOGGING_RULES still switches them on.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false"));
    return helpline::server::runCommandLine(QCoreApplication::arguments());
}
