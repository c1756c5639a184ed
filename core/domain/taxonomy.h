#pragma once

#include "core/store/storeerror.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace helpline {

// The reasons for contact, aligned with the Child Helpline International (CHI) data framework:
// categories ("violence") with subcategories ("violence.bullying"). Codes are stable, lower-case
// ASCII, never reused; they are what contacts store, sync and report. Labels are shown. The
// JSON format is documented in docs/reference-data.md.

struct TaxonomySubcategory {
    QString code;                  // "violence.bullying": always "<category>.<name>"
    QMap<QString, QString> labels; // language ("en", "az", "ru") → label
    bool retired = false;          // kept for old contacts, no longer offered in the picker
};

struct TaxonomyCategory {
    QString code; // "violence"
    QMap<QString, QString> labels;
    bool retired = false;
    QList<TaxonomySubcategory> subcategories;
};

class Taxonomy {
public:
    Taxonomy() = default; // empty: no categories, version 0

    // Parses and validates a taxonomy file. Error code Validation, with a translated message
    // naming the problem (and the code concerned) and the JSON location in `detail`.
    static Outcome<Taxonomy> fromJson(const QByteArray &json);

    // The taxonomy shipped in the resources (":/helpline/taxonomy/taxonomy.json"), loaded once.
    // Empty (and logged as critical) if the shipped file is broken, which the tests rule out.
    static const Taxonomy &builtIn();

    // The languages every label must have: en, az, ru.
    static QStringList requiredLanguages();

    int version() const { return m_version; }
    bool isEmpty() const { return m_categories.isEmpty(); }
    QList<TaxonomyCategory> categories() const { return m_categories; }

    bool contains(const QString &code) const { return m_index.contains(code); }
    bool isCategory(const QString &code) const;
    bool isRetired(const QString &code) const;

    // The label in `language` ("az", "ru", "en"; "az_AZ" or "ru-RU" work too), falling back to
    // English. Empty for an unknown code.
    QString label(const QString &code, const QString &language) const;

    // "violence" for "violence.bullying"; empty for a category code or an unknown code.
    QString categoryOf(const QString &subcategoryCode) const;

    // Codes (categories and subcategories, not retired ones) whose label in any language
    // contains every word of `text`, compared with helpline::text::foldForSearch. Best first:
    // whole label, then label start, then word start, then anywhere; a match in `language` wins
    // a tie; then taxonomy order. Empty text gives no results.
    QStringList search(const QString &text, const QString &language) const;

private:
    struct Entry {
        QString code;
        QString category; // empty for a category
        QMap<QString, QString> labels;
        bool retired = false;
        QMap<QString, QString> folded; // language → normalised folded label
    };

    void buildIndex();

    int m_version = 0;
    QList<TaxonomyCategory> m_categories;
    QList<Entry> m_entries;            // taxonomy order: each category, then its subcategories
    QHash<QString, qsizetype> m_index; // code → position in m_entries
};

} // namespace helpline
