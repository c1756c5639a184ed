#include "core/store/officerules.h"

#include "core/protocol/syncmessages.h"
#include "core/store/casestore.h"
#include "core/store/writetransaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace helpline {

Q_LOGGING_CATEGORY(lcOfficeRules, "helpline.store.officerules")

namespace {
const QString kKey = QStringLiteral("office_rules");
} // namespace

Outcome<void> OfficeRules::save(CaseStore &store, const ReviewRules &rules)
{
    const QJsonObject json = officeRulesToJson(rules);
    WriteTransaction tx(store);
    tx.exec(QStringLiteral("INSERT OR REPLACE INTO store_meta (key, value) VALUES (?, ?)"),
            {kKey, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))});
    return tx.commit();
}

Outcome<std::optional<ReviewRules>> OfficeRules::load(CaseStore &store)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT value FROM store_meta WHERE key = ?"));
    q.addBindValue(kKey);
    if (!q.exec())
        return store.sqlError(q.lastError(),
                              QCoreApplication::translate("helpline::OfficeRules",
                                                          "Reading the office's review rules"));
    if (!q.next())
        return std::optional<ReviewRules>();
    const QJsonObject json = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    ReviewRules rules;
    rules.closureNeedsApproval = json.value(QStringLiteral("closure_needs_approval")).toBool(true);
    rules.newCounsellorWeeks = qBound(0, json.value(QStringLiteral("new_counsellor_weeks")).toInt(),
                                      ReviewRules::maxNewCounsellorWeeks);
    return std::optional<ReviewRules>(rules);
}

ReviewRules OfficeRules::effective(CaseStore &store, const ReviewRules &local)
{
    auto kept = load(store);
    if (!kept) {
        qCWarning(lcOfficeRules) << "the office's review rules cannot be read, code"
                                 << int(kept.error().code);
        return local;
    }
    return kept->value_or(local);
}

} // namespace helpline
