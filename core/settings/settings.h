#pragma once

#include "core/domain/review.h"
#include "core/domain/role.h"

#include <QString>
#include <QVariant>

#include <memory>

class QSettings;

namespace helpline {

// The workstation's settings, each declared once (settings.cpp) with its type, default and
// allowed values, in the way of KeePassXC's Config key table. They are machine-local: they
// belong to this desk and are never synced. Case data never goes into settings.
enum class Setting {
    StoreDirectory,       // where the desk's case store lives
    IdleLockMinutes,      // lock after this many idle minutes (set by an administrator)
    InterfaceLanguage,    // "az", "ru" or "en"
    Theme,                // "system", "light" or "dark"
    LastAccountId,        // the account the sign-in screen selects first (an id, never a name)
    ReferralWaitDays,     // an open referral without news this long shows on Follow-ups (admin)
    ClosureNeedsApproval, // a supervisor approves every closure (admin; ReviewRules)
    NewCounsellorWeeks,   // a counsellor's contacts go to review for this many weeks (admin)
};

class Settings {
public:
    // Reads and writes the INI file at `filePath` (defaultFilePath() for the workstation; tests
    // give a file in a temporary folder).
    explicit Settings(const QString &filePath = defaultFilePath());
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    // <AppConfigLocation>/workstation.ini. Under QStandardPaths test mode this is a test folder.
    static QString defaultFilePath();
    QString filePath() const;

    // The stored value when it is valid, else the default (a hand-edited file cannot make the
    // workstation use a value outside the declared range).
    QVariant value(Setting setting) const;
    QVariant defaultValue(Setting setting) const;
    // Stores a valid value and returns true; an invalid one changes nothing and returns false.
    bool setValue(Setting setting, const QVariant &value);
    void reset(Setting setting);
    bool isValid(Setting setting, const QVariant &value) const;
    // Who may change a setting: the store location and the idle lock belong to administrators.
    static bool canChange(Setting setting, Role role);
    // Writes pending changes to disk; false when the file cannot be written.
    bool sync();

    static QString key(Setting setting);

    QString storeDirectory() const;
    int idleLockMinutes() const;
    int referralWaitDays() const;
    ReviewRules reviewRules() const;
    QString interfaceLanguage() const;
    QString theme() const;
    QString lastAccountId() const;

    static constexpr int minIdleLockMinutes = 1;
    static constexpr int maxIdleLockMinutes = 60;
    static constexpr int minReferralWaitDays = 1;
    static constexpr int maxReferralWaitDays = 90;

private:
    std::unique_ptr<QSettings> m_settings;
};

// The default store folder: <AppDataLocation>/store.
QString defaultStoreDirectory();
// The system's language when it is one of ours (az, ru, en), else English.
QString systemInterfaceLanguage();

} // namespace helpline
