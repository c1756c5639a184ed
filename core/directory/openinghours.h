#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace helpline {

// The opening hours of a directory entry, in a small format (docs/directory-format.md):
//
//   hours  = "24/7" | rule *( ";" rule )
//   rule   = days SP ranges                  e.g. "mon-fri 09:00-13:00,14:00-18:00"
//   days   = day-item *( "," day-item )      e.g. "mon,wed,fri" or "mon-fri,sun"
//   day-item = day [ "-" day ]               a range may wrap: "fri-mon" is fri, sat, sun, mon
//   day    = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun"
//   ranges = range *( "," range )
//   range  = time "-" time                   an end before the start runs past midnight
//   time   = H:MM or HH:MM, 00:00 to 23:59; "24:00" only as an end
//
// Letters may be upper or lower case, spaces around "-", "," and ";" are allowed, and an en
// dash counts as "-". Days no rule names are closed. Times are Baku time.
class OpeningHours {
public:
    struct Range {
        int start = 0; // minutes after midnight, 0..1439
        int end = 0;   // 1..1440; end < start runs past midnight into the next day
        bool operator==(const Range &) const = default;
    };
    struct Rule {
        // As written: (first, last) day, 1 = Monday .. 7 = Sunday; first == last for one day.
        QList<QPair<int, int>> dayItems;
        QList<Range> ranges;
        QList<int> days() const; // every day the items name, in the order written
        bool operator==(const Rule &) const = default;
    };

    OpeningHours() = default; // closed always

    // nullopt and a translated message in `error` when the text does not follow the format.
    // Empty text is an error too (an entry with unknown hours has no OpeningHours at all).
    static std::optional<OpeningHours> parse(const QString &text, QString *error = nullptr);
    static OpeningHours alwaysOpen();

    bool isAlwaysOpen() const { return m_always; }
    QList<Rule> rules() const { return m_rules; }

    // day: 1 = Monday .. 7 = Sunday; a range that runs past midnight counts on the next day.
    bool isOpenAt(int dayOfWeek, const QTime &time) const;
    // See DirectoryEntry::isOpenAt for how the time is taken.
    bool isOpenAt(const QDateTime &bakuLocal) const;

    // The canonical text: lower case, single spaces, two-digit hours: "mon-fri 09:00-18:00;
    // sat 10:00-14:00". parse(x.toString()) == x.
    QString toString() const;

    // Baku wall-clock time for `time` (see DirectoryEntry::isOpenAt).
    static QDateTime bakuTime(const QDateTime &time);

    bool operator==(const OpeningHours &) const = default;

private:
    bool m_always = false;
    QList<Rule> m_rules;
};

} // namespace helpline
