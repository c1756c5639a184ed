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

    // An administrator of an enrolled desk reads no case without a stated reason; on a desk
    // without a server (no office) the administrator runs the helpline and reads its cases.
    CHECK_FALSE(AccessPolicy::mayReadCase(admin, own));
    CHECK_FALSE(AccessPolicy::mayReadCase(admin, otherOffice));
    CHECK(AccessPolicy::mayReadCase({QStringLiteral("admin-id"), Role::Admin, {}}, colleagues));

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

// The whole table: role x action x case. Each row is one viewer; the columns are the cases
// (own, a colleague's, restricted and a colleague's, another office's) and each cell the
// actions allowed: r read, w write, v review, o open with a reason. "-" nothing.
TEST_CASE("the access matrix: role x action x own, other, restricted, other office", "[access]")
{
    const CaseScope own{QStringLiteral("baku"), kLeyla, false};
    const CaseScope other{QStringLiteral("baku"), kKamal, false};
    const CaseScope restricted{QStringLiteral("baku"), kKamal, true};
    const CaseScope otherOffice{QStringLiteral("ganja"), kKamal, false};
    struct Row {
        const char *who;
        Viewer viewer;
        const char *cells[4];
    };
    const Row rows[] = {
        {"counsellor Leyla",
         {kLeyla, Role::Counsellor, QStringLiteral("baku")},
         {"rw", "o", "o", "-"}},
        {"supervisor Samir",
         {QStringLiteral("samir-id"), Role::Supervisor, QStringLiteral("baku")},
         {"rwv", "rwv", "rwv", "-"}},
        {"supervisor of Ganja",
         {QStringLiteral("gulnar-id"), Role::Supervisor, QStringLiteral("ganja")},
         {"-", "-", "-", "rwv"}},
        {"admin of an enrolled desk",
         {QStringLiteral("admin-id"), Role::Admin, QStringLiteral("baku")},
         {"o", "o", "o", "o"}},
        {"admin of a desk without a server",
         {QStringLiteral("admin-id"), Role::Admin, QString()},
         {"rw", "rw", "rw", "rw"}},
    };
    const CaseScope cases[] = {own, other, restricted, otherOffice};
    for (const Row &row : rows) {
        for (int c = 0; c < 4; ++c) {
            INFO(row.who << ", case " << c);
            QString allowed;
            if (AccessPolicy::mayReadCase(row.viewer, cases[c]))
                allowed += u'r';
            if (AccessPolicy::mayWriteCase(row.viewer, cases[c]))
                allowed += u'w';
            if (AccessPolicy::mayReview(row.viewer, cases[c]))
                allowed += u'v';
            if (AccessPolicy::mayOpenWithReason(row.viewer, cases[c]))
                allowed += u'o';
            CHECK(allowed.toStdString() ==
                  (std::string(row.cells[c]) == "-" ? std::string() : row.cells[c]));
        }
    }
    // What an opening is called, which decides whether supervisors review it.
    const Viewer leyla{kLeyla, Role::Counsellor, QStringLiteral("baku")};
    const Viewer admin{QStringLiteral("admin-id"), Role::Admin, QStringLiteral("baku")};
    CHECK(AccessPolicy::openingKind(leyla, restricted) == QLatin1String("break_glass"));
    CHECK(AccessPolicy::openingKind(leyla, other) == QLatin1String("reason"));
    CHECK(AccessPolicy::openingKind(admin, other) == QLatin1String("admin_reason"));
    CHECK(AccessPolicy::openingKind(admin, restricted) == QLatin1String("break_glass"));
}

TEST_CASE("the server's push matrix: role x own, colleague's, created, unassigned, restricted, "
          "other office, from the desk's office",
          "[access]")
{
    const QString baku = QStringLiteral("baku");
    const QString ganja = QStringLiteral("ganja");
    const QString samir = QStringLiteral("samir-id");
    struct Case {
        CaseScope scope;
        QString creator;
    };
    const Case cases[] = {
        {{baku, kLeyla, false}, kKamal},     // 0 assigned to Leyla
        {{baku, kKamal, false}, kKamal},     // 1 Kamal's
        {{baku, kKamal, false}, kLeyla},     // 2 Leyla opened it, since handed to Kamal
        {{baku, QString(), false}, kKamal},  // 3 nobody holds it
        {{baku, kKamal, true}, kLeyla},      // 4 restricted, Kamal's, Leyla opened it
        {{baku, kLeyla, true}, kKamal},      // 5 restricted, Leyla's
        {{ganja, QString(), false}, kKamal}, // 6 another office, nobody holds it
    };
    struct Row {
        const char *who;
        Viewer viewer;
        QString deskOffice;
        const char *cells; // one per case: 'y' accepted, '-' refused
    };
    const Row rows[] = {
        {"counsellor Leyla at a Baku desk", {kLeyla, Role::Counsellor, baku}, baku, "y-yy-y-"},
        // A Baku counsellor visiting Ganja works for Ganja's unassigned cases too.
        {"counsellor Leyla at a Ganja desk", {kLeyla, Role::Counsellor, baku}, ganja, "y-yy-yy"},
        {"supervisor Samir", {samir, Role::Supervisor, baku}, baku, "yyyyyy-"},
        {"supervisor Samir at a Ganja desk", {samir, Role::Supervisor, baku}, ganja, "yyyyyy-"},
        {"admin", {QStringLiteral("admin-id"), Role::Admin, baku}, baku, "-------"},
        {"nobody signed in", {QString(), Role::Counsellor, baku}, baku, "-------"},
    };
    for (const Row &row : rows) {
        std::string got;
        for (const Case &c : cases)
            got += AccessPolicy::mayPushCaseChange(row.viewer, row.deskOffice, c.scope, c.creator)
                       ? 'y'
                       : '-';
        INFO(row.who);
        CHECK(got == row.cells);
    }
}
