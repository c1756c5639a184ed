#include "core/directory/directoryfields.h"

#include "core/directory/openinghours.h"
#include "core/domain/referencefile.h"
#include "core/util/uuid.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace helpline::directoryfields {

namespace {

Field line(const char *name, QString DirectoryEntry::*member, bool required = false)
{
    Field f{name, Kind::Line, required};
    f.text = member;
    return f;
}
Field text(const char *name, QString DirectoryEntry::*member)
{
    Field f{name, Kind::Text, false};
    f.text = member;
    return f;
}
Field list(const char *name, QStringList DirectoryEntry::*member, bool required = false)
{
    Field f{name, Kind::List, required};
    f.list = member;
    return f;
}
Field flag(const char *name, bool DirectoryEntry::*member)
{
    Field f{name, Kind::Flag, false};
    f.flag = member;
    return f;
}
Field age(const char *name, int DirectoryEntry::*member)
{
    Field f{name, Kind::Age, false};
    f.number = member;
    return f;
}

QString tidyText(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    return text.trimmed();
}

QStringList tidyList(const QStringList &items, bool lowerCase)
{
    QStringList result;
    for (const QString &item : items) {
        const QString tidy = item.simplified();
        if (!tidy.isEmpty())
            result << (lowerCase ? tidy.toLower() : tidy);
    }
    return result;
}

} // namespace

const QList<Field> &fields()
{
    static const QList<Field> all = [] {
        Field id{"id", Kind::Id, false};
        Field verified{"verified_on", Kind::Date, true};
        verified.date = &DirectoryEntry::verifiedOn;
        return QList<Field>{
            id,
            line("name", &DirectoryEntry::name, true),
            line("name_ru", &DirectoryEntry::nameRu),
            line("name_en", &DirectoryEntry::nameEn),
            list("service_types", &DirectoryEntry::serviceTypes, true),
            flag("nationwide", &DirectoryEntry::nationwide),
            list("region_codes", &DirectoryEntry::regionCodes),
            age("age_min", &DirectoryEntry::ageMin),
            age("age_max", &DirectoryEntry::ageMax),
            list("genders", &DirectoryEntry::genders),
            list("languages", &DirectoryEntry::languages),
            flag("free", &DirectoryEntry::free),
            list("phones", &DirectoryEntry::phones),
            line("email", &DirectoryEntry::email),
            line("website", &DirectoryEntry::website),
            text("address", &DirectoryEntry::address),
            line("opening_hours", &DirectoryEntry::openingHours),
            text("eligibility", &DirectoryEntry::eligibility),
            text("eligibility_ru", &DirectoryEntry::eligibilityRu),
            text("eligibility_en", &DirectoryEntry::eligibilityEn),
            text("notes", &DirectoryEntry::notes),
            text("notes_ru", &DirectoryEntry::notesRu),
            text("notes_en", &DirectoryEntry::notesEn),
            verified,
        };
    }();
    return all;
}

const Field *field(const QString &name)
{
    for (const Field &f : fields())
        if (f.key() == name)
            return &f;
    return nullptr;
}

void setEmpty(DirectoryEntry &entry, const Field &f)
{
    switch (f.kind) {
    case Kind::Id:
        entry.meta.id.clear();
        break;
    case Kind::Line:
    case Kind::Text:
        (entry.*f.text).clear();
        break;
    case Kind::List:
        (entry.*f.list).clear();
        break;
    case Kind::Flag:
        entry.*f.flag = false;
        break;
    case Kind::Age:
        entry.*f.number = -1;
        break;
    case Kind::Date:
        entry.*f.date = QDate();
        break;
    }
}

QDate parseDate(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    static const QRegularExpression dotted(QStringLiteral("^[0-9]{1,2}\\.[0-9]{1,2}\\.[0-9]{4}$"));
    if (iso.match(text).hasMatch())
        return QDate::fromString(text, Qt::ISODate);
    if (dotted.match(text).hasMatch())
        return QDate::fromString(text, QStringLiteral("d.M.yyyy"));
    return {};
}

std::optional<QString> parseCell(DirectoryEntry &entry, const Field &f, const QString &raw)
{
    const QString cell = tidyText(raw);
    if (cell.isEmpty()) {
        setEmpty(entry, f);
        return std::nullopt;
    }
    switch (f.kind) {
    case Kind::Id:
        if (!isUuid(cell.toLower()))
            return QCoreApplication::translate("helpline::DirectoryImport",
                                               "“%1” is not an entry id: leave it empty for a new "
                                               "entry, or keep the id an export wrote.")
                .arg(cell);
        entry.meta.id = cell.toLower();
        return std::nullopt;
    case Kind::Line:
    case Kind::Text:
        entry.*f.text = cell;
        return std::nullopt;
    case Kind::List:
        entry.*f.list = cell.split(u';');
        return std::nullopt;
    case Kind::Flag: {
        const QString word = cell.toLower();
        if (word == u"yes" || word == u"true" || word == u"1") {
            entry.*f.flag = true;
            return std::nullopt;
        }
        if (word == u"no" || word == u"false" || word == u"0") {
            entry.*f.flag = false;
            return std::nullopt;
        }
        return QCoreApplication::translate("helpline::DirectoryImport",
                                           "Write yes or no, not “%1”.")
            .arg(cell);
    }
    case Kind::Age: {
        static const QRegularExpression number(QStringLiteral("^[0-9]{1,3}$"));
        if (!number.match(cell).hasMatch())
            return QCoreApplication::translate("helpline::DirectoryImport",
                                               "Write the age as a whole number of years, or "
                                               "leave it empty for no limit, not “%1”.")
                .arg(cell);
        entry.*f.number = cell.toInt();
        return std::nullopt;
    }
    case Kind::Date: {
        const QDate date = parseDate(cell);
        if (!date.isValid())
            return QCoreApplication::translate("helpline::DirectoryImport",
                                               "Write the date as YYYY-MM-DD, for example "
                                               "2026-03-15, not “%1”.")
                .arg(cell);
        entry.*f.date = date;
        return std::nullopt;
    }
    }
    return std::nullopt;
}

QString cellText(const DirectoryEntry &entry, const Field &f)
{
    switch (f.kind) {
    case Kind::Id:
        return entry.meta.id;
    case Kind::Line:
    case Kind::Text:
        return entry.*f.text;
    case Kind::List:
        return (entry.*f.list).join(u';');
    case Kind::Flag:
        return entry.*f.flag ? QStringLiteral("yes") : QStringLiteral("no");
    case Kind::Age:
        return entry.*f.number < 0 ? QString() : QString::number(entry.*f.number);
    case Kind::Date:
        return (entry.*f.date).isValid() ? (entry.*f.date).toString(Qt::ISODate) : QString();
    }
    return {};
}

void normalise(DirectoryEntry &entry)
{
    for (const Field &f : fields()) {
        if (f.kind == Kind::Line || f.kind == Kind::Text)
            entry.*f.text = tidyText(entry.*f.text);
        if (f.kind == Kind::List) {
            const bool codes =
                f.list != &DirectoryEntry::regionCodes && f.list != &DirectoryEntry::phones;
            entry.*f.list = tidyList(entry.*f.list, codes);
        }
    }
    entry.meta.id = entry.meta.id.trimmed().toLower();
    entry.name = normaliseAzerbaijani(entry.name);
    if (const auto hours = OpeningHours::parse(entry.openingHours))
        entry.openingHours = hours->toString();
}

QString quoted(const QString &text)
{
    return QStringLiteral("“%1”").arg(text);
}

void ensureId(DirectoryEntry &entry)
{
    if (entry.meta.id.isEmpty())
        entry.meta.id = newUuidV7();
}

} // namespace helpline::directoryfields
