// helpline-intake-probe: the intake screen in a separate process, for the test that kills a
// counsellor's workstation in the middle of an intake (tests/gui/test_intake.cpp).
//
//   helpline-intake-probe DIR ACCOUNT
//       reads one line of JSON from standard input: {"password": "...", "values": {field id:
//       form value, ...}}; unlocks the store in DIR as ACCOUNT, shows the intake (offscreen),
//       types the text values key by key into their fields and sets the others through their
//       editors, waits until the draft in the store holds exactly what the form shows, prints
//       "ready <draft id> <the form's values as compact JSON, base64>" and then blocks until it
//       is killed. Errors are printed as "error <message>" with exit code 1.
//
// The values are test data; nothing is written to files but the store.
#include "core/security/securebytes.h"
#include "core/store/casestore.h"
#include "core/store/draftrepository.h"
#include "ui/common/workspace.h"
#include "ui/form/formview.h"
#include "ui/intake/intakescreen.h"
#include "ui/intake/screeningpanel.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QTest>

#include <cstdio>

using namespace helpline;

namespace {

int fail(const QString &message)
{
    std::printf("error %s\n", qPrintable(message));
    std::fflush(stdout);
    return 1;
}

// Types `text` into `widget` one key at a time, as a counsellor would (non-ASCII letters as
// key events carrying their text: QTest::keyClicks cannot type them).
void type(QWidget *widget, const QString &text)
{
    widget->setFocus(Qt::TabFocusReason);
    for (const QChar c : text) {
        if (c.unicode() < 0x80 && c.isPrint()) {
            QTest::keyClick(widget, c.toLatin1());
        } else if (c == u'\n') {
            QTest::keyClick(widget, Qt::Key_Return);
        } else {
            QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c),
                                Qt::NoModifier);
        }
    }
}

bool draftHolds(CaseStore &store, const QString &draftId, const QJsonObject &values)
{
    DraftRepository drafts(store);
    auto mine = drafts.mine();
    if (!mine)
        return false;
    for (const Draft &draft : std::as_const(mine.value()))
        if (draft.id == draftId && draft.data == values)
            return true;
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("helpline.*.info=false"));
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: helpline-intake-probe DIR ACCOUNT < {json}\n");
        return 64;
    }
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return fail(QStringLiteral("no standard input"));
    const QJsonObject request = QJsonDocument::fromJson(input.readLine()).object();
    const QJsonObject values = request.value(QStringLiteral("values")).toObject();
    QByteArray password = request.value(QStringLiteral("password")).toString().toUtf8();

    auto store = CaseStore::unlock(args.at(1), args.at(2), SecureBytes::copyOf(password));
    password.fill('\0');
    if (!store)
        return fail(store.error().message);

    Workspace workspace(*store.value());
    IntakeScreen screen(workspace);
    screen.resize(1100, 900);
    screen.show();
    if (!QTest::qWaitForWindowExposed(&screen))
        return fail(QStringLiteral("the intake was not shown"));

    FormView *form = screen.formView();
    for (auto it = values.begin(); it != values.end(); ++it) {
        FormFieldEditor *editor = form->editor(it.key());
        if (!editor)
            return fail(QStringLiteral("no field %1").arg(it.key()));
        QWidget *target = editor->focusTarget();
        if (it.value().isString() &&
            (qobject_cast<QLineEdit *>(target) || qobject_cast<QPlainTextEdit *>(target))) {
            type(target, it.value().toString());
        } else if (auto *panel = qobject_cast<ScreeningPanel *>(editor)) {
            // Through the panel's own answers, as a counsellor's choices would arrive.
            panel->setValue(
                QJsonObject{{QStringLiteral("instrument"),
                             it.value().toObject().value(QStringLiteral("instrument"))}});
            const QJsonObject answers = it.value().toObject();
            for (auto answer = answers.begin(); answer != answers.end(); ++answer)
                if (answer.key() != u"instrument")
                    panel->setAnswer(
                        answer.key(),
                        answerFromCode(answer.value().toString()).value_or(Answer::Unanswered));
        } else {
            editor->setValue(it.value());
            emit editor->changed();
        }
    }

    // Ready only once the store holds exactly what the form shows.
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        QTest::qWait(20);
        if (!screen.draftId().isEmpty() &&
            draftHolds(*store.value(), screen.draftId(), form->values()))
            break;
    }
    if (deadline.hasExpired())
        return fail(QStringLiteral("the draft never matched the form"));
    const QByteArray shown = QJsonDocument(form->values()).toJson(QJsonDocument::Compact);
    std::printf("ready %s %s\n", qPrintable(screen.draftId()), shown.toBase64().constData());
    std::fflush(stdout);
    return app.exec(); // until killed
}
