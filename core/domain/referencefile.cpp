#include "core/domain/referencefile.h"

#include "core/text/azfold.h"
#include <QCoreApplication>

#include <QJsonDocument>

#include <limits>

namespace helpline {

StoreError referenceFileError(const QString &message, const QString &where)
{
    return StoreError::make(StoreError::Code::Validation, message, where);
}

QStringList referenceLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("az"), QStringLiteral("ru")};
}

QString referenceLanguageName(const QString &language)
{
    if (language == u"en")
        return QCoreApplication::translate("helpline::ReferenceFile", "English (en)");
    if (language == u"az")
        return QCoreApplication::translate("helpline::ReferenceFile", "Azerbaijani (az)");
    if (language == u"ru")
        return QCoreApplication::translate("helpline::ReferenceFile", "Russian (ru)");
    return language;
}

QString baseLanguage(const QString &language)
{
    return language.section(u'_', 0, 0).section(u'-', 0, 0).toLower();
}

QString normaliseAzerbaijani(QString text)
{
    text.replace(QChar(0x04D9), QChar(0x0259));
    text.replace(QChar(0x04D8), QChar(0x018F));
    return text;
}

std::optional<StoreError> readLanguageMap(const QJsonObject &object, const QString &key,
                                          const QString &where, QMap<QString, QString> &out,
                                          const QString &noMap, const QString &missingLanguage)
{
    const QJsonValue value = object.value(key);
    if (!value.isObject())
        return referenceFileError(noMap, where);
    const QJsonObject map = value.toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QString language = baseLanguage(it.key());
        QString text = it.value().toString().trimmed();
        if (language == u"az")
            text = normaliseAzerbaijani(text);
        if (!text.isEmpty())
            out.insert(language, text);
    }
    for (const QString &language : referenceLanguages())
        if (out.value(language).isEmpty())
            return referenceFileError(missingLanguage.arg(referenceLanguageName(language)),
                                      where + u'.' + key + u'.' + language);
    return std::nullopt;
}

QString normaliseForSearch(const QString &text)
{
    return text::searchTerms(text).join(u' ');
}

int searchMatchRank(const QString &haystack, const QString &query, const QStringList &terms)
{
    qsizetype at = haystack.indexOf(query);
    if (at == 0)
        return haystack.size() == query.size() ? 0 : 1;
    if (at > 0) {
        for (; at > 0; at = haystack.indexOf(query, at + 1))
            if (haystack.at(at - 1) == u' ')
                return 2;
        return 3;
    }
    if (terms.size() < 2)
        return -1;
    for (const QString &term : terms)
        if (!haystack.contains(term))
            return -1;
    return 4;
}

Outcome<ReferenceFile> readReferenceFile(const QByteArray &json, const QString &format,
                                         const QString &fileLabel)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return referenceFileError(
            QCoreApplication::translate("helpline::ReferenceFile",
                                        "%1 is not valid JSON: %2 (at byte %3).")
                .arg(fileLabel, parseError.errorString())
                .arg(parseError.offset));
    if (!document.isObject())
        return referenceFileError(
            QCoreApplication::translate("helpline::ReferenceFile", "%1 is not a JSON object.")
                .arg(fileLabel));
    ReferenceFile file;
    file.root = document.object();
    const QString actual = file.root.value(QStringLiteral("format")).toString();
    if (actual != format)
        return referenceFileError(
            QCoreApplication::translate("helpline::ReferenceFile",
                                        "%1 has the wrong format: \"%2\" instead of \"%3\".")
                .arg(fileLabel, actual, format),
            QStringLiteral("format"));
    const QJsonValue version = file.root.value(QStringLiteral("version"));
    const double number = version.toDouble(-1);
    if (!version.isDouble() || number < 1 || number > std::numeric_limits<int>::max() ||
        number != static_cast<int>(number))
        return referenceFileError(
            QCoreApplication::translate(
                "helpline::ReferenceFile",
                "%1 has no valid version: it must be a whole number of 1 or more.")
                .arg(fileLabel),
            QStringLiteral("version"));
    file.version = static_cast<int>(number);
    return file;
}

} // namespace helpline
