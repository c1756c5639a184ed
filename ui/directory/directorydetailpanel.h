#pragma once

#include "core/domain/directoryentry.h"

#include <QDateTime>
#include <QWidget>

#include <optional>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace helpline {

class Regions;

// Everything a counsellor needs about one service before referring: its services, who it takes
// (eligibility, ages, genders), address, phones (each copied with one click, or Ctrl+Shift+C for
// the first), email, website, opening hours and whether it is open now (Baku time), languages,
// cost, notes for counsellors and when it was last verified; details not verified for 12 months
// say so in words and colour.
class DirectoryDetailPanel : public QWidget {
    Q_OBJECT
public:
    DirectoryDetailPanel(const Regions &regions, QWidget *parent = nullptr);

    void setLanguage(const QString &language);
    // Shows `entry` as of `now` (open now, verified how long ago); nullopt shows a hint.
    void setEntry(const std::optional<DirectoryEntry> &entry, const QDateTime &now);
    const std::optional<DirectoryEntry> &entry() const { return m_entry; }

    // Puts the entry's `index`th phone number on the clipboard; false when it has none.
    bool copyPhone(int index = 0);
    // The text shown (tests and screen readers).
    QString shownText() const;

signals:
    void phoneCopied(const QString &phone);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    const Regions &m_regions;
    QString m_language = QStringLiteral("en");
    std::optional<DirectoryEntry> m_entry;
    QDateTime m_now;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
};

} // namespace helpline
