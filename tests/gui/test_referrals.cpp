// Referring a child: from the intake (the directory already narrowed to the contact), saved with
// the contact; then on the case, the referral's status changes, and an open referral without
// news waits on the Follow-ups page. Real widgets, a real encrypted store with the demo
// directory applied through the sync path.
#include <catch2/catch.hpp>

#include "../store/storefixture.h"

#include "core/directory/directoryjson.h"
#include "core/directory/directorypage.h"
#include "core/domain/regions.h"
#include "core/protocol/syncmessages.h"
#include "core/store/caseitemrepository.h"
#include "core/store/contactrepository.h"
#include "core/store/directoryrepository.h"
#include "core/store/draftrepository.h"
#include "core/store/pulledrecords.h"
#include "ui/cases/caseview.h"
#include "ui/cases/models/timelinemodel.h"
#include "ui/cases/models/waitingreferralsmodel.h"
#include "ui/common/messagebox.h"
#include "ui/common/workspace.h"
#include "ui/directory/directorybrowser.h"
#include "ui/directory/directorycatalog.h"
#include "ui/directory/directorydetailpanel.h"
#include "ui/directory/directorylistmodel.h"
#include "ui/directory/directoryscreen.h"
#include "ui/directory/referraldialog.h"
#include "ui/followups/followupsscreen.h"
#include "ui/form/formview.h"
#include "ui/intake/caselinkdialog.h"
#include "ui/intake/intakescreen.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace helpline;

namespace {

// The demo directory, as a desk receives it: one pulled page of the directory stream.
int seedDemoDirectory(CaseStore &store)
{
    QFile file(QStringLiteral(HELPLINE_SOURCE_DIR "/resources/directory/demo-directory.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const DirectoryImport demo = readDirectoryJson(file.readAll(), store.clock().nowUtc().date());
    REQUIRE(demo.ok());
    REQUIRE_FALSE(demo.entries.isEmpty());
    auto applied =
        PulledRecords(store).applyPage(QStringLiteral("directory"), directoryPage(demo.entries));
    REQUIRE(applied.ok());
    REQUIRE(applied->applied == demo.entries.size());
    return int(demo.entries.size());
}

struct ReferralFixture : test::StoreFixture {
    ReferralFixture()
    {
        directorySize = seedDemoDirectory(*store);
        workspace = std::make_unique<Workspace>(*store);
        MessageBox::takeAskedCount();
    }
    ~ReferralFixture()
    {
        intake.reset();
        workspace.reset();
    }

    void set(const QString &fieldId, const QJsonValue &value)
    {
        FormFieldEditor *editor = intake->formView()->editor(fieldId);
        REQUIRE(editor);
        editor->setValue(value);
        emit editor->changed();
    }

    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(store->database());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

    int directorySize = 0;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<IntakeScreen> intake;
};

void typeInto(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

} // namespace

TEST_CASE("a referral made from the intake is saved with the contact and completed from the case",
          "[gui][referral]")
{
    ReferralFixture f;
    f.intake = std::make_unique<IntakeScreen>(*f.workspace);
    f.intake->resize(1100, 900);
    f.intake->show();
    REQUIRE(QTest::qWaitForWindowExposed(f.intake.get()));
    f.set(QStringLiteral("callType"), QStringLiteral("child_about_self"));
    f.set(QStringLiteral("childName"), QStringLiteral("Leyla Həsənova"));
    f.set(QStringLiteral("childAge"), QStringLiteral("12"));
    f.set(QStringLiteral("childRegion"), QStringLiteral("AZ-SM"));
    f.set(QStringLiteral("categories"), QJsonArray{QStringLiteral("violence.bullying")});
    f.set(QStringLiteral("summary"), QStringLiteral("Sinif yoldaşları onu hər gün təhqir edir."));

    // Refer: the directory opens narrowed to what the form says.
    ReferralDialog *dialog = f.intake->startReferral();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    DirectoryBrowser *browser = dialog->browser();
    const DirectoryQuery query = browser->query();
    CHECK(query.age == 12);
    CHECK(query.regionCode == QStringLiteral("AZ-SM"));
    CHECK(query.serviceTypes == serviceTypesForCategories({QStringLiteral("violence.bullying")}));
    const int narrowed = browser->model()->rowCount();
    REQUIRE(narrowed > 0);
    CHECK(narrowed < f.directorySize);
    for (int row = 0; row < narrowed; ++row) {
        const DirectoryEntry *entry = browser->model()->entryAt(row);
        INFO(entry->name.toStdString());
        CHECK(entry->servesAge(12));
        CHECK(entry->servesRegion(QStringLiteral("AZ-SM"), Regions::builtIn()));
    }
    // Typing narrows it further as the counsellor types (folded: no Azerbaijani letters needed).
    QLineEdit *search = browser->searchEdit();
    search->setFocus();
    typeInto(search, QStringLiteral("psix"));
    const int typed = browser->model()->rowCount();
    REQUIRE(typed > 0);
    CHECK(typed <= narrowed);
    const DirectoryEntry chosen = *browser->model()->entryAt(0);
    CHECK(chosen.serviceTypes.contains(QStringLiteral("psychology")));
    // The first service's details, its phone copied with one click.
    REQUIRE(browser->currentEntry());
    CHECK(browser->detailPanel()->shownText().contains(chosen.displayName(QStringLiteral("en"))));
    if (!chosen.phones.isEmpty()) {
        auto *copy =
            browser->detailPanel()->findChild<QPushButton *>(QStringLiteral("copyPhoneButton0"));
        REQUIRE(copy);
        QTest::mouseClick(copy, Qt::LeftButton);
        CHECK(QGuiApplication::clipboard()->text() == chosen.phones.first());
    }
    // Enter chooses it; then why, how and consent.
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(dialog->serviceNameEdit()->isVisible());
    CHECK(dialog->serviceNameEdit()->text() == chosen.displayName(QStringLiteral("en")));
    // Saving without a reason or consent says what is missing and keeps the dialog open.
    CHECK_FALSE(dialog->save());
    CHECK(dialog->problemLabel()->isVisible());
    CHECK(dialog->isVisible());
    typeInto(dialog->reasonEdit(), QStringLiteral("Weekly sessions with a psychologist"));
    dialog->urgencyCombo()->setCurrentIndex(dialog->urgencyCombo()->findData("urgent"));
    dialog->consentYes()->setChecked(true);
    REQUIRE(dialog->save());
    REQUIRE(test::waitUntil([&] { return f.intake->pendingReferrals().size() == 1; }));
    CHECK(f.intake->hasUnsavedWork());
    // The referral is in the intake's draft at once: a crash now loses nothing.
    auto drafts = DraftRepository(*f.store).mine();
    REQUIRE(drafts.ok());
    REQUIRE(drafts->size() == 1);
    CHECK(drafts->first().data.value(QStringLiteral("_referrals")).toArray().size() == 1);

    // Saved with the contact, on its new case.
    f.intake->save();
    REQUIRE(test::waitUntil([&] { return f.intake->caseLinkDialog() != nullptr; }));
    f.intake->caseLinkDialog()->accept();
    REQUIRE(test::waitUntil([&] { return f.count(QStringLiteral("contacts")) == 1; }));
    REQUIRE(f.count(QStringLiteral("referrals")) == 1);
    const QString caseId = f.scalar(QStringLiteral("SELECT case_id FROM contacts")).toString();
    CHECK(f.scalar(QStringLiteral("SELECT case_id FROM referrals")).toString() == caseId);
    CHECK(f.scalar(QStringLiteral("SELECT contact_id FROM referrals")).toString() ==
          f.scalar(QStringLiteral("SELECT id FROM contacts")).toString());
    CHECK(f.scalar(QStringLiteral("SELECT directory_entry_id FROM referrals")).toString() ==
          chosen.meta.id);
    CHECK(f.scalar(QStringLiteral("SELECT urgency FROM referrals")).toString() == "urgent");
    CHECK(f.intake->pendingReferrals().isEmpty());

    // Eight days without news: it waits on the Follow-ups page.
    f.clock.advanceMs(8LL * 86400 * 1000);
    FollowUpsScreen followUps(*f.workspace);
    followUps.referralsModel()->reload();
    REQUIRE(followUps.referralsModel()->rowCount() == 1);
    CHECK(followUps.referralsModel()->index(0, WaitingReferralsModel::Service).data().toString() ==
          chosen.displayName(QStringLiteral("en")));

    // On the case: the referral is on the timeline; its status becomes "completed".
    CaseView view(*f.workspace);
    view.resize(1200, 800);
    view.show();
    REQUIRE(view.openCase(caseId));
    const QString referralId = f.scalar(QStringLiteral("SELECT id FROM referrals")).toString();
    REQUIRE(view.selectRecord(referralId));
    auto *statusButton = view.findChild<QPushButton *>(QStringLiteral("referralStatusButton"));
    REQUIRE(statusButton);
    CHECK(statusButton->isEnabled());
    view.startReferralStatus();
    auto *combo = view.findChild<QComboBox *>(QStringLiteral("referralStatusCombo"));
    REQUIRE(combo);
    REQUIRE(combo->isVisible());
    combo->setCurrentIndex(combo->findData(QStringLiteral("completed")));
    REQUIRE(view.saveReferralStatus());
    CHECK(f.scalar(QStringLiteral("SELECT status FROM referrals")).toString() == "completed");
    CHECK(f.scalar(QStringLiteral("SELECT status_by FROM referrals")).toString() ==
          f.store->session().accountId);
    CHECK(f.scalar(QStringLiteral("SELECT revision FROM referrals")).toInt() == 2);
    CHECK(f.count(QStringLiteral("outbox"), QStringLiteral("record_type = 'referral'")) == 2);
    // Done: nothing waits any more.
    CHECK(followUps.referralsModel()->rowCount() == 0);
}

TEST_CASE("a referral from the case view opens the directory for the case's child",
          "[gui][referral]")
{
    ReferralFixture f;
    ContactSave save =
        f.counsellingContact(QStringLiteral("Evdə zorakılıq"), QStringLiteral("Murad"));
    save.child->age = QStringLiteral("15");
    save.contact.categories = {QStringLiteral("violence.bullying")};
    auto saved = ContactRepository(*f.store).save(save);
    REQUIRE(saved.ok());
    CaseView view(*f.workspace);
    view.resize(1200, 800);
    view.show();
    REQUIRE(view.openCase(saved->caseId));
    ReferralDialog *dialog = view.startReferral();
    REQUIRE(dialog);
    CHECK(dialog->browser()->query().age == 15);
    // A service outside the directory, typed by hand.
    dialog->chooseUnlisted();
    typeInto(dialog->serviceNameEdit(), QStringLiteral("Məktəb psixoloqu"));
    typeInto(dialog->reasonEdit(), QStringLiteral("Talk to the school"));
    dialog->consentNo()->setChecked(true);
    CHECK_FALSE(dialog->save()); // without consent, a reason is required
    typeInto(dialog->consentReasonEdit(), QStringLiteral("Imminent danger"));
    REQUIRE(dialog->save());
    REQUIRE(test::waitUntil([&] { return f.count(QStringLiteral("referrals")) == 1; }));
    auto referrals = ReferralRepository(*f.store).forCase(saved->caseId);
    REQUIRE(referrals.ok());
    REQUIRE(referrals->size() == 1);
    CHECK(referrals->at(0).serviceName == QStringLiteral("Məktəb psixoloqu"));
    CHECK(referrals->at(0).directoryEntryId.isEmpty());
    CHECK(referrals->at(0).consent == false);
    CHECK(referrals->at(0).consentReason == QStringLiteral("Imminent danger"));
}

TEST_CASE("the Directory page searches offline and marks services not verified for a year",
          "[gui][referral]")
{
    ReferralFixture f;
    DirectoryScreen screen(*f.workspace);
    screen.resize(1200, 800);
    screen.show();
    REQUIRE(QTest::qWaitForWindowExposed(&screen));
    DirectoryBrowser *browser = screen.browser();
    CHECK(browser->model()->rowCount() == f.directorySize);
    typeInto(browser->searchEdit(), QStringLiteral("zzzqqq"));
    CHECK(browser->model()->rowCount() == 0);
    browser->searchEdit()->clear();
    CHECK(browser->model()->rowCount() == f.directorySize);
    // The demo holds a few entries last verified over a year ago: they say so.
    int stale = 0;
    for (int row = 0; row < browser->model()->rowCount(); ++row)
        if (browser->model()->index(row).data(DirectoryListModel::StaleRole).toBool()) {
            ++stale;
            REQUIRE(browser->selectEntry(browser->model()->entryAt(row)->meta.id));
            CHECK(browser->detailPanel()->findChild<QLabel *>(
                      QStringLiteral("directoryDetailStale")) != nullptr);
        }
    CHECK(stale > 0);
    // Free only, then open now (Baku time) narrow the list.
    browser->freeCheck()->setChecked(true);
    const int free = browser->model()->rowCount();
    CHECK(free < f.directorySize);
    for (int row = 0; row < free; ++row)
        CHECK(browser->model()->entryAt(row)->free);
}

TEST_CASE("the directory is read again only after a pull changed it", "[gui][referral]")
{
    ReferralFixture f;
    DirectoryCatalog &catalog = DirectoryCatalog::of(*f.workspace);
    CHECK(catalog.index()->size() == f.directorySize);
    CHECK_FALSE(catalog.isStale());
    // A contact saved: the directory has not changed.
    REQUIRE(ContactRepository(*f.store)
                .save(f.counsellingContact(QStringLiteral("Zəng"), QStringLiteral("Aysel")))
                .ok());
    f.workspace->notifyRecordsChanged();
    CHECK_FALSE(catalog.isStale());
    // A pull removes an entry: the next ask reads the directory again.
    const qint64 before = *DirectoryRepository(*f.store).version();
    PullPage page;
    page.stream = QStringLiteral("directory");
    page.cursor = before + 1;
    PullItem removed;
    removed.seq = page.cursor;
    removed.type = QStringLiteral("directory_entry");
    removed.id = catalog.index()->entries().first().meta.id;
    removed.revision = 2;
    removed.deleted = true;
    removed.record = QJsonObject{{QStringLiteral("id"), removed.id}};
    page.items << removed;
    REQUIRE(PulledRecords(*f.store).applyPage(page.stream, page).ok());
    CHECK(*DirectoryRepository(*f.store).version() == before + 1);
    f.workspace->notifyRecordsChanged();
    CHECK(catalog.isStale());
    CHECK(catalog.index()->size() == f.directorySize - 1);
}
