#pragma once

// One desk holding the cases of several accounts: an admin, counsellors Leyla and Kamal,
// supervisor Samir, a case each for Leyla and Kamal, and a case of another office ("ganja")
// assigned to Leyla. signInAs() reopens the store as another account. Used by the access and
// review tests.
#include <catch2/catch.hpp>

#include "storefixture.h"

#include "core/store/auditlog.h"
#include "core/store/caseitemrepository.h"
#include "core/store/caserepository.h"
#include "core/store/contactrepository.h"
#include "core/store/searchindex.h"

#include <QSqlQuery>

namespace helpline::test {

inline constexpr char kSharedDeskPassword[] = "a good long password";

struct SharedDesk {
    SharedDesk()
    {
        admin = f.store->session().accountId;
        leyla = add(QStringLiteral("leyla"), Role::Counsellor);
        kamal = add(QStringLiteral("kamal"), Role::Counsellor);
        samir = add(QStringLiteral("samir"), Role::Supervisor);
        // Three cases: Leyla's, Kamal's, and one of another office assigned to Leyla (pulled
        // there by an account of that office).
        mine = save(leyla, QStringLiteral("Bullied at school, Leyla's case"));
        theirs = save(kamal, QStringLiteral("Runaway from home, Kamal's case"));
        ganja = save(leyla, QStringLiteral("Lost phone, Ganja office case"));
        QSqlQuery q(f.store->database());
        REQUIRE(q.exec(QStringLiteral("UPDATE cases SET office_id = 'ganja' WHERE id = '%1'")
                           .arg(ganja.caseId)));
        FollowUp followUp;
        followUp.caseId = theirs.caseId;
        followUp.dueAt = f.clock.nowUtc().addSecs(3600);
        followUp.description = QStringLiteral("Call back");
        REQUIRE(FollowUpRepository(*f.store).add(followUp).ok());
    }

    QString add(const QString &username, Role role)
    {
        auto added = f.store->addAccount(username, username, role,
                                         test::password(kSharedDeskPassword), test::fastKdf());
        REQUIRE(added.ok());
        return *added;
    }

    SavedContact save(const QString &counsellor, const QString &summary)
    {
        ContactSave s = f.counsellingContact(summary);
        s.contact.counsellorId = counsellor;
        auto saved = ContactRepository(*f.store).save(s);
        REQUIRE(saved.ok());
        return *saved;
    }

    void signInAs(const QString &accountId)
    {
        f.store.reset();
        auto unlocked = CaseStore::unlock(
            f.dir.path(), accountId,
            test::password(accountId == admin ? "correct horse" : kSharedDeskPassword), &f.clock);
        INFO(unlocked.error().message.toStdString());
        REQUIRE(unlocked.ok());
        f.store = std::move(unlocked.value());
    }

    QStringList listed()
    {
        QStringList ids;
        CaseListQuery query;
        query.limit = 100;
        auto page = CaseRepository(*f.store).page(query);
        REQUIRE(page.ok());
        for (const CaseSummary &s : *page)
            ids << s.id;
        ids.sort();
        return ids;
    }

    qint64 counted(CaseListQuery query = {})
    {
        auto n = CaseRepository(*f.store).count(query);
        REQUIRE(n.ok());
        return *n;
    }

    QStringList found(const QString &text)
    {
        auto hits = SearchIndex::search(*f.store, text);
        REQUIRE(hits.ok());
        QStringList ids;
        for (const SearchHit &hit : *hits)
            ids << hit.caseId;
        return ids;
    }

    int denials(const QString &caseId)
    {
        auto entries = AuditLog::forRecord(*f.store, QStringLiteral("case"), caseId);
        REQUIRE(entries.ok());
        int n = 0;
        for (const AuditEntry &e : *entries)
            n += e.action == QLatin1String("access.denied") ? 1 : 0;
        return n;
    }

    static QStringList sorted(QStringList ids)
    {
        ids.sort();
        return ids;
    }

    StoreFixture f;
    QString admin, leyla, kamal, samir;
    SavedContact mine, theirs, ganja;
};

} // namespace helpline::test
