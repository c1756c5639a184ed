#pragma once

#include "testsupport.h"

#include "core/store/casestore.h"
#include "core/store/contactrepository.h"
#include "core/util/clock.h"

#include <QSqlQuery>
#include <QTemporaryDir>

namespace helpline::test {

// A fresh store in a temporary folder, signed in as its admin, with a manual clock.
struct StoreFixture {
    StoreFixture()
    {
        CaseStore::CreateOptions options;
        options.directory = dir.path();
        options.adminUsername = QStringLiteral("aysel");
        options.kdf = fastKdf();
        auto created = CaseStore::create(options, password("correct horse"), &clock);
        if (!created.ok())
            FAIL(created.error().message.toStdString());
        store = std::move(created.value());
    }

    qint64 count(const QString &table, const QString &where = QStringLiteral("1"))
    {
        QSqlQuery q(store->database());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, where)) ||
            !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    ContactSave counsellingContact(const QString &summary, const QString &childName = QString())
    {
        ContactSave save;
        save.contact.channel = QStringLiteral("phone");
        save.contact.callType = QStringLiteral("child_about_self");
        save.contact.startedAt = clock.nowUtc().addSecs(-600);
        save.contact.durationSeconds = 540;
        save.contact.categories = {QStringLiteral("violence.bullying")};
        save.contact.summary = summary;
        save.contact.riskLevel = QStringLiteral("low");
        if (!childName.isEmpty()) {
            Person child;
            child.name = childName;
            child.age = QStringLiteral("12");
            child.gender = QStringLiteral("girl");
            save.child = child;
        }
        return save;
    }

    QTemporaryDir dir;
    ManualClock clock{QDateTime(QDate(2026, 11, 28), QTime(3, 0), Qt::UTC)};
    std::unique_ptr<CaseStore> store;
};

} // namespace helpline::test
