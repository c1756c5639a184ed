#include "core/settings/settings.h"

#include <QDir>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>
#include <QStringList>

#include <functional>

namespace helpline {

Q_LOGGING_CATEGORY(lcSettings, "helpline.settings")

namespace {

// One row per setting: the key in the file, the type, the default and what is allowed.
struct SettingSpec {
    Setting setting;
    const char *key;
    QMetaType::Type type;
    std::function<QVariant()> defaultValue;
    std::function<bool(const QVariant &)> isAllowed;
    bool adminOnly;
};

bool isOneOf(const QVariant &value, const QStringList &allowed)
{
    return allowed.contains(value.toString());
}

const QList<SettingSpec> &specs()
{
    static const QList<SettingSpec> table = {
        {Setting::StoreDirectory, "store/directory", QMetaType::QString,
         [] { return QVariant(defaultStoreDirectory()); },
         [](const QVariant &v) { return QDir::isAbsolutePath(v.toString()); }, true},
        {Setting::IdleLockMinutes, "security/idleLockMinutes", QMetaType::Int,
         [] { return QVariant(5); },
         [](const QVariant &v) {
             bool ok = false;
             const int minutes = v.toInt(&ok);
             return ok && minutes >= Settings::minIdleLockMinutes &&
                    minutes <= Settings::maxIdleLockMinutes;
         },
         true},
        {Setting::ReferralWaitDays, "referrals/waitDays", QMetaType::Int,
         [] { return QVariant(7); },
         [](const QVariant &v) {
             bool ok = false;
             const int days = v.toInt(&ok);
             return ok && days >= Settings::minReferralWaitDays &&
                    days <= Settings::maxReferralWaitDays;
         },
         true},
        {Setting::ClosureNeedsApproval, "review/closureNeedsApproval", QMetaType::Bool,
         [] { return QVariant(true); },
         [](const QVariant &v) { return v.typeId() == QMetaType::Bool; }, true},
        {Setting::NewCounsellorWeeks, "review/newCounsellorWeeks", QMetaType::Int,
         [] { return QVariant(4); },
         [](const QVariant &v) {
             bool ok = false;
             const int weeks = v.toInt(&ok);
             return ok && weeks >= 0 && weeks <= ReviewRules::maxNewCounsellorWeeks;
         },
         true},
        {Setting::InterfaceLanguage, "interface/language", QMetaType::QString,
         [] { return QVariant(systemInterfaceLanguage()); },
         [](const QVariant &v) {
             return isOneOf(v, {QStringLiteral("az"), QStringLiteral("ru"), QStringLiteral("en")});
         },
         false},
        {Setting::Theme, "interface/theme", QMetaType::QString,
         [] { return QVariant(QStringLiteral("system")); },
         [](const QVariant &v) {
             return isOneOf(
                 v, {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")});
         },
         false},
        {Setting::LastAccountId, "signIn/lastAccountId", QMetaType::QString,
         [] { return QVariant(QString()); },
         [](const QVariant &v) {
             const QString id = v.toString();
             // An account id (a UUID), never a name.
             return id.isEmpty() || (id.size() == 36 && id.count(u'-') == 4);
         },
         false},
    };
    return table;
}

const SettingSpec &spec(Setting setting)
{
    for (const SettingSpec &s : specs())
        if (s.setting == setting)
            return s;
    Q_UNREACHABLE();
}

QVariant converted(const SettingSpec &s, const QVariant &value)
{
    QVariant result = value;
    if (!result.isValid() || !result.convert(QMetaType(s.type)))
        return {};
    return result;
}

} // namespace

Settings::Settings(const QString &filePath)
    : m_settings(std::make_unique<QSettings>(filePath, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QString Settings::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/workstation.ini");
}

QString Settings::filePath() const
{
    return m_settings->fileName();
}

QString Settings::key(Setting setting)
{
    return QString::fromLatin1(spec(setting).key);
}

QVariant Settings::defaultValue(Setting setting) const
{
    return spec(setting).defaultValue();
}

bool Settings::isValid(Setting setting, const QVariant &value) const
{
    const SettingSpec &s = spec(setting);
    const QVariant v = converted(s, value);
    return v.isValid() && s.isAllowed(v);
}

QVariant Settings::value(Setting setting) const
{
    const SettingSpec &s = spec(setting);
    const QVariant stored = m_settings->value(QString::fromLatin1(s.key));
    if (stored.isValid()) {
        const QVariant v = converted(s, stored);
        if (v.isValid() && s.isAllowed(v))
            return v;
        qCWarning(lcSettings) << "ignoring an invalid value of" << s.key;
    }
    return s.defaultValue();
}

bool Settings::setValue(Setting setting, const QVariant &value)
{
    const SettingSpec &s = spec(setting);
    const QVariant v = converted(s, value);
    if (!v.isValid() || !s.isAllowed(v))
        return false;
    m_settings->setValue(QString::fromLatin1(s.key), v);
    return true;
}

void Settings::reset(Setting setting)
{
    m_settings->remove(key(setting));
}

bool Settings::canChange(Setting setting, Role role)
{
    return !spec(setting).adminOnly || role == Role::Admin;
}

bool Settings::sync()
{
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

QString Settings::storeDirectory() const
{
    return value(Setting::StoreDirectory).toString();
}

int Settings::idleLockMinutes() const
{
    return value(Setting::IdleLockMinutes).toInt();
}

ReviewRules Settings::reviewRules() const
{
    ReviewRules rules;
    rules.closureNeedsApproval = value(Setting::ClosureNeedsApproval).toBool();
    rules.newCounsellorWeeks = value(Setting::NewCounsellorWeeks).toInt();
    return rules;
}

int Settings::referralWaitDays() const
{
    return value(Setting::ReferralWaitDays).toInt();
}

QString Settings::interfaceLanguage() const
{
    return value(Setting::InterfaceLanguage).toString();
}

QString Settings::theme() const
{
    return value(Setting::Theme).toString();
}

QString Settings::lastAccountId() const
{
    return value(Setting::LastAccountId).toString();
}

QString defaultStoreDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/store");
}

QString systemInterfaceLanguage()
{
    switch (QLocale::system().language()) {
    case QLocale::Azerbaijani:
        return QStringLiteral("az");
    case QLocale::Russian:
        return QStringLiteral("ru");
    default:
        return QStringLiteral("en");
    }
}

} // namespace helpline
