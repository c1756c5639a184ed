#include "ui/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace helpline {

QStringList supportedLanguages()
{
    return {QStringLiteral("az"), QStringLiteral("ru"), QStringLiteral("en")};
}

QLocale interfaceLocale(const QString &language)
{
    if (language == QLatin1String("az"))
        return QLocale(QLocale::Azerbaijani, QLocale::LatinScript, QLocale::Azerbaijan);
    if (language == QLatin1String("ru"))
        return QLocale(QLocale::Russian, QLocale::Russia);
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

void applyInterfaceLanguage(const QString &language)
{
    const QLocale locale = interfaceLocale(language);
    QLocale::setDefault(locale);
    installTranslations(locale);
}

bool installTranslations(const QLocale &locale)
{
    static QTranslator *ours = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator **t : {&ours, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    const QString language = locale.name().section(u'_', 0, 0);
    if (language == QLatin1String("en"))
        return true;
    if (!supportedLanguages().contains(language))
        return false;
    ours = new QTranslator(QCoreApplication::instance());
    if (!ours->load(QStringLiteral(":/i18n/helpline_%1.qm").arg(language))) {
        delete ours;
        ours = nullptr;
        return false;
    }
    QCoreApplication::installTranslator(ours);
    qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return true;
}

} // namespace helpline
