#include "core/domain/taxonomy.h"

#include "core/domain/referencefile.h"

#include "core/text/azfold.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <limits>

namespace helpline {

Q_LOGGING_CATEGORY(lcTaxonomy, "helpline.domain.taxonomy")

namespace {

const QString kFormat = QStringLiteral("helpline-taxonomy");
const QString kResource = QStringLiteral(":/helpline/taxonomy/taxonomy.json");

// Reads the "labels" object of one entry: every required language present and not blank.
std::optional<StoreError> readLabels(const QJsonObject &entry, const QString &code,
                                     const QString &where, QMap<QString, QString> &labels)
{
    return readLanguageMap(
        entry, QStringLiteral("labels"), where, labels,
        QCoreApplication::translate("helpline::Taxonomy", "The entry %1 has no labels.").arg(code),
        QCoreApplication::translate("helpline::Taxonomy", "The entry %1 has no label in %2.")
            .arg(code, QStringLiteral("%1")));
}

} // namespace

QStringList Taxonomy::requiredLanguages()
{
    return referenceLanguages();
}

Outcome<Taxonomy> Taxonomy::fromJson(const QByteArray &json)
{
    auto envelope = readReferenceFile(
        json, kFormat, QCoreApplication::translate("helpline::Taxonomy", "The taxonomy file"));
    if (!envelope)
        return envelope.error();
    const QJsonObject root = envelope->root;
    const int versionNumber = envelope->version;

    const QJsonArray categories = root.value(QStringLiteral("categories")).toArray();
    if (categories.isEmpty())
        return referenceFileError(
            QCoreApplication::translate("helpline::Taxonomy", "The taxonomy has no categories."),
            QStringLiteral("categories"));

    static const QRegularExpression namePattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    Taxonomy taxonomy;
    taxonomy.m_version = static_cast<int>(versionNumber);
    QSet<QString> seen;

    for (qsizetype c = 0; c < categories.size(); ++c) {
        const QString where = QStringLiteral("categories[%1]").arg(c);
        const QJsonObject object = categories.at(c).toObject();
        TaxonomyCategory category;
        category.code = object.value(QStringLiteral("code")).toString();
        if (category.code.isEmpty())
            return referenceFileError(
                QCoreApplication::translate("helpline::Taxonomy", "Category number %1 has no code.")
                    .arg(c + 1),
                where);
        if (!namePattern.match(category.code).hasMatch())
            return referenceFileError(
                QCoreApplication::translate(
                    "helpline::Taxonomy",
                    "The category code \"%1\" is not valid: use lower-case letters "
                    "a-z, digits and underscores, starting with a letter.")
                    .arg(category.code),
                where + QStringLiteral(".code"));
        if (seen.contains(category.code))
            return referenceFileError(
                QCoreApplication::translate("helpline::Taxonomy",
                                            "The code %1 is used more than once.")
                    .arg(category.code),
                where + QStringLiteral(".code"));
        seen.insert(category.code);
        if (auto error = readLabels(object, category.code, where, category.labels))
            return *error;
        category.retired = object.value(QStringLiteral("retired")).toBool(false);

        const QJsonValue subValue = object.value(QStringLiteral("subcategories"));
        if (!subValue.isUndefined() && !subValue.isArray())
            return referenceFileError(
                QCoreApplication::translate("helpline::Taxonomy",
                                            "The subcategories of %1 are not a list.")
                    .arg(category.code),
                where + QStringLiteral(".subcategories"));
        const QJsonArray subcategories = subValue.toArray();
        const QString prefix = category.code + u'.';
        for (qsizetype s = 0; s < subcategories.size(); ++s) {
            const QString subWhere = where + QStringLiteral(".subcategories[%1]").arg(s);
            const QJsonObject subObject = subcategories.at(s).toObject();
            TaxonomySubcategory sub;
            sub.code = subObject.value(QStringLiteral("code")).toString();
            if (sub.code.isEmpty())
                return referenceFileError(
                    QCoreApplication::translate("helpline::Taxonomy",
                                                "Subcategory number %1 of %2 has no code.")
                        .arg(s + 1)
                        .arg(category.code),
                    subWhere);
            if (!sub.code.startsWith(prefix))
                return referenceFileError(
                    QCoreApplication::translate(
                        "helpline::Taxonomy",
                        "The subcategory code %1 does not start with the code of "
                        "its category, \"%2\".")
                        .arg(sub.code, prefix),
                    subWhere + QStringLiteral(".code"));
            if (!namePattern.match(sub.code.mid(prefix.size())).hasMatch())
                return referenceFileError(
                    QCoreApplication::translate(
                        "helpline::Taxonomy",
                        "The subcategory code \"%1\" is not valid: after \"%2\" use "
                        "lower-case letters a-z, digits and underscores, starting "
                        "with a letter.")
                        .arg(sub.code, prefix),
                    subWhere + QStringLiteral(".code"));
            if (seen.contains(sub.code))
                return referenceFileError(
                    QCoreApplication::translate("helpline::Taxonomy",
                                                "The code %1 is used more than once.")
                        .arg(sub.code),
                    subWhere + QStringLiteral(".code"));
            seen.insert(sub.code);
            if (auto error = readLabels(subObject, sub.code, subWhere, sub.labels))
                return *error;
            sub.retired = category.retired || subObject.value(QStringLiteral("retired")).toBool();
            category.subcategories.append(sub);
        }
        taxonomy.m_categories.append(category);
    }

    taxonomy.buildIndex();
    return taxonomy;
}

void Taxonomy::buildIndex()
{
    m_entries.clear();
    m_index.clear();
    auto add = [this](const QString &code, const QString &category,
                      const QMap<QString, QString> &labels, bool retired) {
        Entry entry{code, category, labels, retired, {}};
        for (auto it = labels.begin(); it != labels.end(); ++it)
            entry.folded.insert(it.key(), normaliseForSearch(it.value()));
        m_index.insert(code, m_entries.size());
        m_entries.append(entry);
    };
    for (const TaxonomyCategory &category : std::as_const(m_categories)) {
        add(category.code, QString(), category.labels, category.retired);
        for (const TaxonomySubcategory &sub : category.subcategories)
            add(sub.code, category.code, sub.labels, sub.retired);
    }
}

const Taxonomy &Taxonomy::builtIn()
{
    static const Taxonomy taxonomy = [] {
        QFile file(kResource);
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(lcTaxonomy)
                << "cannot open the built-in taxonomy" << kResource << file.errorString();
            return Taxonomy();
        }
        Outcome<Taxonomy> loaded = fromJson(file.readAll());
        if (!loaded) {
            qCCritical(lcTaxonomy) << "the built-in taxonomy is invalid:" << loaded.error().message
                                   << loaded.error().detail;
            return Taxonomy();
        }
        qCDebug(lcTaxonomy) << "built-in taxonomy version" << loaded->version() << "with"
                            << loaded->m_entries.size() << "codes";
        return std::move(loaded.value());
    }();
    return taxonomy;
}

bool Taxonomy::isCategory(const QString &code) const
{
    const auto it = m_index.constFind(code);
    return it != m_index.constEnd() && m_entries.at(*it).category.isEmpty();
}

bool Taxonomy::isRetired(const QString &code) const
{
    const auto it = m_index.constFind(code);
    return it != m_index.constEnd() && m_entries.at(*it).retired;
}

QString Taxonomy::label(const QString &code, const QString &language) const
{
    const auto it = m_index.constFind(code);
    if (it == m_index.constEnd())
        return {};
    const QMap<QString, QString> &labels = m_entries.at(*it).labels;
    const QString text = labels.value(baseLanguage(language));
    return text.isEmpty() ? labels.value(QStringLiteral("en")) : text;
}

QString Taxonomy::categoryOf(const QString &subcategoryCode) const
{
    const auto it = m_index.constFind(subcategoryCode);
    return it == m_index.constEnd() ? QString() : m_entries.at(*it).category;
}

QStringList Taxonomy::search(const QString &text, const QString &language) const
{
    const QStringList terms = text::searchTerms(text);
    if (terms.isEmpty())
        return {};
    const QString query = terms.join(u' ');
    const QString preferred = baseLanguage(language);

    struct Hit {
        int score;
        qsizetype order;
    };
    QList<Hit> hits;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Entry &entry = m_entries.at(i);
        if (entry.retired)
            continue;
        int best = std::numeric_limits<int>::max();
        for (auto it = entry.folded.begin(); it != entry.folded.end(); ++it) {
            const int rank = searchMatchRank(it.value(), query, terms);
            if (rank >= 0)
                best = std::min(best, rank * 2 + (it.key() == preferred ? 0 : 1));
        }
        if (best != std::numeric_limits<int>::max())
            hits.append(Hit{best, i});
    }
    std::stable_sort(hits.begin(), hits.end(),
                     [](const Hit &a, const Hit &b) { return a.score < b.score; });
    QStringList codes;
    codes.reserve(hits.size());
    for (const Hit &hit : std::as_const(hits))
        codes.append(m_entries.at(hit.order).code);
    return codes;
}

} // namespace helpline
