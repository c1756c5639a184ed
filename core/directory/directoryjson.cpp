#include "core/directory/directoryjson.h"

#include "core/directory/directoryfields.h"
#include "core/domain/regions.h"
#include "core/util/clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <functional>

namespace helpline {

using namespace directoryfields;

namespace {

// Reads one JSON object strictly: every key read is remembered, finish() reports the others.
class StrictObject {
public:
    StrictObject(const QJsonObject &object, Problems *problems)
        : m_object(object)
        , m_problems(problems)
    {
    }

    // The value, or Undefined when absent; null counts as absent for optional keys. A missing
    // required key (absent or null) is a problem.
    QJsonValue take(const QString &key, bool required)
    {
        m_read.insert(key);
        const QJsonValue value = m_object.value(key);
        if (required && (value.isUndefined() || value.isNull())) {
            add(key, QCoreApplication::translate("helpline::DirectoryImport", "%1 is missing.")
                         .arg(quoted(key)));
            return QJsonValue(QJsonValue::Undefined);
        }
        return value.isNull() ? QJsonValue(QJsonValue::Undefined) : value;
    }

    void add(const QString &field, const QString &message) { m_problems->append({field, message}); }

    void finish()
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it)
            if (!m_read.contains(it.key()))
                add(it.key(), QCoreApplication::translate("helpline::DirectoryImport",
                                                          "%1 is not a field of a directory "
                                                          "entry.")
                                  .arg(quoted(it.key())));
    }

private:
    QJsonObject m_object;
    Problems *m_problems;
    QSet<QString> m_read;
};

std::optional<QString> takeText(StrictObject &reader, const QString &key, bool required)
{
    const QJsonValue value = reader.take(key, required);
    if (value.isUndefined())
        return QString();
    if (!value.isString()) {
        reader.add(key, QCoreApplication::translate("helpline::DirectoryImport",
                                                    "%1 should be text or null.")
                            .arg(quoted(key)));
        return std::nullopt;
    }
    return value.toString();
}

QJsonValue textValue(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(isoUtc(time)) : QJsonValue(QJsonValue::Null);
}

void readMeta(StrictObject &reader, DirectoryEntry &entry)
{
    auto time = [&](const char *key) {
        const QString k = QLatin1String(key);
        const auto text = takeText(reader, k, false);
        if (!text || text->isEmpty())
            return QDateTime();
        const QDateTime result = fromIsoUtc(*text);
        if (!result.isValid())
            reader.add(k, QCoreApplication::translate(
                              "helpline::DirectoryImport",
                              "%1 should be a UTC time such as 2026-03-15T09:30:00.000Z.")
                              .arg(quoted(k)));
        return result;
    };
    entry.meta.createdAt = time("created_at");
    entry.meta.updatedAt = time("updated_at");
    entry.meta.createdBy =
        takeText(reader, QStringLiteral("created_by"), false).value_or(QString());
    entry.meta.originDevice =
        takeText(reader, QStringLiteral("origin_device"), false).value_or(QString());
    const QJsonValue revision = reader.take(QStringLiteral("revision"), false);
    if (!revision.isUndefined()) {
        const double number = revision.toDouble(-1);
        if (!revision.isDouble() || number < 0 || number > 2e9 || std::floor(number) != number)
            reader.add(QStringLiteral("revision"),
                       QCoreApplication::translate("helpline::DirectoryImport",
                                                   "%1 should be a whole number, 0 or more.")
                           .arg(quoted(QStringLiteral("revision"))));
        else
            entry.meta.revision = int(number);
    }
    const QJsonValue deleted = reader.take(QStringLiteral("deleted"), false);
    if (!deleted.isUndefined()) {
        if (!deleted.isBool())
            reader.add(QStringLiteral("deleted"),
                       QCoreApplication::translate("helpline::DirectoryImport",
                                                   "%1 should be true or false.")
                           .arg(quoted(QStringLiteral("deleted"))));
        else
            entry.meta.deleted = deleted.toBool();
    }
}

// Line numbers (1-based) where each element of the top-level array starts, found without a
// second parse: strings are skipped, brackets counted.
QList<int> elementLines(const QByteArray &data)
{
    auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    QList<int> lines;
    int line = 1;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    bool inScalar = false; // a number, true, false or null element
    for (const char c : data) {
        if (c == '\n')
            ++line;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (inScalar) {
            if (!isSpace(c) && c != ',' && c != ']' && c != '}')
                continue;
            inScalar = false;
        }
        if (c == '"') {
            if (depth == 1)
                lines.append(line);
            inString = true;
        } else if (c == '[' || c == '{') {
            if (depth == 1)
                lines.append(line);
            ++depth;
        } else if (c == ']' || c == '}') {
            --depth;
        } else if (depth == 1 && c != ',' && !isSpace(c)) {
            lines.append(line);
            inScalar = true;
        }
    }
    return lines;
}

} // namespace

QJsonObject directoryEntryToJson(const DirectoryEntry &entry, DirectoryJsonForm form)
{
    QJsonObject object;
    if (form == DirectoryJsonForm::Record) {
        object.insert(QStringLiteral("created_at"), timeValue(entry.meta.createdAt));
        object.insert(QStringLiteral("updated_at"), timeValue(entry.meta.updatedAt));
        object.insert(QStringLiteral("created_by"), entry.meta.createdBy);
        object.insert(QStringLiteral("origin_device"), entry.meta.originDevice);
        object.insert(QStringLiteral("revision"), entry.meta.revision);
        object.insert(QStringLiteral("deleted"), entry.meta.deleted);
    }
    for (const Field &f : fields()) {
        switch (f.kind) {
        case Kind::Id:
            object.insert(f.key(), textValue(entry.meta.id));
            break;
        case Kind::Line:
        case Kind::Text:
            object.insert(f.key(), textValue(entry.*f.text));
            break;
        case Kind::List:
            object.insert(f.key(), QJsonArray::fromStringList(entry.*f.list));
            break;
        case Kind::Flag:
            object.insert(f.key(), entry.*f.flag);
            break;
        case Kind::Age:
            object.insert(f.key(), entry.*f.number < 0 ? QJsonValue(QJsonValue::Null)
                                                       : QJsonValue(entry.*f.number));
            break;
        case Kind::Date:
            object.insert(f.key(), (entry.*f.date).isValid()
                                       ? QJsonValue((entry.*f.date).toString(Qt::ISODate))
                                       : QJsonValue(QJsonValue::Null));
            break;
        }
    }
    return object;
}

namespace {

// Decodes what it can; `problems` gets the decoding problems. The entry is normalised.
DirectoryEntry decode(const QJsonObject &object, Problems *problems, DirectoryJsonForm form)
{
    StrictObject reader(object, problems);
    DirectoryEntry entry;
    if (form == DirectoryJsonForm::Record)
        readMeta(reader, entry);
    for (const Field &f : fields()) {
        const QString key = f.key();
        const bool required =
            f.required || (f.kind == Kind::Id && form == DirectoryJsonForm::Record);
        switch (f.kind) {
        case Kind::Id: {
            const auto id = takeText(reader, key, required);
            if (id && !id->isEmpty()) {
                if (auto message = parseCell(entry, f, *id))
                    reader.add(key, *message);
            }
            break;
        }
        case Kind::Line:
        case Kind::Text:
            if (const auto text = takeText(reader, key, required))
                entry.*f.text = *text;
            break;
        case Kind::List: {
            const QJsonValue value = reader.take(key, required);
            QStringList items;
            if (value.isArray()) {
                const QJsonArray array = value.toArray();
                for (qsizetype i = 0; i < array.size(); ++i) {
                    if (array.at(i).isString())
                        items << array.at(i).toString();
                    else
                        reader.add(QStringLiteral("%1[%2]").arg(key).arg(i),
                                   QCoreApplication::translate("helpline::DirectoryImport",
                                                               "Item %1 of %2 should be text.")
                                       .arg(i + 1)
                                       .arg(quoted(key)));
                }
            } else if (!value.isUndefined()) {
                reader.add(key, QCoreApplication::translate("helpline::DirectoryImport",
                                                            "%1 should be a list of text: "
                                                            "[\"…\", \"…\"].")
                                    .arg(quoted(key)));
            }
            entry.*f.list = items;
            break;
        }
        case Kind::Flag: {
            const QJsonValue value = reader.take(key, required);
            if (value.isBool())
                entry.*f.flag = value.toBool();
            else if (value.isUndefined())
                setEmpty(entry, f);
            else
                reader.add(key, QCoreApplication::translate("helpline::DirectoryImport",
                                                            "%1 should be true or false.")
                                    .arg(quoted(key)));
            break;
        }
        case Kind::Age: {
            const QJsonValue value = reader.take(key, required);
            const double number = value.toDouble();
            if (value.isUndefined())
                setEmpty(entry, f);
            else if (value.isDouble() && std::floor(number) == number && number >= -1 &&
                     number <= 1000)
                entry.*f.number = int(number);
            else
                reader.add(key, QCoreApplication::translate("helpline::DirectoryImport",
                                                            "%1 should be a whole number of "
                                                            "years, or null for no limit.")
                                    .arg(quoted(key)));
            break;
        }
        case Kind::Date: {
            const auto text = takeText(reader, key, required);
            static const QRegularExpression iso(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
            if (text && !text->isEmpty()) {
                const QDate date =
                    iso.match(*text).hasMatch() ? QDate::fromString(*text, Qt::ISODate) : QDate();
                if (date.isValid())
                    entry.*f.date = date;
                else
                    reader.add(key, QCoreApplication::translate("helpline::DirectoryImport",
                                                                "Write the date as YYYY-MM-DD, "
                                                                "for example 2026-03-15, not "
                                                                "“%1”.")
                                        .arg(*text));
            }
            break;
        }
        }
    }
    reader.finish();
    normalise(entry);
    return entry;
}

} // namespace

std::optional<DirectoryEntry> directoryEntryFromJson(const QJsonObject &object, Problems *problems,
                                                     DirectoryJsonForm form)
{
    Problems local;
    DirectoryEntry entry = decode(object, &local, form);
    if (problems)
        problems->append(local);
    if (!local.isEmpty())
        return std::nullopt;
    return entry;
}

DirectoryImport readDirectoryJson(const QByteArray &data, const QDate &today)
{
    return readDirectoryJson(data, today, Regions::builtIn());
}

DirectoryImport readDirectoryJson(const QByteArray &input, const QDate &today,
                                  const Regions &regions)
{
    DirectoryImport result;
    auto fileProblem = [&](const QString &message, int sourceLine = 0) {
        result.problems.append({0, QString(), message, sourceLine});
        return result;
    };
    if (input.size() > kMaxDirectoryFileBytes)
        return fileProblem(QCoreApplication::translate("helpline::DirectoryImport",
                                                       "The file is too big: at most %1 MiB.")
                               .arg(kMaxDirectoryFileBytes / (1024 * 1024)));
    QByteArray data = input;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        const int line = int(data.left(error.offset).count('\n')) + 1;
        return fileProblem(QCoreApplication::translate("helpline::DirectoryImport",
                                                       "The file is not valid JSON: %1 on "
                                                       "line %2.")
                               .arg(error.errorString())
                               .arg(line),
                           line);
    }
    if (!document.isArray())
        return fileProblem(QCoreApplication::translate(
            "helpline::DirectoryImport", "The file must be a JSON array of entries: [{…}, {…}]."));
    const QJsonArray array = document.array();
    if (array.isEmpty())
        return fileProblem(
            QCoreApplication::translate("helpline::DirectoryImport", "The file has no entries."));
    if (array.size() > kMaxDirectoryEntries)
        return fileProblem(QCoreApplication::translate("helpline::DirectoryImport",
                                                       "The file has %1 entries: at most %2 "
                                                       "can be imported at once.")
                               .arg(array.size())
                               .arg(kMaxDirectoryEntries));

    const QList<int> lines = elementLines(data);
    QHash<QString, int> idEntry; // id -> entry number where it was first used
    for (qsizetype i = 0; i < array.size(); ++i) {
        const int number = int(i) + 1;
        const int sourceLine = lines.value(i, 0);
        auto add = [&](const QString &field, const QString &message) {
            result.problems.append({number, field, message, sourceLine});
        };
        if (!array.at(i).isObject()) {
            add(QString(), QCoreApplication::translate("helpline::DirectoryImport",
                                                       "Each entry must be an object: {…}."));
            continue;
        }
        // Decoding problems and validation problems together, one per field at most for a
        // value that did not decode (a wrong type is not also "missing").
        Problems problems;
        const DirectoryEntry entry =
            decode(array.at(i).toObject(), &problems, DirectoryJsonForm::File);
        const Problems undecoded = problems;
        for (const FieldProblem &p : entry.validate(today, regions))
            if (!hasProblem(undecoded, p.field))
                problems.append(p);
        const QString id = entry.meta.id;
        if (!id.isEmpty() && idEntry.contains(id))
            problems.append({QStringLiteral("id"),
                             QCoreApplication::translate("helpline::DirectoryImport",
                                                         "The id %1 is also used by entry %2.")
                                 .arg(quoted(id))
                                 .arg(idEntry.value(id))});
        else if (!id.isEmpty() && !hasProblem(undecoded, QStringLiteral("id")))
            idEntry.insert(id, number);
        for (const FieldProblem &problem : problems)
            add(problem.field, problem.message);
        if (problems.isEmpty())
            result.entries.append(entry);
    }
    for (DirectoryEntry &entry : result.entries)
        ensureId(entry);
    return result;
}

QByteArray writeDirectoryJson(const QList<DirectoryEntry> &entries)
{
    // Written by hand rather than by QJsonDocument so that the keys keep the order of the CSV
    // columns (QJsonObject sorts them) and short lists stay on one line.
    std::function<QByteArray(const QJsonValue &)> value = [&](const QJsonValue &v) {
        if (v.isArray()) {
            QByteArrayList items;
            for (const QJsonValue &item : v.toArray())
                items << value(item);
            return '[' + items.join(", ") + ']';
        }
        const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        return wrapped.mid(1, wrapped.size() - 2);
    };
    QByteArray out = "[";
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject object = directoryEntryToJson(entries.at(i), DirectoryJsonForm::File);
        out += i == 0 ? "\n  {" : ",\n  {";
        bool first = true;
        for (const Field &f : fields()) {
            out += first ? "\n    \"" : ",\n    \"";
            out += f.name;
            out += "\": ";
            out += value(object.value(f.key()));
            first = false;
        }
        out += "\n  }";
    }
    out += entries.isEmpty() ? "]\n" : "\n]\n";
    return out;
}

} // namespace helpline
