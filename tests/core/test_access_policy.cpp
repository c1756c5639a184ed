// The helpline's access rules (AccessPolicy), the one place the desk and the server take them
// from: role x case (own, another counsellor's, another office's, restricted).
#include <catch2/catch.hpp>

#include "core/domain/accesspolicy.h"

using namespace helpline;

namespace {

const QString kLeyla = QStringLiteral("leyla-id");
const QString kKamal = QStringLiteral("kamal-id");

} // namespace

TEST_CASE("who may read a case", "[access]")
{
    const Viewer counsellor{kLeyla, Role::Counsellor, QStringLiteral("baku")};
    const Viewer supervisor{QStringLiteral("samir-id"), Role::Supervisor, QStringLiteral("baku")};
    const Viewer admin{QStringLiteral("admin-id"), Role::Admin, QStringLiteral("baku")};

    const CaseScope own{QStringLiteral("baku"), kLeyla, false};
    const CaseScope colleagues{QStringLiteral("baku"), kKamal, false};
    const CaseScope unassigned{QStringLiteral("baku"), QString(), false};
    const CaseScope otherOffice{QStringLiteral("ganja"), kKamal, false};
    const CaseScope ownRestricted{QStringLiteral("baku"), kLeyla, true};
    const CaseScope restricted{QStringLiteral("baku"), kKamal, true};
    const CaseScope notSynced{QString(), kKamal, false};

    CHECK(AccessPolicy::mayReadCase(counsellor, own));
    CHECK(AccessPolicy::mayReadCase(counsellor, ownRestricted));
    CHECK_FALSE(AccessPolicy::mayReadCase(counsellor, colleagues));
    CHECK_FALSE(AccessPolicy::mayReadCase(counsellor, unassigned));
    CHECK_FALSE(AccessPolicy::mayReadCase(counsellor, restricted));
    CHECK_FALSE(AccessPolicy::mayReadCase(counsellor, otherOffice));
    // Assigned is what counts for a counsellor, whatever the office.
    CHECK(AccessPolicy::mayReadCase(counsellor, {QStringLiteral("ganja"), kLeyla, false}));

    CHECK(AccessPolicy::mayReadCase(supervisor, own));
    CHECK(AccessPolicy::mayReadCase(supervisor, colleagues));
    CHECK(AccessPolicy::mayReadCase(supervisor, unassigned));
    CHECK(AccessPolicy::mayReadCase(supervisor, restricted));
    CHECK(AccessPolicy::mayReadCase(supervisor, notSynced));
    CHECK_FALSE(AccessPolicy::mayReadCase(supervisor, otherOffice));

    CHECK(AccessPolicy::mayReadCase(admin, otherOffice));

    // An account without an id (no one signed in) is never a case's assignee.
    CHECK_FALSE(AccessPolicy::mayReadCase({QString(), Role::Counsellor, {}}, unassigned));
}

TEST_CASE("who may read a record of a case", "[access]")
{
    const Viewer counsellor{kLeyla, Role::Counsellor, QStringLiteral("baku")};
    const CaseScope colleagues{QStringLiteral("baku"), kKamal, false};
    // Their own record: always, wherever the case went.
    CHECK(AccessPolicy::mayReadRecord(counsellor, kLeyla, colleagues));
    CHECK(AccessPolicy::mayReadRecord(counsellor, kLeyla, std::nullopt));
    CHECK_FALSE(AccessPolicy::mayReadRecord(counsellor, kKamal, colleagues));
    CHECK_FALSE(AccessPolicy::mayReadRecord(counsellor, kKamal, std::nullopt));
    CHECK(AccessPolicy::mayReadRecord(counsellor, kKamal, CaseScope{QString(), kLeyla, false}));

    const Viewer supervisor{QStringLiteral("samir-id"), Role::Supervisor, QStringLiteral("baku")};
    CHECK(AccessPolicy::mayReadRecord(supervisor, kKamal, colleagues));
    CHECK(AccessPolicy::mayReadRecord(supervisor, kKamal, std::nullopt));
    CHECK_FALSE(AccessPolicy::mayReadRecord(supervisor, kKamal,
                                            CaseScope{QStringLiteral("ganja"), kKamal, false}));
    CHECK(AccessPolicy::mayWriteCase(supervisor, colleagues));
    CHECK_FALSE(AccessPolicy::mayWriteCase(counsellor, colleagues));
}
