// Shared main for tests that need only QtCore: a QCoreApplication, test mode for standard paths
// (tests never touch a real user's settings or data), then Catch2.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QStandardPaths>

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
