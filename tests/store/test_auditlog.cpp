#include <catch2/catch.hpp>

#include "storefixture.h"

#include "core/store/auditlog.h"
#include "core/store/caserepository.h"

using namespace helpline;
using helpline::test::StoreFixture;

namespace {

// Ten saves and views, so the chain has entries to tamper with.
void fill(StoreFixture &f)
{
    ContactRepository contacts(*f.store);
    CaseRepository cases(*f.store);
    for (int i = 0; i < 5; ++i) {
        auto saved = contacts.save(f.counsellingContact(QStringLiteral("Audit %1").arg(i)));
        REQUIRE(saved.ok());
        REQUIRE(cases.open(saved->caseId).ok());
    }
}

void execRaw(StoreFixture &f, const QString &sql)
{
    QSqlQuery q(f.store->database());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
}

AuditVerification verify(StoreFixture &f)
{
    auto result = AuditLog::verify(*f.store);
    REQUIRE(result.ok());
    return *result;
}

} // namespace

TEST_CASE("an untouched audit chain verifies", "[store][audit]")
{
    StoreFixture f;
    fill(f);
    const AuditVerification v = verify(f);
    CHECK(v.intact);
    CHECK(v.entries == f.count(QStringLiteral("audit_log")));
    CHECK(v.entries > 10);
}

TEST_CASE("tampering behind the store's back is caught and named", "[store][audit]")
{
    StoreFixture f;
    fill(f);
    SECTION("an altered entry")
    {
        execRaw(f, QStringLiteral("UPDATE audit_log SET action = 'contact.view' WHERE seq = 5"));
        const AuditVerification v = verify(f);
        CHECK_FALSE(v.intact);
        CHECK(v.firstBadSeq == 5);
        CHECK(v.problem.contains(QStringLiteral("5 was altered")));
    }
    SECTION("an altered entry whose hash was recomputed without the chain")
    {
        AuditEntry e;
        QSqlQuery q(f.store->database());
        REQUIRE(
            q.exec(QStringLiteral("SELECT seq, id, at, account_id, device_id, action, record_type, "
                                  "record_id, detail, prev_hash FROM audit_log WHERE seq = 4")));
        REQUIRE(q.next());
        e.seq = 4;
        e.id = q.value(1).toString();
        e.at = q.value(2).toString();
        e.accountId = QStringLiteral("someone-else");
        e.deviceId = q.value(4).toString();
        e.action = q.value(5).toString();
        e.recordType = q.value(6).toString();
        e.recordId = q.value(7).toString();
        e.detail = q.value(8).toString();
        e.prevHash = q.value(9).toString();
        const QString forged = AuditLog::computeHash(e);
        execRaw(f, QStringLiteral("UPDATE audit_log SET account_id = 'someone-else', hash = '%1' "
                                  "WHERE seq = 4")
                       .arg(forged));
        const AuditVerification v = verify(f);
        CHECK_FALSE(v.intact);
        CHECK(v.firstBadSeq == 5); // entry 5 no longer follows entry 4
    }
    SECTION("a removed entry")
    {
        execRaw(f, QStringLiteral("DELETE FROM audit_log WHERE seq = 7"));
        const AuditVerification v = verify(f);
        CHECK_FALSE(v.intact);
        CHECK(v.firstBadSeq == 7);
        CHECK(v.problem.contains(QStringLiteral("removed")));
    }
    SECTION("removed entries at the end")
    {
        const qint64 last = f.count(QStringLiteral("audit_log"));
        execRaw(f, QStringLiteral("DELETE FROM audit_log WHERE seq >= %1").arg(last - 1));
        const AuditVerification v = verify(f);
        CHECK_FALSE(v.intact);
        CHECK(v.firstBadSeq == last - 1);
    }
    SECTION("two entries swapped")
    {
        execRaw(f, QStringLiteral("UPDATE audit_log SET seq = -1 WHERE seq = 3"));
        execRaw(f, QStringLiteral("UPDATE audit_log SET seq = 3 WHERE seq = 4"));
        execRaw(f, QStringLiteral("UPDATE audit_log SET seq = 4 WHERE seq = -1"));
        const AuditVerification v = verify(f);
        CHECK_FALSE(v.intact);
        CHECK(v.firstBadSeq == 3);
    }
}
