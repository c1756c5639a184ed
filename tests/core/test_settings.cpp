#include <catch2/catch.hpp>

#include "core/settings/settings.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace helpline;

TEST_CASE("settings have declared defaults", "[settings]")
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("workstation.ini")));
    CHECK(settings.idleLockMinutes() == 5);
    CHECK(settings.theme() == QStringLiteral("system"));
    CHECK(settings.lastAccountId().isEmpty());
    CHECK(settings.storeDirectory() == defaultStoreDirectory());
    CHECK(settings.storeDirectory().startsWith(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    const QString language = settings.interfaceLanguage();
    CHECK((language == QLatin1String("az") || language == QLatin1String("ru") ||
           language == QLatin1String("en")));
    CHECK(language == systemInterfaceLanguage());
}

TEST_CASE("tests never touch the real settings file", "[settings]")
{
    REQUIRE(QStandardPaths::isTestModeEnabled());
    CHECK(Settings::defaultFilePath().contains(QStringLiteral("qttest")));
}

TEST_CASE("settings are written and read back", "[settings]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("workstation.ini"));
    {
        Settings settings(path);
        CHECK(settings.setValue(Setting::IdleLockMinutes, 12));
        CHECK(settings.setValue(Setting::InterfaceLanguage, QStringLiteral("az")));
        CHECK(settings.setValue(Setting::StoreDirectory, dir.filePath(QStringLiteral("store"))));
        CHECK(settings.setValue(Setting::LastAccountId,
                                QStringLiteral("01900000-0000-7000-8000-000000000001")));
        CHECK(settings.sync());
    }
    Settings again(path);
    CHECK(again.idleLockMinutes() == 12);
    CHECK(again.interfaceLanguage() == QStringLiteral("az"));
    CHECK(again.storeDirectory() == dir.filePath(QStringLiteral("store")));
    CHECK(again.lastAccountId() == QStringLiteral("01900000-0000-7000-8000-000000000001"));
    again.reset(Setting::IdleLockMinutes);
    CHECK(again.idleLockMinutes() == 5);
}

TEST_CASE("invalid setting values are refused and hand edits ignored", "[settings]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("workstation.ini"));
    Settings settings(path);
    CHECK_FALSE(settings.setValue(Setting::IdleLockMinutes, 0));
    CHECK_FALSE(settings.setValue(Setting::IdleLockMinutes, 61));
    CHECK_FALSE(settings.setValue(Setting::IdleLockMinutes, QStringLiteral("soon")));
    CHECK_FALSE(settings.setValue(Setting::ReferralWaitDays, 0));
    CHECK_FALSE(settings.setValue(Setting::ReferralWaitDays, 91));
    CHECK(settings.referralWaitDays() == 7);
    CHECK(settings.setValue(Setting::ReferralWaitDays, 14));
    CHECK(settings.referralWaitDays() == 14);
    settings.reset(Setting::ReferralWaitDays);
    CHECK_FALSE(settings.setValue(Setting::InterfaceLanguage, QStringLiteral("fr")));
    CHECK_FALSE(settings.setValue(Setting::Theme, QStringLiteral("purple")));
    CHECK_FALSE(settings.setValue(Setting::StoreDirectory, QStringLiteral("relative/path")));
    CHECK_FALSE(settings.setValue(Setting::LastAccountId, QStringLiteral("Aysel Məmmədova")));
    CHECK(settings.idleLockMinutes() == 5);
    CHECK(settings.sync());

    {
        QSettings raw(path, QSettings::IniFormat);
        raw.setValue(Settings::key(Setting::IdleLockMinutes), 100000);
        raw.setValue(Settings::key(Setting::InterfaceLanguage), QStringLiteral("klingon"));
        raw.sync();
    }
    Settings edited(path);
    CHECK(edited.idleLockMinutes() == 5);
    CHECK(edited.interfaceLanguage() == systemInterfaceLanguage());
}

TEST_CASE("only an administrator changes the idle lock and the store location", "[settings]")
{
    CHECK(Settings::canChange(Setting::IdleLockMinutes, Role::Admin));
    CHECK_FALSE(Settings::canChange(Setting::IdleLockMinutes, Role::Counsellor));
    CHECK_FALSE(Settings::canChange(Setting::IdleLockMinutes, Role::Supervisor));
    CHECK_FALSE(Settings::canChange(Setting::StoreDirectory, Role::Counsellor));
    CHECK_FALSE(Settings::canChange(Setting::ReferralWaitDays, Role::Supervisor));
    CHECK(Settings::canChange(Setting::ReferralWaitDays, Role::Admin));
    CHECK(Settings::canChange(Setting::InterfaceLanguage, Role::Counsellor));
    CHECK(Settings::canChange(Setting::Theme, Role::Counsellor));
}
