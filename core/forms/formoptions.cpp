#include "core/forms/formoptions.h"

#include "core/domain/codes.h"

#include <QCoreApplication>

namespace helpline::formoptions {

namespace {

const CodeList *codeList(const QString &name)
{
    if (name == u"channels")
        return &codes::channels();
    if (name == u"callTypes")
        return &codes::callTypes();
    if (name == u"nonCounsellingTypes")
        return &codes::nonCounsellingTypes();
    if (name == u"genders")
        return &codes::genders();
    if (name == u"callerRelationships")
        return &codes::callerRelationships();
    if (name == u"referralUrgencies")
        return &codes::referralUrgencies();
    if (name == u"referralMethods")
        return &codes::referralMethods();
    return nullptr;
}

} // namespace

QStringList listNames()
{
    return {QStringLiteral("channels"),
            QStringLiteral("callTypes"),
            QStringLiteral("nonCounsellingTypes"),
            QStringLiteral("genders"),
            QStringLiteral("callerRelationships"),
            QStringLiteral("childAges"),
            QStringLiteral("languages"),
            QStringLiteral("referralUrgencies"),
            QStringLiteral("referralMethods")};
}

bool isList(const QString &name)
{
    return listNames().contains(name);
}

QStringList childAgeCodes()
{
    QStringList ages{QStringLiteral("unknown"), QStringLiteral("unborn")};
    for (int age = 0; age <= 25; ++age)
        ages << QString::number(age);
    ages << QStringLiteral(">25");
    return ages;
}

QStringList languageCodes()
{
    return {QStringLiteral("az"), QStringLiteral("ru"), QStringLiteral("en"),
            QStringLiteral("other")};
}

QStringList codes(const QString &listName)
{
    if (const CodeList *list = codeList(listName))
        return list->codes();
    if (listName == u"childAges")
        return childAgeCodes();
    if (listName == u"languages")
        return languageCodes();
    return {};
}

QString label(const QString &listName, const QString &code)
{
    if (const CodeList *list = codeList(listName))
        return list->displayName(code);
    if (listName == u"childAges") {
        if (code == u"unknown")
            return QCoreApplication::translate("helpline::FormOptions", "Age not known");
        if (code == u"unborn")
            return QCoreApplication::translate("helpline::FormOptions", "Unborn");
        if (code == u">25")
            return QCoreApplication::translate("helpline::FormOptions", "Over 25");
        return code;
    }
    if (listName == u"languages") {
        if (code == u"az")
            return QCoreApplication::translate("helpline::FormOptions", "Azerbaijani");
        if (code == u"ru")
            return QCoreApplication::translate("helpline::FormOptions", "Russian");
        if (code == u"en")
            return QCoreApplication::translate("helpline::FormOptions", "English");
        if (code == u"other")
            return QCoreApplication::translate("helpline::FormOptions", "Another language");
    }
    return code;
}

} // namespace helpline::formoptions
