// The intake screen over a real store: one-key non-counselling records, a full intake typed
// with the keyboard only, validation, the acute path, autosave, recovery (also after a SIGKILL of
// a separate process) and the questions that protect typed text.
#include <catch2/catch.hpp>

#include "../store/storefixture.h"

#include "core/domain/codes.h"
#include "core/domain/screening.h"
#include "core/store/caserepository.h"
#include "core/store/draftrepository.h"
#include "core/store/searchindex.h"
#include "ui/common/dateformat.h"
#include "ui/common/messagebox.h"
#include "ui/common/workspace.h"
#include "ui/form/formview.h"
#include "ui/intake/acutebanner.h"
#include "ui/intake/caselinkdialog.h"
#include "ui/intake/contacttimer.h"
#include "ui/intake/draftrecoverydialog.h"
#include "ui/intake/intakescreen.h"
#include "ui/intake/screeningpanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTreeView>

#include <csignal>

using namespace helpline;

namespace {

std::string str(const QString &text)
{
    return text.toStdString();
}

QWidget *focused()
{
    return QApplication::focusWidget();
}

bool within(const QWidget *widget, const QWidget *ancestor)
{
    return widget && ancestor && (widget == ancestor || ancestor->isAncestorOf(widget));
}

// Types like a keyboard: ASCII with key clicks, anything else as key events carrying the text
// (QTest::keyClicks cannot type non-ASCII letters).
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80 && c.isPrint()) {
            QTest::keyClick(widget, c.toLatin1());
        } else {
            QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c),
                                Qt::NoModifier);
        }
    }
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = focused();
    REQUIRE(target);
    QTest::keyClick(target, key, modifiers);
}

struct IntakeFixture : test::StoreFixture {
    IntakeFixture()
    {
        workspace = std::make_unique<Workspace>(*store);
        open();
    }
    ~IntakeFixture()
    {
        screen.reset();
        workspace.reset();
    }

    void open()
    {
        screen = std::make_unique<IntakeScreen>(*workspace);
        screen->resize(1100, 900);
        screen->show();
        screen->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(screen.get()));
        MessageBox::takeAskedCount();
    }

    FormView &form() { return *screen->formView(); }
    FormFieldEditor *editor(const QString &id) { return form().editor(id); }

    // Presses Tab until the focus is inside the field's editor; false if it never gets there.
    bool tabTo(const QString &fieldId, int maxTabs = 80)
    {
        FormFieldEditor *target = editor(fieldId);
        for (int i = 0; i < maxTabs && target; ++i) {
            if (within(focused(), target))
                return true;
            press(Qt::Key_Tab);
        }
        return within(focused(), target);
    }

    // Sets a field as if it had been typed (for tests about something else).
    void set(const QString &fieldId, const QJsonValue &value)
    {
        FormFieldEditor *fieldEditor = editor(fieldId);
        REQUIRE(fieldEditor);
        fieldEditor->setValue(value);
        emit fieldEditor->changed();
    }

    void fillCounselling(const QString &childName, const QString &summary)
    {
        set(QStringLiteral("callType"), QStringLiteral("child_about_self"));
        set(QStringLiteral("childName"), childName);
        set(QStringLiteral("categories"), QJsonArray{QStringLiteral("violence.bullying")});
        set(QStringLiteral("summary"), summary);
    }

    CaseLinkDialog *waitForCaseLink()
    {
        if (!test::waitUntil(
                [&] { return screen->caseLinkDialog() && screen->caseLinkDialog()->isVisible(); }))
            return nullptr;
        return screen->caseLinkDialog();
    }

    // Makes the intake the active window again (after a dialog), with the focus inside it: the
    // offscreen platform leaves the focus on a closed dialog's button.
    void activate()
    {
        screen->activateWindow();
        REQUIRE(test::waitUntil([&] { return QApplication::activeWindow() == screen.get(); }));
        if (!within(focused(), screen.get())) {
            if (QWidget *last = screen->focusWidget())
                last->setFocus(Qt::ActiveWindowFocusReason);
            else
                form().focusFirstField();
        }
        REQUIRE(within(focused(), screen.get()));
    }

    // Ctrl+S, then Enter in the case dialog (a new case, the default).
    void saveAsNewCase()
    {
        activate();
        press(Qt::Key_S, Qt::ControlModifier);
        CaseLinkDialog *dialog = waitForCaseLink();
        INFO("status: " << str(screen->statusText()));
        REQUIRE(dialog);
        CHECK(dialog->choice() == CaseLinkDialog::Choice::NewCase);
        // Enter where the dialog's focus is (the offscreen platform does not always move the
        // application's focus into a newly activated window).
        QWidget *target = dialog->focusWidget() ? dialog->focusWidget() : dialog;
        QTest::keyClick(target, Qt::Key_Return);
        CHECK(test::waitUntil([&] { return !screen->caseLinkDialog(); }));
    }

    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(store->database());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<IntakeScreen> screen;
};

} // namespace

TEST_CASE("one keystroke records a silent call", "[gui][intake]")
{
    IntakeFixture f;
    f.screen->contactTimer().start(65'000); // the call has lasted 1:05
    const QDateTime opened = f.screen->startedAt();
    REQUIRE(focused());
    CHECK(IntakeScreen::nonCounsellingShortcut(QStringLiteral("silent")) ==
          QKeySequence(Qt::Key_F2));
    press(Qt::Key_F2);
    REQUIRE(test::waitUntil([&] { return f.count(QStringLiteral("contacts")) == 1; }));
    QSqlQuery q(f.store->database());
    REQUIRE(q.exec(QStringLiteral("SELECT call_type, channel, duration_s, started_at, case_id, "
                                  "counsellor_id FROM contacts")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("silent"));
    CHECK(q.value(1).toString() == QStringLiteral("phone"));
    CHECK(q.value(2).toInt() >= 65);
    CHECK(q.value(2).toInt() <= 70);
    CHECK(q.value(3).toString() == isoUtc(opened));
    CHECK(q.value(4).isNull());
    CHECK(q.value(5).toString() == f.store->session().accountId);
    CHECK(f.count(QStringLiteral("cases")) == 0);
    // A confirmation in the status line, not a dialog; a fresh intake with a fresh timer.
    CHECK(MessageBox::takeAskedCount() == 0);
    CHECK(f.screen->statusText().contains(QStringLiteral("Silent")));
    CHECK(f.screen->contactTimer().elapsedMs() < 5000);
    CHECK_FALSE(f.screen->hasUnsavedWork());

    // The button shows its key, and the channel comes from the form.
    auto *hangUp = f.screen->findChild<QPushButton *>(QStringLiteral("hangUpCallButton"));
    REQUIRE(hangUp);
    CHECK(hangUp->text().contains(QStringLiteral("F3")));
    CHECK_FALSE(hangUp->accessibleName().isEmpty());
    f.set(QStringLiteral("channel"), QStringLiteral("sms"));
    press(Qt::Key_F3);
    REQUIRE(test::waitUntil([&] { return f.count(QStringLiteral("contacts")) == 2; }));
    CHECK(f.scalar(QStringLiteral("SELECT channel FROM contacts WHERE call_type = 'hang_up'"))
              .toString() == QStringLiteral("sms"));
    CHECK(MessageBox::takeAskedCount() == 0); // choosing a channel is not typed text
}

TEST_CASE("every non-counselling type has its own key", "[gui][intake]")
{
    IntakeFixture f;
    const QStringList types = codes::nonCounsellingTypes().codes();
    REQUIRE(types.size() == 7);
    QSet<QString> keys;
    for (const QString &type : types) {
        const QKeySequence key = IntakeScreen::nonCounsellingShortcut(type);
        REQUIRE_FALSE(key.isEmpty());
        keys.insert(key.toString());
        press(Qt::Key(key[0].key()));
    }
    CHECK(keys.size() == types.size());
    REQUIRE(test::waitUntil(
        [&] { return f.count(QStringLiteral("contacts")) == qint64(types.size()); }));
    for (const QString &type : types)
        CHECK(f.count(QStringLiteral("contacts"), QStringLiteral("call_type = '%1'").arg(type)) ==
              1);
}

TEST_CASE("a non-counselling key asks before it throws typed text away", "[gui][intake]")
{
    IntakeFixture f;
    f.set(QStringLiteral("childName"), QStringLiteral("Rəşad"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    press(Qt::Key_F2);
    CHECK(MessageBox::takeAskedCount() == 1);
    CHECK(f.count(QStringLiteral("contacts")) == 0);
    CHECK(f.form().values().value(QStringLiteral("childName")).toString() ==
          QStringLiteral("Rəşad"));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    press(Qt::Key_F2);
    CHECK(MessageBox::takeAskedCount() == 1);
    CHECK(f.count(QStringLiteral("contacts")) == 1);
    CHECK_FALSE(f.screen->hasUnsavedWork());
}

TEST_CASE("a full intake typed with the keyboard only is saved with a new case", "[gui][intake]")
{
    IntakeFixture f;
    const QString name = QStringLiteral("Aysel Məmmədova");
    const QString summary = QStringLiteral("Uşaq məktəbdə zorakılıqdan danışdı; şənbə günü.");

    // The intake opens with the focus in its first field.
    REQUIRE(within(focused(), f.editor(QStringLiteral("channel"))));
    REQUIRE(f.tabTo(QStringLiteral("callType")));
    QTest::keyClicks(focused(), QStringLiteral("Child"));
    REQUIRE(f.form().values().value(QStringLiteral("callType")).toString() ==
            QStringLiteral("child_about_self"));
    REQUIRE(f.tabTo(QStringLiteral("childName")));
    typeText(focused(), name);
    REQUIRE(f.tabTo(QStringLiteral("childPhone")));
    typeText(focused(), QStringLiteral("050 123 45 67"));
    REQUIRE(f.tabTo(QStringLiteral("categories")));
    typeText(focused(), QStringLiteral("bully"));
    press(Qt::Key_Down);
    press(Qt::Key_Space);
    REQUIRE_FALSE(f.form().values().value(QStringLiteral("categories")).toArray().isEmpty());
    REQUIRE(f.tabTo(QStringLiteral("summary")));
    typeText(focused(), summary);
    // The screening: Tab to the first question, then N answers it and moves on.
    REQUIRE(f.tabTo(QStringLiteral("screening")));
    ScreeningPanel *panel = f.screen->screeningPanel();
    REQUIRE(panel);
    for (int i = 0; i < 10 && focused() != panel->answerButton(QStringLiteral("q1"), Answer::Yes);
         ++i)
        press(Qt::Key_Tab);
    REQUIRE(focused() == panel->answerButton(QStringLiteral("q1"), Answer::Yes));
    for (int i = 0; i < 4; ++i)
        press(Qt::Key_N);
    CHECK(panel->riskLevel() == RiskLevel::None);
    CHECK(panel->resultText().contains(QStringLiteral("Negative")));

    f.saveAsNewCase();
    REQUIRE(test::waitUntil([&] { return f.count(QStringLiteral("contacts")) == 1; }));
    CHECK(f.count(QStringLiteral("cases")) == 1);
    const QString caseId = f.scalar(QStringLiteral("SELECT case_id FROM contacts")).toString();
    REQUIRE_FALSE(caseId.isEmpty());
    CHECK(f.scalar(QStringLiteral("SELECT summary FROM contacts")).toString() == summary);
    CHECK(f.scalar(QStringLiteral("SELECT call_type FROM contacts")).toString() ==
          QStringLiteral("child_about_self"));
    CHECK(f.scalar(QStringLiteral("SELECT risk_level FROM contacts")).toString() ==
          QStringLiteral("none"));
    CHECK(f.scalar(QStringLiteral("SELECT name FROM persons WHERE kind = 'child'")).toString() ==
          name);
    const QString caseNumber = f.scalar(QStringLiteral("SELECT case_number FROM cases")).toString();
    CHECK(f.screen->statusText().contains(caseNumber));
    // The draft is gone, and a fresh intake waits.
    CHECK(f.count(QStringLiteral("drafts")) == 0);
    CHECK(f.screen->draftId().isEmpty());
    CHECK_FALSE(f.screen->hasUnsavedWork());

    // Search finds it, by name (folded) and by summary.
    CaseRepository cases(*f.store);
    auto found = cases.findForLink(QStringLiteral("aysel memmedova"));
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(found->first().id == caseId);
    auto hits = SearchIndex::search(*f.store, QStringLiteral("zorakiliq"));
    REQUIRE(hits.ok());
    REQUIRE_FALSE(hits->isEmpty());
    CHECK(hits->first().caseId == caseId);
}

TEST_CASE("a second contact links to the existing case", "[gui][intake]")
{
    IntakeFixture f;
    f.fillCounselling(QStringLiteral("Nərmin"), QStringLiteral("First call."));
    f.saveAsNewCase();
    REQUIRE(test::waitUntil([&] { return f.count(QStringLiteral("contacts")) == 1; }));
    const QString caseId = f.scalar(QStringLiteral("SELECT id FROM cases")).toString();

    f.fillCounselling(QStringLiteral("Nərmin"), QStringLiteral("She called again."));
    press(Qt::Key_S, Qt::ControlModifier);
    CaseLinkDialog *dialog = f.waitForCaseLink();
    REQUIRE(dialog);
    // The child's name is suggested, but a new case stays the default.
    CHECK(dialog->choice() == CaseLinkDialog::Choice::NewCase);
    CHECK(dialog->resultCount() == 1);
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("caseResultsList"));
    REQUIRE(list);
    // Fatal: a broken model aborts the test. Gone before the dialog deletes its list.
    auto tester = std::make_unique<QAbstractItemModelTester>(
        list->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("caseSearchEdit"));
    REQUIRE(search);
    search->setFocus();
    search->clear();
    typeText(search, QStringLiteral("nərmin"));
    QSignalSpy searched(dialog, &CaseLinkDialog::searched);
    REQUIRE(searched.wait(2000));
    CHECK(dialog->choice() == CaseLinkDialog::Choice::ExistingCase);
    REQUIRE(dialog->resultCount() == 1);
    CHECK(dialog->caseId() == caseId);
    tester.reset();
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(test::waitUntil([&] { return f.count(QStringLiteral("contacts")) == 2; }));
    CHECK(f.count(QStringLiteral("cases")) == 1);
    CHECK(f.count(QStringLiteral("contacts"), QStringLiteral("case_id = '%1'").arg(caseId)) == 2);
}

TEST_CASE("validation problems are shown beside their fields and focus moves to the first",
          "[gui][intake]")
{
    IntakeFixture f;
    REQUIRE(f.tabTo(QStringLiteral("callType")));
    QTest::keyClicks(focused(), QStringLiteral("Child"));
    press(Qt::Key_S, Qt::ControlModifier);
    QTest::qWait(50);
    CHECK_FALSE(f.screen->caseLinkDialog());
    CHECK(f.count(QStringLiteral("contacts")) == 0);
    for (const QString &field : {QStringLiteral("categories"), QStringLiteral("summary")}) {
        INFO(str(field));
        auto *problem = f.screen->findChild<QLabel *>(field + QStringLiteral("Problem"));
        REQUIRE(problem);
        CHECK(problem->isVisible());
        CHECK_FALSE(problem->text().isEmpty());
    }
    // Categories come before the summary on the form.
    CHECK(within(focused(), f.editor(QStringLiteral("categories"))));
    CHECK(f.screen->statusText().contains(QStringLiteral("attention")));
    // The draft keeps what was typed.
    CHECK(f.count(QStringLiteral("drafts")) == 1);
}

TEST_CASE("an acute screening shows the protocol banner and flags the case", "[gui][intake]")
{
    IntakeFixture f;
    auto *banner = f.screen->findChild<AcuteBanner *>(QStringLiteral("acuteBanner"));
    REQUIRE(banner);
    CHECK_FALSE(banner->isVisible());
    f.fillCounselling(QStringLiteral("Leyla"), QStringLiteral("Talked about ending her life."));
    ScreeningPanel *panel = f.screen->screeningPanel();
    REQUIRE(panel);
    CHECK(panel->askedQuestions() == (QStringList{QStringLiteral("q1"), QStringLiteral("q2"),
                                                  QStringLiteral("q3"), QStringLiteral("q4")}));
    panel->setAnswer(QStringLiteral("q1"), Answer::Yes);
    // q5 (the acuity question) is asked only now.
    CHECK(panel->askedQuestions().contains(QStringLiteral("q5")));
    CHECK_FALSE(banner->isVisible());
    panel->setAnswer(QStringLiteral("q5"), Answer::Refused);
    CHECK(panel->riskLevel() == RiskLevel::Acute);
    CHECK(banner->isVisible());
    CHECK(f.screen->isAcuteBannerShown());
    // In words, with an icon and colour; accessible.
    CHECK(banner->protocolText().contains(QStringLiteral("Stay on the line")));
    CHECK(banner->protocolText().contains(QStringLiteral("112")));
    CHECK(banner->protocolText().contains(QStringLiteral("supervisor")));
    CHECK_FALSE(banner->accessibleName().isEmpty());
    CHECK(banner->accessibleDescription().contains(QStringLiteral("112")));
    auto *icon = banner->findChild<QLabel *>(QStringLiteral("acuteBannerIcon"));
    REQUIRE(icon);
    CHECK_FALSE(icon->pixmap().isNull());
    // Not a modal: the counsellor keeps typing.
    CHECK(MessageBox::takeAskedCount() == 0);
    CHECK(QApplication::activeModalWidget() == nullptr);
    // The risk badge says it in words.
    auto *risk = panel->findChild<QLabel *>(QStringLiteral("screeningRiskLabel"));
    REQUIRE(risk);
    CHECK(risk->text() == riskLevelDisplayName(RiskLevel::Acute));

    f.saveAsNewCase();
    REQUIRE(test::waitUntil([&] { return f.count(QStringLiteral("contacts")) == 1; }));
    CHECK(f.scalar(QStringLiteral("SELECT risk_level FROM contacts")).toString() ==
          QStringLiteral("acute"));
    CHECK(f.scalar(QStringLiteral("SELECT risk_level FROM cases")).toString() ==
          QStringLiteral("acute"));
    CHECK(f.scalar(QStringLiteral("SELECT flags FROM cases"))
              .toString()
              .contains(QStringLiteral("supervisor_attention")));
    CHECK(f.screen->statusText().contains(QStringLiteral("supervisor")));
    // The next intake starts without the banner.
    CHECK_FALSE(banner->isVisible());
}

TEST_CASE("the C-SSRS shows only the questions it asks", "[gui][intake]")
{
    IntakeFixture f;
    f.set(QStringLiteral("callType"), QStringLiteral("child_about_self"));
    ScreeningPanel *panel = f.screen->screeningPanel();
    REQUIRE(panel);
    auto *combo = panel->findChild<QComboBox *>(QStringLiteral("screeningInstrumentCombo"));
    REQUIRE(combo);
    combo->setFocus();
    press(Qt::Key_Down); // the second instrument
    REQUIRE(panel->instrument() == ScreeningPanel::Instrument::Cssrs);
    CHECK(panel->askedQuestions() ==
          (QStringList{QStringLiteral("q1"), QStringLiteral("q2"), QStringLiteral("q6")}));
    auto *q3 = panel->findChild<QWidget *>(QStringLiteral("cssrsQ3Question"));
    REQUIRE(q3);
    CHECK_FALSE(q3->isVisible());
    panel->answerButton(QStringLiteral("q2"), Answer::Yes)->setFocus();
    press(Qt::Key_Y);
    CHECK(q3->isVisible());
    CHECK(focused() == panel->answerButton(QStringLiteral("q3"), Answer::Yes));
    press(Qt::Key_N); // q3
    press(Qt::Key_Y); // q4: intent -> high risk, acute at once
    CHECK(panel->riskLevel() == RiskLevel::Acute);
    CHECK(f.screen->isAcuteBannerShown());
    // The value is core's JSON; a changed q2 hides q3-q5 and they stop counting.
    const QJsonObject value = panel->value().toObject();
    CHECK(value.value(QStringLiteral("instrument")).toString() == QStringLiteral("cssrs-screener"));
    CHECK(value.value(QStringLiteral("q4")).toString() == QStringLiteral("yes"));
    panel->setAnswer(QStringLiteral("q2"), Answer::No);
    CHECK_FALSE(q3->isVisible());
    CHECK_FALSE(panel->value().toObject().contains(QStringLiteral("q4")));
    CHECK_FALSE(f.screen->isAcuteBannerShown());
    // Every answer button has an accessible name.
    for (QRadioButton *radio : panel->findChildren<QRadioButton *>())
        CHECK_FALSE(radio->accessibleName().isEmpty());
}

TEST_CASE("every change reaches the drafts table within two seconds", "[gui][intake][autosave]")
{
    IntakeFixture f;
    REQUIRE(f.count(QStringLiteral("drafts")) == 0);
    REQUIRE(f.tabTo(QStringLiteral("childName")));
    QElapsedTimer sinceChange;
    typeText(focused(), QStringLiteral("Ə"));
    sinceChange.start();
    REQUIRE(test::waitUntil([&] { return f.count(QStringLiteral("drafts")) == 1; }, 2000));
    CHECK(sinceChange.elapsed() < 2000);

    // Typing that never pauses still reaches the store within two seconds (the max-latency
    // bound): one key every 200 ms for three seconds.
    DraftRepository drafts(*f.store);
    auto latestName = [&] {
        auto mine = drafts.mine();
        return mine.ok() && !mine->isEmpty()
                   ? mine->first().data.value(QStringLiteral("childName")).toString()
                   : QString();
    };
    QString typed = QStringLiteral("Ə");
    QElapsedTimer firstUnsaved;
    qint64 worst = 0;
    for (int i = 0; i < 15; ++i) {
        typeText(focused(), QStringLiteral("a"));
        typed += u'a';
        if (!firstUnsaved.isValid())
            firstUnsaved.start();
        QTest::qWait(200);
        if (latestName() == typed) {
            worst = qMax(worst, firstUnsaved.elapsed());
            firstUnsaved.invalidate();
        }
    }
    REQUIRE(test::waitUntil([&] { return latestName() == typed; }, 2000));
    CHECK(worst < 2000);
    CHECK(worst > 0); // it did save while typing went on
    // One draft per intake, with the timer and the start time.
    auto mine = drafts.mine();
    REQUIRE(mine.ok());
    REQUIRE(mine->size() == 1);
    CHECK(mine->first().id == f.screen->draftId());
    CHECK(mine->first().startedAt == f.screen->startedAt());
    CHECK(mine->first().formId == QStringLiteral("intake"));
    CHECK(mine->first().elapsedMs >= 0);
    CHECK(mine->first().elapsedMs <= f.screen->contactTimer().elapsedMs());
}

TEST_CASE("Escape asks before discarding and keeps the intake by default", "[gui][intake]")
{
    IntakeFixture f;
    // Nothing typed: Escape asks nothing and throws nothing away.
    press(Qt::Key_Escape);
    CHECK(MessageBox::takeAskedCount() == 0);

    REQUIRE(f.tabTo(QStringLiteral("childName")));
    typeText(focused(), QStringLiteral("Günel"));
    f.screen->flushDraft();
    REQUIRE(f.count(QStringLiteral("drafts")) == 1);
    const qint64 elapsed = f.screen->contactTimer().elapsedMs();

    MessageBox::setNextAnswer(QMessageBox::Cancel); // what Escape or Enter in the question does
    press(Qt::Key_Escape);
    CHECK(MessageBox::takeAskedCount() == 1);
    CHECK(f.form().values().value(QStringLiteral("childName")).toString() ==
          QStringLiteral("Günel"));
    CHECK(f.count(QStringLiteral("drafts")) == 1);
    CHECK(f.screen->contactTimer().elapsedMs() >= elapsed);

    MessageBox::setNextAnswer(QMessageBox::Discard);
    press(Qt::Key_Escape);
    CHECK(MessageBox::takeAskedCount() == 1);
    CHECK_FALSE(f.screen->hasUnsavedWork());
    CHECK(f.count(QStringLiteral("drafts")) == 0);
    CHECK(f.count(QStringLiteral("audit_log"), QStringLiteral("action = 'draft.discard'")) == 1);
}

TEST_CASE("Ctrl+N asks when there is unsaved work", "[gui][intake]")
{
    IntakeFixture f;
    f.screen->contactTimer().start(30'000);
    press(Qt::Key_N, Qt::ControlModifier); // nothing typed: no question, a new timer
    CHECK(MessageBox::takeAskedCount() == 0);
    CHECK(f.screen->contactTimer().elapsedMs() < 5000);

    f.set(QStringLiteral("summary"), QStringLiteral("Half a sentence"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    press(Qt::Key_N, Qt::ControlModifier);
    CHECK(MessageBox::takeAskedCount() == 1);
    CHECK(f.screen->hasUnsavedWork());
    MessageBox::setNextAnswer(QMessageBox::Discard);
    press(Qt::Key_N, Qt::ControlModifier);
    CHECK(MessageBox::takeAskedCount() == 1);
    CHECK_FALSE(f.screen->hasUnsavedWork());
}

TEST_CASE("a draft is recovered exactly and discarding one asks first", "[gui][intake]")
{
    IntakeFixture f;
    f.fillCounselling(QStringLiteral("Tural Əliyev"), QStringLiteral("Qardaşı ilə dava."));
    f.set(QStringLiteral("keepConfidential"), false);
    ScreeningPanel *panel = f.screen->screeningPanel();
    REQUIRE(panel);
    panel->setAnswer(QStringLiteral("q1"), Answer::Yes);
    panel->setAnswer(QStringLiteral("q5"), Answer::No); // non-acute positive: moderate
    f.screen->contactTimer().start(125'000);
    f.screen->flushDraft();
    const QJsonObject typed = f.form().values();
    const QDateTime started = f.screen->startedAt();

    // A second, older draft to discard.
    DraftRepository drafts(*f.store);
    Draft other;
    other.formId = QStringLiteral("intake");
    other.formVersion = 1;
    other.data = QJsonObject{{QStringLiteral("summary"), QStringLiteral("Another call")}};
    other.elapsedMs = 5000;
    other.startedAt = f.clock.nowUtc().addSecs(-3600);
    auto otherSaved = drafts.save(other);
    REQUIRE(otherSaved.ok());

    // The workstation closes with the intake open (no save): the next sign-in offers both.
    f.screen.reset();
    f.open();
    CHECK_FALSE(f.screen->hasUnsavedWork());
    f.screen->offerDraftRecovery();
    QPointer<DraftRecoveryDialog> dialog = f.screen->draftRecoveryDialog();
    REQUIRE(dialog);
    REQUIRE(test::waitUntil([&] { return dialog->isVisible(); }));
    REQUIRE(dialog->draftCount() == 2);
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("draftList"));
    REQUIRE(list);
    // Fatal: a broken model aborts the test. Gone before the dialog deletes its list.
    auto tester = std::make_unique<QAbstractItemModelTester>(
        list->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    // How much was typed, never what.
    for (int row = 0; row < list->count(); ++row) {
        CHECK_FALSE(list->item(row)->text().contains(QStringLiteral("Tural")));
        CHECK_FALSE(list->item(row)->text().contains(QStringLiteral("Another")));
    }
    CHECK(list->item(1)->text().contains(QStringLiteral("2:05")));

    // Discarding asks; Cancel keeps it.
    REQUIRE(dialog->selectDraft(0)); // the older one
    CHECK(dialog->selectedDraftId() == otherSaved->id);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    dialog->discardButton()->click();
    CHECK(MessageBox::takeAskedCount() == 1);
    CHECK(f.count(QStringLiteral("drafts")) == 2);
    MessageBox::setNextAnswer(QMessageBox::Discard);
    dialog->discardButton()->click();
    CHECK(MessageBox::takeAskedCount() == 1);
    CHECK(f.count(QStringLiteral("drafts")) == 1);
    REQUIRE(dialog->draftCount() == 1);

    // Restore: every field and the timer.
    tester.reset();
    REQUIRE(dialog->selectDraft(0));
    QElapsedTimer sinceRestore;
    sinceRestore.start();
    dialog->restoreButton()->click();
    CHECK(f.form().values() == typed);
    const qint64 elapsed = f.screen->contactTimer().elapsedMs();
    CHECK(elapsed >= 125'000);
    CHECK(elapsed <= 125'000 + sinceRestore.elapsed());
    CHECK(f.screen->startedAt() == started);
    CHECK(f.screen->screeningPanel()->answer(QStringLiteral("q1")) == Answer::Yes);
    CHECK(f.screen->hasUnsavedWork());
    auto *timerLabel = f.screen->findChild<QLabel *>(QStringLiteral("contactTimerLabel"));
    REQUIRE(timerLabel);
    CHECK(timerLabel->text() == QStringLiteral("2:05"));
    REQUIRE(test::waitUntil([&] { return !dialog || !dialog->isVisible(); }));
    // Saving it removes its draft.
    f.saveAsNewCase();
    REQUIRE(test::waitUntil([&] { return f.count(QStringLiteral("contacts")) == 1; }));
    CHECK(f.count(QStringLiteral("drafts")) == 0);
    CHECK(f.scalar(QStringLiteral("SELECT duration_s FROM contacts")).toInt() >= 125);
    CHECK(f.scalar(QStringLiteral("SELECT keep_confidential FROM contacts")).toInt() == 0);
    CHECK(f.scalar(QStringLiteral("SELECT risk_level FROM contacts")).toString() ==
          QStringLiteral("moderate"));
}

TEST_CASE("a store error keeps the intake and its draft", "[gui][intake]")
{
    IntakeFixture f;
    f.fillCounselling(QStringLiteral("Samir"), QStringLiteral("First."));
    f.saveAsNewCase();
    REQUIRE(test::waitUntil([&] { return f.count(QStringLiteral("contacts")) == 1; }));

    f.fillCounselling(QStringLiteral("Samir"), QStringLiteral("Second call, to a case that goes."));
    press(Qt::Key_S, Qt::ControlModifier);
    CaseLinkDialog *dialog = f.waitForCaseLink();
    REQUIRE(dialog);
    dialog->searchExisting(QStringLiteral("Samir"));
    REQUIRE(dialog->chooseResult(0));
    // The case disappears (another desk's tombstone arrives) before the counsellor confirms.
    QSqlQuery q(f.store->database());
    REQUIRE(q.exec(QStringLiteral("UPDATE cases SET deleted = 1")));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog->accept();
    CHECK(MessageBox::takeAskedCount() == 1); // told in plain words
    CHECK(MessageBox::lastText().contains(QStringLiteral("no such case")));
    CHECK(f.count(QStringLiteral("contacts")) == 1);
    CHECK(f.screen->hasUnsavedWork());
    CHECK(f.form()
              .values()
              .value(QStringLiteral("summary"))
              .toString()
              .startsWith(QStringLiteral("Second call")));
    CHECK(f.count(QStringLiteral("drafts")) == 1);
    CHECK(f.screen->statusText().contains(QStringLiteral("Nothing is lost")));
}

TEST_CASE("every field is reachable by Tab in visual order with a label", "[gui][intake]")
{
    IntakeFixture f;
    f.set(QStringLiteral("callType"), QStringLiteral("caller_about_child"));
    f.set(QStringLiteral("followUpNeeded"), true);
    const FormDefinition &definition = FormDefinition::builtIn();
    const QJsonObject values = f.form().values();
    QStringList expected;
    for (const QString &id : definition.fieldIds())
        if (definition.isVisible(id, values))
            expected << id;
    REQUIRE(expected.contains(QStringLiteral("callerName")));
    REQUIRE(expected.contains(QStringLiteral("followUpDate")));

    f.editor(expected.first())->focusTarget()->setFocus();
    QStringList visited;
    for (int i = 0; i < 400 && visited.size() < expected.size(); ++i) {
        for (const QString &id : expected) {
            if (within(focused(), f.editor(id))) {
                if (visited.isEmpty() || visited.last() != id)
                    visited << id;
                break;
            }
        }
        press(Qt::Key_Tab);
    }
    CHECK(visited == expected);
    for (const QString &id : expected) {
        INFO(str(id));
        auto *label = f.screen->findChild<QLabel *>(id + QStringLiteral("Label"));
        REQUIRE(label);
        CHECK(label->buddy());
        CHECK_FALSE(f.editor(id)->focusTarget()->accessibleName().isEmpty());
    }
    // Everything the intake adds around the form has an accessible name too.
    for (QPushButton *button : f.screen->findChildren<QPushButton *>()) {
        if (f.form().isAncestorOf(button))
            continue;
        INFO(str(button->objectName()));
        CHECK_FALSE(button->text().isEmpty());
    }
    auto *instrumentLabel =
        f.screen->findChild<QLabel *>(QStringLiteral("screeningInstrumentLabel"));
    REQUIRE(instrumentLabel);
    CHECK(instrumentLabel->buddy());
}

TEST_CASE("switching the language relabels the intake and keeps what was typed",
          "[gui][intake][i18n]")
{
    IntakeFixture f;
    f.fillCounselling(QStringLiteral("Elvin"), QStringLiteral("Mətn"));
    const QJsonObject typed = f.form().values();
    f.workspace->setLanguage(QStringLiteral("az"));
    auto *label = f.screen->findChild<QLabel *>(QStringLiteral("childNameLabel"));
    REQUIRE(label);
    CHECK(label->text().contains(QStringLiteral("Uşağın adı")));
    CHECK(f.form().values() == typed);
    f.workspace->setLanguage(QStringLiteral("en"));
}

TEST_CASE("a killed intake process is recovered exactly at the next sign-in",
          "[gui][intake][durability][slow]")
{
    QTemporaryDir dir;
    QString account;
    {
        CaseStore::CreateOptions options;
        options.directory = dir.path();
        options.adminUsername = QStringLiteral("aysel");
        options.kdf = test::fastKdf();
        auto created = CaseStore::create(options, test::password("probe password"));
        REQUIRE(created.ok());
        account = created.value()->session().accountId;
    }
    const QJsonObject values{
        {QStringLiteral("callType"), QStringLiteral("caller_about_child")},
        {QStringLiteral("childName"), QStringLiteral("Səbinə Hüseynova")},
        {QStringLiteral("childPhone"), QStringLiteral("+994 50 123 45 67")},
        {QStringLiteral("callerName"), QStringLiteral("İlqar")},
        {QStringLiteral("callerRelationship"), QStringLiteral("parent")},
        {QStringLiteral("categories"), QJsonArray{QStringLiteral("violence.bullying")}},
        {QStringLiteral("summary"), QStringLiteral("Atası zəng etdi: qızı məktəbə getmək "
                                                   "istəmir.\nİkinci sətir.")},
        {QStringLiteral("screening"),
         QJsonObject{{QStringLiteral("instrument"), QStringLiteral("asq")},
                     {QStringLiteral("q1"), QStringLiteral("no")},
                     {QStringLiteral("q2"), QStringLiteral("refused")}}},
        {QStringLiteral("keepConfidential"), false},
    };

    QProcess probe;
    probe.setProcessChannelMode(QProcess::SeparateChannels);
    probe.start(QStringLiteral(HELPLINE_INTAKE_PROBE), {dir.path(), account});
    REQUIRE(probe.waitForStarted());
    probe.write(
        QJsonDocument(QJsonObject{{QStringLiteral("password"), QStringLiteral("probe password")},
                                  {QStringLiteral("values"), values}})
            .toJson(QJsonDocument::Compact) +
        '\n');
    QByteArray output;
    QDeadlineTimer deadline(60000);
    while (!output.contains('\n') && !deadline.hasExpired() && probe.state() == QProcess::Running) {
        probe.waitForReadyRead(100);
        output += probe.readAllStandardOutput();
    }
    INFO(output.toStdString() << probe.readAllStandardError().toStdString());
    REQUIRE(output.startsWith("ready "));
    const QList<QByteArray> parts = output.trimmed().split(' ');
    REQUIRE(parts.size() == 3);
    const QString draftId = QString::fromLatin1(parts.at(1));
    const QJsonObject shown = QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(2))).object();
    for (auto it = values.begin(); it != values.end(); ++it) {
        INFO(str(it.key()));
        CHECK(shown.value(it.key()) == it.value()); // the probe typed what it was given
    }

    ::kill(pid_t(probe.processId()), SIGKILL);
    REQUIRE(probe.waitForFinished(10000));
    CHECK(probe.exitStatus() == QProcess::CrashExit);

    auto store = CaseStore::unlock(dir.path(), account, test::password("probe password"));
    REQUIRE(store.ok());
    DraftRepository drafts(*store.value());
    auto mine = drafts.mine();
    REQUIRE(mine.ok());
    REQUIRE(mine->size() == 1);
    const Draft stored = mine->first();
    CHECK(stored.id == draftId);
    CHECK(stored.data == shown);
    CHECK(stored.elapsedMs > 0);

    {
        Workspace workspace(*store.value());
        IntakeScreen screen(workspace);
        screen.show();
        REQUIRE(QTest::qWaitForWindowExposed(&screen));
        screen.offerDraftRecovery();
        DraftRecoveryDialog *dialog = screen.draftRecoveryDialog();
        REQUIRE(dialog);
        REQUIRE(dialog->draftCount() == 1);
        QElapsedTimer sinceRestore;
        sinceRestore.start();
        dialog->restoreButton()->click();
        // Every field exactly as typed, and the timer from where it was.
        CHECK(screen.formView()->values() == shown);
        CHECK(screen.draftId() == draftId);
        CHECK(screen.startedAt() == stored.startedAt);
        const qint64 elapsed = screen.contactTimer().elapsedMs();
        CHECK(elapsed >= stored.elapsedMs);
        CHECK(elapsed <= stored.elapsedMs + sinceRestore.elapsed());
        auto *timerLabel = screen.findChild<QLabel *>(QStringLiteral("contactTimerLabel"));
        REQUIRE(timerLabel);
        CHECK((timerLabel->text() == formatDuration(stored.elapsedMs / 1000) ||
               timerLabel->text() == formatDuration(stored.elapsedMs / 1000 + 1)));
        CHECK(screen.screeningPanel()->answer(QStringLiteral("q2")) == Answer::Refused);
        // The restored intake is the same draft: no second one appears.
        screen.flushDraft();
        auto after = drafts.mine();
        REQUIRE(after.ok());
        CHECK(after->size() == 1);
    }
}
