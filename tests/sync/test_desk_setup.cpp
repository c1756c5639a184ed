// Setting a desk up with the real server: enrolment with a one-time code, the first online
// sign-in of each account through the key escrow, offline sign-in afterwards, and a password
// reset on the server taking effect at the next online sign-in.
#include <catch2/catch.hpp>

#include "enrolleddesk.h"
#include "serverharness.h"
#include "testsupport.h"
#include "waituntil.h"

#include "core/store/keyring.h"
#include "core/store/officerules.h"
#include "core/sync/desksetup.h"
#include "core/sync/serversession.h"
#include "core/sync/syncclient.h"
#include "core/util/clock.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace helpline;
using namespace helpline::test;

namespace {

QString issueCode(const TestDatabase &db)
{
    const CliResult issued =
        runCli(db, {"devices", "issue-code", "--office", "baku", "--name", "Desk 3"});
    return QJsonDocument::fromJson(issued.out).object().value("code").toString();
}

DeskSetupResult run(std::function<void(DeskSetup::Done)> call)
{
    std::optional<DeskSetupResult> result;
    call([&](DeskSetupResult r) { result = std::move(r); });
    REQUIRE(waitUntil([&] { return result.has_value(); }, 60000));
    return std::move(*result);
}

DeskIdentity serverOf(const ServerProcess &server)
{
    DeskIdentity desk;
    desk.server = server.url(QString());
    desk.deviceName = QStringLiteral("Desk 3");
    return desk;
}

} // namespace

TEST_CASE("a desk is enrolled and accounts sign in through the key escrow", "[sync][desk]")
{
    TestDatabase db(TestDatabase::Kind::Embedded);
    REQUIRE(initServer(db).exitCode == 0);
    const QString leylaId = createAccount(db, "leyla", "counsellor");
    ServerProcess server;
    REQUIRE(server.start(db));
    QTemporaryDir dir;
    QNetworkAccessManager network;
    DeskSetup setup(network);

    // Enrolment: the admin's code, then the admin signs in; the store is theirs.
    const QString code = issueCode(db);
    REQUIRE_FALSE(code.isEmpty());
    DeskSetupResult enrolled = run([&](DeskSetup::Done done) {
        setup.enrol(dir.path(), serverOf(server), code, QStringLiteral("admin"),
                    password(kAdminPassword), fastKdf(), done);
    });
    INFO(enrolled.error.toStdString());
    REQUIRE(enrolled.ok());
    const QString deviceId = enrolled.desk->deviceId;
    CHECK(enrolled.store->session().deviceId == deviceId);
    CHECK(enrolled.store->session().role == Role::Admin);
    CHECK(enrolled.store->session().accountId == enrolled.tokens->account.id);
    CHECK(QFileInfo(dir.filePath("desk.json")).permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    auto keyring = CaseStore::readKeyring(dir.path());
    REQUIRE(keyring.ok());
    CHECK(keyring->hasEscrow());
    CHECK(keyring->escrowDeviceId() == deviceId);
    enrolled.store.reset();

    // The code is spent: a second enrolment with it is refused and changes nothing.
    QTemporaryDir other;
    DeskSetupResult again = run([&](DeskSetup::Done done) {
        setup.enrol(other.path(), serverOf(server), code, QStringLiteral("admin"),
                    password(kAdminPassword), fastKdf(), done);
    });
    CHECK_FALSE(again.ok());
    REQUIRE(again.syncError.has_value());
    CHECK(again.syncError->kind == SyncError::Kind::Refused);
    CHECK_FALSE(CaseStore::exists(other.path()));
    CHECK_FALSE(DeskIdentity::exists(other.path()));

    // A counsellor who was never on this desk signs in online; then offline with the keyring.
    auto desk = DeskIdentity::load(dir.path());
    REQUIRE(desk.ok());
    REQUIRE(desk->has_value());
    CHECK((*desk)->deviceId == deviceId);
    DeskSetupResult leyla = run([&](DeskSetup::Done done) {
        setup.signInThroughServer(dir.path(), **desk, QStringLiteral("leyla"),
                                  password("a good long password"), fastKdf(), done);
    });
    INFO(leyla.error.toStdString());
    REQUIRE(leyla.ok());
    CHECK(leyla.store->session().accountId == leylaId);
    CHECK(leyla.store->session().role == Role::Counsellor);
    CHECK_FALSE(leyla.tokens->refreshToken.isEmpty());
    leyla.store.reset();
    auto offline = CaseStore::unlock(dir.path(), leylaId, password("a good long password"));
    REQUIRE(offline.ok());
    offline->reset();

    // A wrong password gets nothing from the server, and the store is not opened.
    DeskSetupResult wrong = run([&](DeskSetup::Done done) {
        setup.signInThroughServer(dir.path(), **desk, QStringLiteral("leyla"),
                                  password("not her password"), fastKdf(), done);
    });
    CHECK_FALSE(wrong.ok());
    REQUIRE(wrong.syncError.has_value());
    CHECK(wrong.syncError->kind == SyncError::Kind::Refused);

    // A password reset on the server: the new one works online (and from then on offline),
    // and the old one no longer opens the store.
    const CliResult reset = runCli(db, {"accounts", "reset-password", "leyla", "--password-stdin"},
                                   "a brand new password\n");
    REQUIRE(reset.exitCode == 0);
    DeskSetupResult renewed = run([&](DeskSetup::Done done) {
        setup.signInThroughServer(dir.path(), **desk, QStringLiteral("leyla"),
                                  password("a brand new password"), fastKdf(), done);
    });
    INFO(renewed.error.toStdString());
    REQUIRE(renewed.ok());
    renewed.store.reset();
    CHECK(CaseStore::unlock(dir.path(), leylaId, password("a brand new password")).ok());
    auto old = CaseStore::unlock(dir.path(), leylaId, password("a good long password"));
    REQUIRE_FALSE(old.ok());
    CHECK(old.error().code == StoreError::Code::WrongPassword);

    // A revoked device: its escrow key is gone, so nobody new can sign in on it.
    REQUIRE(runCli(db, {"devices", "revoke", deviceId}).exitCode == 0);
    DeskSetupResult revoked = run([&](DeskSetup::Done done) {
        setup.signInThroughServer(dir.path(), **desk, QStringLiteral("admin"),
                                  password(kAdminPassword), fastKdf(), done);
    });
    CHECK_FALSE(revoked.ok());
    CHECK(revoked.syncError.has_value());
    server.stop();
}

TEST_CASE("an escrow key from elsewhere does not open the store", "[sync][desk]")
{
    QTemporaryDir dir;
    CaseStore::CreateOptions options;
    options.directory = dir.path();
    options.adminUsername = QStringLiteral("aysel");
    options.kdf = fastKdf();
    options.deviceId = QStringLiteral("0193a000-0000-7000-8000-00000000d0d0");
    const QByteArray escrow(32, '\x11');
    options.escrowKey = escrow;
    REQUIRE(CaseStore::create(options, password("correct horse")).ok());

    const KeyringAccount newcomer{QStringLiteral("0193a000-0000-7000-8000-0000000000b7"),
                                  QStringLiteral("murad"), QStringLiteral("Murad"),
                                  Role::Counsellor};
    auto wrong = CaseStore::unlockWithEscrow(dir.path(), QByteArray(32, '\x12'), newcomer,
                                             QString(), password("murad's password"), fastKdf());
    REQUIRE_FALSE(wrong.ok());
    auto keyring = CaseStore::readKeyring(dir.path());
    REQUIRE(keyring.ok());
    CHECK_FALSE(keyring->account(newcomer.accountId).has_value());

    auto right = CaseStore::unlockWithEscrow(dir.path(), escrow, newcomer, QString(),
                                             password("murad's password"), fastKdf());
    INFO((right.ok() ? std::string() : right.error().message.toStdString()));
    REQUIRE(right.ok());
    CHECK((*right)->session().accountId == newcomer.accountId);
    QSqlQuery q((*right)->database());
    REQUIRE(q.exec(
        QStringLiteral("SELECT role FROM accounts WHERE id = '%1'").arg(newcomer.accountId)));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QLatin1String("counsellor"));
    q.finish();
    right->reset();

    // The keyring was written: the same password opens it offline now.
    CHECK(CaseStore::unlock(dir.path(), newcomer.accountId, password("murad's password")).ok());
}

TEST_CASE("an enrolment whose first sign-in failed is finished by signing in again", "[sync][desk]")
{
    TestDatabase db(TestDatabase::Kind::Embedded);
    REQUIRE(initServer(db).exitCode == 0);
    ServerProcess server;
    REQUIRE(server.start(db));
    QTemporaryDir dir;
    QNetworkAccessManager network;
    DeskSetup setup(network);

    // The code is right, the password mistyped: the desk is enrolled, but has no store.
    DeskSetupResult mistyped = run([&](DeskSetup::Done done) {
        setup.enrol(dir.path(), serverOf(server), issueCode(db), QStringLiteral("admin"),
                    password("not the password"), fastKdf(), done);
    });
    REQUIRE_FALSE(mistyped.ok());
    CHECK_FALSE(CaseStore::exists(dir.path()));
    auto desk = DeskIdentity::load(dir.path());
    REQUIRE(desk.ok());
    REQUIRE(desk->has_value());

    DeskSetupResult finished = run([&](DeskSetup::Done done) {
        setup.finishEnrolment(dir.path(), **desk, QStringLiteral("admin"), password(kAdminPassword),
                              fastKdf(), done);
    });
    INFO(finished.error.toStdString());
    REQUIRE(finished.ok());
    CHECK(finished.store->session().deviceId == (*desk)->deviceId);
    const QString adminId = finished.store->session().accountId;
    finished.store.reset();
    auto keyring = CaseStore::readKeyring(dir.path());
    REQUIRE(keyring.ok());
    CHECK(keyring->hasEscrow());
    CHECK(CaseStore::unlock(dir.path(), adminId, password(kAdminPassword)).ok());

    // Once the store is there, finishing again changes nothing.
    DeskSetupResult again = run([&](DeskSetup::Done done) {
        setup.finishEnrolment(dir.path(), **desk, QStringLiteral("admin"), password(kAdminPassword),
                              fastKdf(), done);
    });
    CHECK_FALSE(again.ok());
    server.stop();
}

TEST_CASE("the office's review rules come from the server with each sign-in and refresh, and "
          "are kept for offline sign-ins",
          "[sync][desk][review]")
{
    TestDatabase db(TestDatabase::Kind::Embedded);
    REQUIRE(initServer(db).exitCode == 0);
    createAccount(db, "leyla", "counsellor");
    const CliResult set = runCli(db, {"offices", "rules", "baku", "--closure-approval", "off",
                                      "--new-counsellor-weeks", "9"});
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    CHECK(QJsonDocument::fromJson(set.out).object().value("new_counsellor_weeks").toInt() == 9);
    ServerProcess server;
    REQUIRE(server.start(db));

    QTemporaryDir dir;
    QNetworkAccessManager network;
    ManualClock clock;
    EnrolledDesk enrolled =
        enrolDeskAs(db, server, dir.path(), QStringLiteral("Desk 3"), QStringLiteral("leyla"),
                    QString::fromLatin1(kPassword), network, &clock);
    REQUIRE(enrolled.store);
    REQUIRE(enrolled.tokens.officeRules.has_value());
    CHECK_FALSE(enrolled.tokens.officeRules->closureNeedsApproval);
    CHECK(enrolled.tokens.officeRules->newCounsellorWeeks == 9);

    // Nothing kept yet: the desk's own settings apply.
    CaseStore &store = *enrolled.store;
    const ReviewRules local{true, 4};
    CHECK(OfficeRules::effective(store, local).closureNeedsApproval);

    // The session hands every set of rules it receives to its sink, which keeps them.
    SyncClient client(network, enrolled.desk.clientOptions());
    ServerSession session(
        client, clock, ServerSession::Device{enrolled.desk.deviceId, enrolled.desk.deviceSecret});
    QList<ReviewRules> received;
    session.setOfficeRulesSink([&](const ReviewRules &rules) {
        received << rules;
        REQUIRE(OfficeRules::save(store, rules).ok());
    });
    session.start(enrolled.tokens);
    REQUIRE(received.size() == 1);
    ReviewRules applied = OfficeRules::effective(store, local);
    CHECK_FALSE(applied.closureNeedsApproval);
    CHECK(applied.newCounsellorWeeks == 9);

    // An administrator changes them; the next refresh brings them.
    REQUIRE(runCli(db, {"offices", "rules", "baku", "--closure-approval", "on"}).exitCode == 0);
    session.expired();
    std::optional<QString> token;
    session.token([&](std::optional<QString> t, SyncError) { token = t.value_or(QString()); });
    REQUIRE(waitUntil([&] { return token.has_value(); }, 30000));
    REQUIRE(!token->isEmpty());
    REQUIRE(received.size() == 2);
    applied = OfficeRules::effective(store, ReviewRules{false, 0});
    CHECK(applied.closureNeedsApproval);
    CHECK(applied.newCounsellorWeeks == 9);

    // Bad values are refused with the field named, and nothing changes.
    const CliResult bad = runCli(db, {"offices", "rules", "baku", "--new-counsellor-weeks", "60"});
    CHECK(bad.exitCode != 0);
    CHECK(runCli(db, {"offices", "rules", "nowhere"}).exitCode != 0);
}
