#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>

namespace helpline {

// The codes of decoding problems. The server answers them as the `code` of its error body
// (docs/api): too_large maps to 413, every other one to 400.
namespace problemcode {
inline constexpr QLatin1String kInvalidRequest("invalid_request");
inline constexpr QLatin1String kUnknownField("unknown_field");
inline constexpr QLatin1String kMissingField("missing_field");
inline constexpr QLatin1String kWrongType("wrong_type");
inline constexpr QLatin1String kTooLarge("too_large");
inline constexpr QLatin1String kTooDeep("too_deep");
} // namespace problemcode

// One thing wrong with a request. `path` is the JSON path of the field at fault
// ("records[2].child.age"), empty when the whole body is at fault; `message` is translated and
// names the field.
struct DecodeProblem {
    QString path;
    QString code;
    QString message;
    bool operator==(const DecodeProblem &) const = default;
};
using DecodeProblems = QList<DecodeProblem>;

// JSON paths: jsonPath("records[2]", u"child") == "records[2].child", jsonPath("", u"id") ==
// "id", jsonPath("records", 2) == "records[2]".
QString jsonPath(const QString &parent, QStringView key);
QString jsonPath(const QString &parent, qsizetype index);

// The one textual time format of the API: UTC ISO 8601 with 'Z', milliseconds optional
// ("2026-11-28T09:15:02.123Z", "2026-11-28T09:15:02Z"). Anything else gives an invalid QDateTime.
QDateTime parseStrictUtcTime(QStringView text);
// "2026-11-28" and nothing else; an invalid QDate otherwise.
QDate parseStrictDate(QStringView text);

// Reads one JSON object strictly. Every key read is remembered; finish() reports every key that
// was never read as unknown_field. Each problem carries the JSON path of its field and is
// appended to the shared list, so nested readers (child()) report into the same list.
// `problems` must outlive the reader and every reader made from it.
class JsonReader {
public:
    static constexpr int kDefaultMaxLength = 10000;
    static constexpr qint64 kMinInteger = std::numeric_limits<qint64>::min();
    static constexpr qint64 kMaxInteger = std::numeric_limits<qint64>::max();

    JsonReader(const QJsonObject &object, QString path, DecodeProblems *problems);

    // A string. Absent or null gives "" (and missing_field when required).
    QString string(const char *key, bool required = true, int maxLength = kDefaultMaxLength);
    // A required string that is not empty or only white space.
    QString text(const char *key, int maxLength = kDefaultMaxLength);
    // A whole number in [min, max]; nullopt when absent, null or wrong.
    std::optional<qint64> integer(const char *key, bool required = true, qint64 min = kMinInteger,
                                  qint64 max = kMaxInteger);
    bool boolean(const char *key, bool required = true, bool fallback = false);
    // true, false, or null/absent (nullopt): a yes/no that may not have been answered yet.
    std::optional<bool> optionalBoolean(const char *key);
    QDateTime time(const char *key, bool required = true); // see parseStrictUtcTime
    QDate date(const char *key, bool required = true);     // see parseStrictDate
    QStringList stringList(const char *key, bool required = true, int maxItems = 100,
                           int maxLength = 200);
    // A free-form object (form data, details, screening answers): not checked inside.
    QJsonObject object(const char *key, bool required = true);
    // A nested object read strictly; its own finish() reports its unknown keys. When the key is
    // absent or null (allowed only when !required) the child reads an empty object and
    // present() is false.
    JsonReader child(const char *key, bool required = true);
    // An array of at most maxItems items (maxItems < 0: no limit).
    QJsonArray array(const char *key, bool required = true, int maxItems = 1000);
    // Any JSON value, null included; a required key must be present.
    QJsonValue value(const char *key, bool required = true);

    // Whether the key is present (null counts as present). Does not mark it read.
    bool contains(const char *key) const;
    // Adds unknown_field problems for the keys never read.
    void finish();
    // No problem was added since this reader was made (by it or by readers made from it).
    bool ok() const;
    bool present() const { return m_present; }
    const QString &path() const { return m_path; }
    QString pathOf(const char *key) const;
    DecodeProblems *problems() const { return m_problems; }
    // For checks of the decoders built on the reader (a code list, an id format, ...).
    void addProblem(const char *key, QLatin1String code, const QString &message);

private:
    // Marks the key read; returns the value, or nullopt (with missing_field when required)
    // when it is absent or null.
    std::optional<QJsonValue> take(const char *key, bool required);
    void wrongType(const char *key, const QString &message);

    QJsonObject m_object;
    QString m_path;
    DecodeProblems *m_problems;
    qsizetype m_problemsAtStart;
    QSet<QString> m_read;
    bool m_present = true;
};

// Each item of `array` (the value of `key` read by `reader`) decoded by `decode(object,
// problems, path)`, which returns nullopt for an item it rejected; wrong_type for an item that
// is not an object. The messages' lists of records, results and entries.
template<typename T, typename Decode>
inline QList<T> decodeObjects(JsonReader &reader, const char *key, const QJsonArray &array,
                              Decode decode)
{
    QList<T> items;
    items.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = jsonPath(reader.pathOf(key), i);
        const QJsonValue value = array.at(i);
        if (!value.isObject()) {
            reader.problems()->append(
                {path, QString(problemcode::kWrongType),
                 QCoreApplication::translate("helpline::JsonReader", "\"%1\" must be an object.")
                     .arg(path)});
            continue;
        }
        if (std::optional<T> item = decode(value.toObject(), reader.problems(), path))
            items.append(std::move(*item));
    }
    return items;
}

// A request body parsed with limits: larger than maxBytes gives too_large, nested deeper than
// maxDepth (checked by a byte scan before the parser runs) too_deep, anything that is not UTF-8
// JSON with an object at the top invalid_request.
struct ParsedJson {
    QJsonObject object;
    std::optional<DecodeProblem> problem;
    bool ok() const { return !problem.has_value(); }
};
ParsedJson parseJsonObject(const QByteArray &body, qsizetype maxBytes, int maxDepth);

// One JSON value of any type (scalars too) as compact text, and back: how a conflict case event
// carries the two values of a field. The reader takes exactly one value with no white space
// outside strings (what the writer makes), at most 32 levels deep; nullopt otherwise.
QString compactJsonText(const QJsonValue &value);
std::optional<QJsonValue> parseCompactJsonText(QStringView text);

// The deepest nesting of arrays and objects in `json` (strings skipped), counting stops just
// above `stopAbove`. Malformed JSON gives a number too; the parser rejects it afterwards.
int jsonNestingDepth(QByteArrayView json, int stopAbove);

} // namespace helpline
