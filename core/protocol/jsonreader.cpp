#include "core/protocol/jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTime>

#include <cmath>

namespace helpline {

namespace {

// The depth limit of a whole request (kMaxJsonDepth in syncmessages.h) plus the wrapping array.
constexpr int kMaxJsonTextDepth = 33;

// Unknown keys come from the client: a long one is cut in the path we echo back.
QString shownKey(const QString &key)
{
    constexpr qsizetype kMaxShown = 64;
    return key.size() <= kMaxShown ? key : key.left(kMaxShown) + QStringLiteral("…");
}

// Digits at [from, from + count) of `text` as a number, or -1 when one is not an ASCII digit.
int digitsAt(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

bool charAt(QStringView text, qsizetype at, char16_t expected)
{
    return text[at].unicode() == expected;
}

} // namespace

QString jsonPath(const QString &parent, QStringView key)
{
    if (parent.isEmpty())
        return key.toString();
    return parent + QLatin1Char('.') + key.toString();
}

QString jsonPath(const QString &parent, qsizetype index)
{
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QDateTime parseStrictUtcTime(QStringView text)
{
    // 2026-11-28T09:15:02Z or 2026-11-28T09:15:02.123Z
    if (text.size() != 20 && text.size() != 24)
        return {};
    if (!charAt(text, 4, u'-') || !charAt(text, 7, u'-') || !charAt(text, 10, u'T') ||
        !charAt(text, 13, u':') || !charAt(text, 16, u':') || !charAt(text, text.size() - 1, u'Z'))
        return {};
    int ms = 0;
    if (text.size() == 24) {
        if (!charAt(text, 19, u'.'))
            return {};
        ms = digitsAt(text, 20, 3);
    }
    const int year = digitsAt(text, 0, 4); // -1 (not digits) would be a valid year: 1 BC
    const QDate date(year, digitsAt(text, 5, 2), digitsAt(text, 8, 2));
    const int hour = digitsAt(text, 11, 2);
    const int minute = digitsAt(text, 14, 2);
    const int second = digitsAt(text, 17, 2);
    if (year < 0 || !date.isValid() || ms < 0 || !QTime::isValid(hour, minute, second, ms))
        return {};
    return QDateTime(date, QTime(hour, minute, second, ms), Qt::UTC);
}

QDate parseStrictDate(QStringView text)
{
    if (text.size() != 10 || !charAt(text, 4, u'-') || !charAt(text, 7, u'-'))
        return {};
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2);
    if (year < 0 || month < 0 || day < 0)
        return {};
    return QDate(year, month, day); // invalid for 2026-02-30 and year 0
}

JsonReader::JsonReader(const QJsonObject &object, QString path, DecodeProblems *problems)
    : m_object(object)
    , m_path(std::move(path))
    , m_problems(problems)
    , m_problemsAtStart(problems->size())
{
}

QString JsonReader::pathOf(const char *key) const
{
    return jsonPath(m_path, QString::fromLatin1(key));
}

void JsonReader::addProblem(const char *key, QLatin1String code, const QString &message)
{
    m_problems->append({pathOf(key), QString(code), message});
}

void JsonReader::wrongType(const char *key, const QString &message)
{
    addProblem(key, problemcode::kWrongType, message.arg(pathOf(key)));
}

std::optional<QJsonValue> JsonReader::take(const char *key, bool required)
{
    const QString name = QString::fromLatin1(key);
    m_read.insert(name);
    const auto it = m_object.constFind(name);
    if (it == m_object.constEnd() || it->isNull()) {
        if (required)
            addProblem(key, problemcode::kMissingField,
                       QCoreApplication::translate("helpline::JsonReader", "\"%1\" is required.")
                           .arg(pathOf(key)));
        return std::nullopt;
    }
    return *it;
}

bool JsonReader::contains(const char *key) const
{
    return m_object.contains(QString::fromLatin1(key));
}

QString JsonReader::string(const char *key, bool required, int maxLength)
{
    const std::optional<QJsonValue> value = take(key, required);
    if (!value)
        return {};
    if (!value->isString()) {
        wrongType(key,
                  QCoreApplication::translate("helpline::JsonReader", "\"%1\" must be a string."));
        return {};
    }
    QString s = value->toString();
    if (s.size() > maxLength) {
        addProblem(key, problemcode::kInvalidRequest,
                   QCoreApplication::translate("helpline::JsonReader",
                                               "\"%1\" is too long (at most %2 characters).")
                       .arg(pathOf(key))
                       .arg(maxLength));
        return {};
    }
    return s;
}

QString JsonReader::text(const char *key, int maxLength)
{
    const qsizetype before = m_problems->size();
    QString s = string(key, true, maxLength);
    if (m_problems->size() == before && s.trimmed().isEmpty())
        addProblem(key, problemcode::kInvalidRequest,
                   QCoreApplication::translate("helpline::JsonReader", "\"%1\" must not be empty.")
                       .arg(pathOf(key)));
    return s;
}

std::optional<qint64> JsonReader::integer(const char *key, bool required, qint64 min, qint64 max)
{
    const std::optional<QJsonValue> value = take(key, required);
    if (!value)
        return std::nullopt;
    if (!value->isDouble()) {
        wrongType(key, QCoreApplication::translate("helpline::JsonReader",
                                                   "\"%1\" must be a whole number."));
        return std::nullopt;
    }
    // toInteger() gives the default for fractions and for numbers beyond qint64: asking with
    // two defaults tells them apart from a real 0 or 1.
    const qint64 number = value->toInteger(0);
    const bool integral = number != 0 || value->toInteger(1) == 0;
    const double d = value->toDouble();
    const bool whole = integral || (std::isfinite(d) && std::trunc(d) == d);
    if (!whole) {
        wrongType(key, QCoreApplication::translate("helpline::JsonReader",
                                                   "\"%1\" must be a whole number."));
        return std::nullopt;
    }
    if (!integral || number < min || number > max) {
        addProblem(
            key, problemcode::kInvalidRequest,
            QCoreApplication::translate("helpline::JsonReader", "\"%1\" must be between %2 and %3.")
                .arg(pathOf(key))
                .arg(min)
                .arg(max));
        return std::nullopt;
    }
    return number;
}

bool JsonReader::boolean(const char *key, bool required, bool fallback)
{
    const std::optional<QJsonValue> value = take(key, required);
    if (!value)
        return fallback;
    if (!value->isBool()) {
        wrongType(key, QCoreApplication::translate("helpline::JsonReader",
                                                   "\"%1\" must be true or false."));
        return fallback;
    }
    return value->toBool();
}

std::optional<bool> JsonReader::optionalBoolean(const char *key)
{
    const std::optional<QJsonValue> value = take(key, false);
    if (!value)
        return std::nullopt;
    if (!value->isBool()) {
        wrongType(key, QCoreApplication::translate("helpline::JsonReader",
                                                   "\"%1\" must be true, false or null."));
        return std::nullopt;
    }
    return value->toBool();
}

QDateTime JsonReader::time(const char *key, bool required)
{
    const std::optional<QJsonValue> value = take(key, required);
    if (!value)
        return {};
    const QString message = QCoreApplication::translate(
        "helpline::JsonReader", "\"%1\" must be a UTC time such as 2026-11-28T09:15:02.123Z.");
    if (!value->isString()) {
        wrongType(key, message);
        return {};
    }
    const QDateTime time = parseStrictUtcTime(value->toString());
    if (!time.isValid())
        addProblem(key, problemcode::kInvalidRequest, message.arg(pathOf(key)));
    return time;
}

QDate JsonReader::date(const char *key, bool required)
{
    const std::optional<QJsonValue> value = take(key, required);
    if (!value)
        return {};
    const QString message = QCoreApplication::translate(
        "helpline::JsonReader", "\"%1\" must be a date such as 2026-11-28.");
    if (!value->isString()) {
        wrongType(key, message);
        return {};
    }
    const QDate date = parseStrictDate(value->toString());
    if (!date.isValid())
        addProblem(key, problemcode::kInvalidRequest, message.arg(pathOf(key)));
    return date;
}

QStringList JsonReader::stringList(const char *key, bool required, int maxItems, int maxLength)
{
    const std::optional<QJsonValue> value = take(key, required);
    if (!value)
        return {};
    if (!value->isArray()) {
        wrongType(key, QCoreApplication::translate("helpline::JsonReader",
                                                   "\"%1\" must be an array of strings."));
        return {};
    }
    const QJsonArray items = value->toArray();
    if (items.size() > maxItems) {
        addProblem(key, problemcode::kInvalidRequest,
                   QCoreApplication::translate("helpline::JsonReader",
                                               "\"%1\" has too many items (at most %2).")
                       .arg(pathOf(key))
                       .arg(maxItems));
        return {};
    }
    QStringList list;
    list.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        const QString itemPath = jsonPath(pathOf(key), i);
        if (!item.isString()) {
            m_problems->append(
                {itemPath, QString(problemcode::kWrongType),
                 QCoreApplication::translate("helpline::JsonReader", "\"%1\" must be a string.")
                     .arg(itemPath)});
            continue;
        }
        const QString s = item.toString();
        if (s.size() > maxLength) {
            m_problems->append(
                {itemPath, QString(problemcode::kInvalidRequest),
                 QCoreApplication::translate("helpline::JsonReader",
                                             "\"%1\" is too long (at most %2 characters).")
                     .arg(itemPath)
                     .arg(maxLength)});
            continue;
        }
        list.append(s);
    }
    return list;
}

QJsonObject JsonReader::object(const char *key, bool required)
{
    const std::optional<QJsonValue> value = take(key, required);
    if (!value)
        return {};
    if (!value->isObject()) {
        wrongType(key,
                  QCoreApplication::translate("helpline::JsonReader", "\"%1\" must be an object."));
        return {};
    }
    return value->toObject();
}

JsonReader JsonReader::child(const char *key, bool required)
{
    const std::optional<QJsonValue> value = take(key, required);
    if (value && !value->isObject())
        wrongType(key,
                  QCoreApplication::translate("helpline::JsonReader", "\"%1\" must be an object."));
    const bool present = value && value->isObject();
    JsonReader reader(present ? value->toObject() : QJsonObject(), pathOf(key), m_problems);
    reader.m_present = present;
    return reader;
}

QJsonArray JsonReader::array(const char *key, bool required, int maxItems)
{
    const std::optional<QJsonValue> value = take(key, required);
    if (!value)
        return {};
    if (!value->isArray()) {
        wrongType(key,
                  QCoreApplication::translate("helpline::JsonReader", "\"%1\" must be an array."));
        return {};
    }
    QJsonArray items = value->toArray();
    if (maxItems >= 0 && items.size() > maxItems) {
        addProblem(key, problemcode::kInvalidRequest,
                   QCoreApplication::translate("helpline::JsonReader",
                                               "\"%1\" has too many items (at most %2).")
                       .arg(pathOf(key))
                       .arg(maxItems));
        return {};
    }
    return items;
}

QJsonValue JsonReader::value(const char *key, bool required)
{
    const QString name = QString::fromLatin1(key);
    m_read.insert(name);
    const auto it = m_object.constFind(name);
    if (it == m_object.constEnd()) {
        if (required)
            addProblem(key, problemcode::kMissingField,
                       QCoreApplication::translate("helpline::JsonReader", "\"%1\" is required.")
                           .arg(pathOf(key)));
        return QJsonValue(QJsonValue::Undefined);
    }
    return *it;
}

void JsonReader::finish()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (m_read.contains(it.key()))
            continue;
        const QString path = jsonPath(m_path, shownKey(it.key()));
        m_problems->append(
            {path, QString(problemcode::kUnknownField),
             QCoreApplication::translate("helpline::JsonReader", "\"%1\" is not a known field.")
                 .arg(path)});
    }
}

bool JsonReader::ok() const
{
    return m_problems->size() == m_problemsAtStart;
}

int jsonNestingDepth(QByteArrayView json, int stopAbove)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\')
                ++i; // the escaped character cannot end the string
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '{':
        case '[':
            if (++depth > deepest) {
                deepest = depth;
                if (deepest > stopAbove)
                    return deepest;
            }
            break;
        case '}':
        case ']':
            if (depth > 0)
                --depth;
            break;
        default:
            break;
        }
    }
    return deepest;
}

QString compactJsonText(const QJsonValue &value)
{
    // QJsonDocument holds only objects and arrays: the value goes through a one-item array.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

std::optional<QJsonValue> parseCompactJsonText(QStringView text)
{
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (inString) {
            if (c == u'\\')
                ++i;
            else if (c == u'"')
                inString = false;
        } else if (c == u'"') {
            inString = true;
        } else if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r') {
            return std::nullopt;
        }
    }
    const QByteArray wrapped = '[' + text.toUtf8() + ']';
    // Before the parser, which recurses once per level.
    if (jsonNestingDepth(wrapped, kMaxJsonTextDepth) > kMaxJsonTextDepth)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &error);
    // "1,2" parses as two items; "1],[2" does not parse.
    if (error.error != QJsonParseError::NoError || !document.isArray() ||
        document.array().size() != 1)
        return std::nullopt;
    return document.array().at(0);
}

ParsedJson parseJsonObject(const QByteArray &body, qsizetype maxBytes, int maxDepth)
{
    auto failed = [](QLatin1String code, const QString &message) {
        return ParsedJson{{}, DecodeProblem{QString(), QString(code), message}};
    };
    if (body.size() > maxBytes)
        return failed(problemcode::kTooLarge,
                      QCoreApplication::translate("helpline::JsonReader",
                                                  "The request is too large (at most %1 bytes).")
                          .arg(maxBytes));
    if (!body.isValidUtf8())
        return failed(
            problemcode::kInvalidRequest,
            QCoreApplication::translate("helpline::JsonReader", "The request is not valid UTF-8."));
    // Before the parser: it recurses once per level.
    if (jsonNestingDepth(body, maxDepth) > maxDepth)
        return failed(
            problemcode::kTooDeep,
            QCoreApplication::translate("helpline::JsonReader",
                                        "The request is nested too deeply (at most %1 levels).")
                .arg(maxDepth));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return failed(problemcode::kInvalidRequest,
                      QCoreApplication::translate("helpline::JsonReader",
                                                  "The request is not valid JSON (%1 at byte %2).")
                          .arg(error.errorString())
                          .arg(error.offset));
    if (!document.isObject())
        return failed(problemcode::kInvalidRequest,
                      QCoreApplication::translate("helpline::JsonReader",
                                                  "The request must be a JSON object."));
    return ParsedJson{document.object(), std::nullopt};
}

} // namespace helpline
