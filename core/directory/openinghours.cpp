#include "core/directory/openinghours.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace helpline {

namespace {

constexpr int kMinutesPerDay = 24 * 60;
const char *const kDayNames[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

// 1 = Monday .. 7 = Sunday; 0 when `text` is not a day.
int dayFromText(QStringView text)
{
    for (int i = 0; i < 7; ++i)
        if (text == QLatin1String(kDayNames[i]))
            return i + 1;
    return 0;
}

QString dayName(int day)
{
    return QLatin1String(kDayNames[day - 1]);
}

// Minutes after midnight, or nullopt. "24:00" only when `end`.
std::optional<int> minutesFromText(const QString &text, bool end)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]{1,2}):([0-9]{2})$"));
    const auto match = re.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int hours = match.captured(1).toInt();
    const int minutes = match.captured(2).toInt();
    if (minutes > 59)
        return std::nullopt;
    if (hours == 24 && minutes == 0 && end)
        return kMinutesPerDay;
    if (hours > 23)
        return std::nullopt;
    return hours * 60 + minutes;
}

QString timeText(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

std::optional<OpeningHours> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

} // namespace

QList<int> OpeningHours::Rule::days() const
{
    QList<int> result;
    for (const auto &[first, last] : dayItems) {
        for (int day = first;; day = day % 7 + 1) {
            if (!result.contains(day))
                result.append(day);
            if (day == last)
                break;
        }
    }
    return result;
}

OpeningHours OpeningHours::alwaysOpen()
{
    OpeningHours hours;
    hours.m_always = true;
    return hours;
}

std::optional<OpeningHours> OpeningHours::parse(const QString &input, QString *error)
{
    QString text = input.trimmed().toLower();
    text.replace(QChar(0x2013), u'-'); // en dash
    text.replace(QChar(0x2014), u'-'); // em dash
    static const QRegularExpression around(QStringLiteral("\\s*([-,;])\\s*"));
    text.replace(around, QStringLiteral("\\1"));
    if (text.isEmpty())
        return fail(error, QCoreApplication::translate(
                               "helpline::OpeningHours",
                               "Enter the opening hours, for example “mon-fri 09:00-18:00; "
                               "sat 10:00-14:00”, or “24/7”."));
    if (text == u"24/7")
        return alwaysOpen();

    OpeningHours hours;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList parts = text.split(u';', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part == u"24/7")
            return fail(error,
                        QCoreApplication::translate("helpline::OpeningHours",
                                                    "“24/7” cannot be combined with other hours."));
        const QStringList words = part.split(space, Qt::SkipEmptyParts);
        if (words.size() != 2)
            return fail(error, QCoreApplication::translate("helpline::OpeningHours",
                                                           "“%1” should be days and then times, "
                                                           "for example “mon-fri 09:00-18:00”.")
                                   .arg(part));
        Rule rule;
        for (const QString &item : words.at(0).split(u',')) {
            const QStringList ends = item.split(u'-');
            const int first = dayFromText(ends.value(0));
            const int last = ends.size() == 2 ? dayFromText(ends.at(1)) : first;
            if (ends.size() > 2 || first == 0 || last == 0) {
                const QString bad = ends.size() > 2 ? item : first == 0 ? ends.at(0) : ends.at(1);
                return fail(error,
                            QCoreApplication::translate(
                                "helpline::OpeningHours",
                                "“%1” is not a day: use mon, tue, wed, thu, fri, sat or sun.")
                                .arg(bad));
            }
            rule.dayItems.append({first, last});
        }
        for (const QString &item : words.at(1).split(u',')) {
            const QStringList ends = item.split(u'-');
            if (ends.size() != 2)
                return fail(error, QCoreApplication::translate(
                                       "helpline::OpeningHours",
                                       "“%1” is not a time range: write it as 09:00-18:00.")
                                       .arg(item));
            const auto start = minutesFromText(ends.at(0), false);
            const auto end = minutesFromText(ends.at(1), true);
            if (!start || !end)
                return fail(error, QCoreApplication::translate(
                                       "helpline::OpeningHours",
                                       "“%1” is not a time: use 00:00 to 23:59, and 24:00 "
                                       "only as an end.")
                                       .arg(!start ? ends.at(0) : ends.at(1)));
            if (*start == *end)
                return fail(error, QCoreApplication::translate(
                                       "helpline::OpeningHours",
                                       "“%1” starts and ends at the same time; for a whole "
                                       "day write 00:00-24:00.")
                                       .arg(item));
            rule.ranges.append({*start, *end});
        }
        hours.m_rules.append(rule);
    }
    if (hours.m_rules.isEmpty())
        return fail(error, QCoreApplication::translate(
                               "helpline::OpeningHours",
                               "Enter the opening hours, for example “mon-fri 09:00-18:00; "
                               "sat 10:00-14:00”, or “24/7”."));
    return hours;
}

bool OpeningHours::isOpenAt(int dayOfWeek, const QTime &time) const
{
    if (m_always)
        return true;
    if (dayOfWeek < 1 || dayOfWeek > 7 || !time.isValid())
        return false;
    const int minute = time.hour() * 60 + time.minute();
    const int previousDay = dayOfWeek == 1 ? 7 : dayOfWeek - 1;
    for (const Rule &rule : m_rules) {
        const QList<int> days = rule.days();
        for (const Range &range : rule.ranges) {
            if (range.end > range.start) {
                if (days.contains(dayOfWeek) && minute >= range.start && minute < range.end)
                    return true;
            } else { // past midnight
                if (days.contains(dayOfWeek) && minute >= range.start)
                    return true;
                if (days.contains(previousDay) && minute < range.end)
                    return true;
            }
        }
    }
    return false;
}

bool OpeningHours::isOpenAt(const QDateTime &bakuLocal) const
{
    if (!bakuLocal.isValid())
        return false;
    const QDateTime baku = bakuTime(bakuLocal);
    return isOpenAt(baku.date().dayOfWeek(), baku.time());
}

QDateTime OpeningHours::bakuTime(const QDateTime &time)
{
    if (time.timeSpec() == Qt::LocalTime)
        return time;
    // Asia/Baku has kept UTC+4 all year since 2016; a fixed offset needs no time-zone data.
    return time.toOffsetFromUtc(4 * 3600);
}

QString OpeningHours::toString() const
{
    if (m_always)
        return QStringLiteral("24/7");
    QStringList rules;
    for (const Rule &rule : m_rules) {
        QStringList days;
        for (const auto &[first, last] : rule.dayItems)
            days << (first == last ? dayName(first) : dayName(first) + u'-' + dayName(last));
        QStringList ranges;
        for (const Range &range : rule.ranges)
            ranges << timeText(range.start) + u'-' + timeText(range.end);
        rules << days.join(u',') + u' ' + ranges.join(u',');
    }
    return rules.join(QStringLiteral("; "));
}

} // namespace helpline
