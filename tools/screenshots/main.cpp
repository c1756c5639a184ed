// helpline-screenshots: renders every main screen of the workstation to PNG files, driving the
// real shell over a temporary store filled with invented demo data.
//
//   helpline-screenshots --out DIR [--dark] [--scale 2] [--language az]
//
// scripts/screenshots runs it under Xvfb for the normal, 200 % and dark sets in docs/screenshots.

#include "demodata.h"

#include "core/settings/settings.h"
#include "core/util/clock.h"
#include "ui/cases/casesscreen.h"
#include "ui/cases/caseview.h"
#include "ui/common/workspace.h"
#include "ui/directory/directorybrowser.h"
#include "ui/directory/directoryscreen.h"
#include "ui/directory/referraldialog.h"
#include "ui/form/formview.h"
#include "ui/intake/caselinkdialog.h"
#include "ui/intake/draftrecoverydialog.h"
#include "ui/intake/intakescreen.h"
#include "ui/intake/screeningpanel.h"
#include "ui/mainwindow.h"
#include "ui/shell/appcontroller.h"
#include "ui/shell/credentialspanel.h"
#include "ui/shell/firstrunscreen.h"
#include "ui/shell/settingsdialog.h"
#include "ui/shell/theme.h"
#include "ui/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <cstdio>

using namespace helpline;

namespace {

// Lets the event loop run (layouts, timers, painting) for `ms`.
void settle(int ms = 250)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
}

class Shooter {
public:
    explicit Shooter(QString directory)
        : m_directory(std::move(directory))
    {
    }

    bool save(const QImage &image, const QString &name)
    {
        const QString path = QDir(m_directory).filePath(name + QStringLiteral(".png"));
        if (!image.save(path)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            m_ok = false;
            return false;
        }
        QTextStream(stdout) << path << " " << image.width() << "x" << image.height() << "\n";
        return true;
    }

    bool shoot(QWidget *window, const QString &name)
    {
        settle();
        return save(window->grab().toImage(), name);
    }

    // A dialog over its window, as the person sees it.
    bool shootDialog(QWidget *window, QWidget *dialog, const QString &name)
    {
        settle();
        QImage base = window->grab().toImage();
        const QImage top = dialog->grab().toImage();
        QPainter painter(&base);
        const qreal ratio = base.devicePixelRatio();
        painter.fillRect(QRectF(QPointF(0, 0), QSizeF(base.size()) / ratio), QColor(0, 0, 0, 60));
        const QSizeF topSize = QSizeF(top.size()) / top.devicePixelRatio();
        const QSizeF baseSize = QSizeF(base.size()) / ratio;
        const QPointF at((baseSize.width() - topSize.width()) / 2,
                         (baseSize.height() - topSize.height()) / 3);
        painter.drawImage(QRectF(at, topSize), top);
        painter.end();
        return save(base, name);
    }

    bool ok() const { return m_ok; }

private:
    QString m_directory;
    bool m_ok = true;
};

QJsonObject filledIntake()
{
    return QJsonObject{
        {QStringLiteral("channel"), QStringLiteral("phone")},
        {QStringLiteral("callType"), QStringLiteral("child_about_self")},
        {QStringLiteral("childName"), QStringLiteral("Aytən Səfərova")},
        {QStringLiteral("childGender"), QStringLiteral("girl")},
        {QStringLiteral("childAge"), QStringLiteral("15")},
        {QStringLiteral("childRegion"), QStringLiteral("AZ-SAK")},
        {QStringLiteral("childLanguage"), QStringLiteral("az")},
        {QStringLiteral("categories"),
         QJsonArray{QStringLiteral("mental_health.suicidal"), QStringLiteral("family.caregiver")}},
        {QStringLiteral("summary"),
         QStringLiteral("Ayten says she cannot go on after another fight at home and has pills "
                        "in her room. She is alone tonight.")},
        {QStringLiteral("screening"),
         QJsonObject{{QStringLiteral("instrument"), QStringLiteral("asq")},
                     {QStringLiteral("q1"), QStringLiteral("yes")},
                     {QStringLiteral("q2"), QStringLiteral("yes")},
                     {QStringLiteral("q3"), QStringLiteral("yes")},
                     {QStringLiteral("q4"), QStringLiteral("no")},
                     {QStringLiteral("q5"), QStringLiteral("yes")}}},
        {QStringLiteral("actions"), QJsonArray{QStringLiteral("listened")}},
    };
}

} // namespace

int main(int argc, char *argv[])
{
    // The scale must be known before the application starts.
    for (int i = 1; i + 1 < argc; ++i)
        if (qstrcmp(argv[i], "--scale") == 0)
            qputenv("QT_SCALE_FACTOR", argv[i + 1]);
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--dark") == 0)
            qputenv("HELPLINE_THEME", "dark");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("helpline-workstation"));
    QApplication::setOrganizationName(QStringLiteral("Helpline"));
    QApplication::setApplicationDisplayName(QStringLiteral("Helpline Workstation"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Renders the workstation's main screens to PNG files."));
    parser.addHelpOption();
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("Folder for the PNG files."),
                                       QStringLiteral("folder"));
    const QCommandLineOption darkOption(QStringLiteral("dark"),
                                        QStringLiteral("Use the dark palette."));
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
                                         QStringLiteral("Scale factor (QT_SCALE_FACTOR)."),
                                         QStringLiteral("factor"), QStringLiteral("1"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QStringLiteral("Interface language: en, az or ru."),
                                            QStringLiteral("code"), QStringLiteral("en"));
    parser.addOptions({outOption, darkOption, scaleOption, languageOption});
    parser.process(app);
    if (!parser.isSet(outOption)) {
        std::fprintf(stderr, "helpline-screenshots: --out DIR is required\n");
        return 2;
    }
    const QString out = parser.value(outOption);
    if (!QDir().mkpath(out)) {
        std::fprintf(stderr, "helpline-screenshots: cannot create %s\n", qPrintable(out));
        return 1;
    }

    Theme::apply(parser.isSet(darkOption) ? QStringLiteral("dark") : QStringLiteral("light"));
    const QString language = parser.value(languageOption);
    applyInterfaceLanguage(language);

    QTemporaryDir temp;
    if (!temp.isValid())
        return 1;
    // Never the user's settings: a throwaway file.
    Settings settings(temp.filePath(QStringLiteral("workstation.ini")));
    settings.setValue(Setting::InterfaceLanguage, language);
    Clock &clock = Clock::system();
    auto desk = DemoDesk::create(temp.filePath(QStringLiteral("store")), clock);
    if (!desk) {
        std::fprintf(stderr, "helpline-screenshots: demo data: %s\n",
                     qPrintable(desk.error().message));
        return 1;
    }
    Shooter shooter(out);
    const QSize windowSize(1280, 800);

    // First run, on a desk without a store.
    {
        AppController::Options options;
        options.storeDirectory = defaultStoreDirectory();
        options.kdf = KdfParams::minimum();
        AppController firstRun(settings, options);
        firstRun.start();
        firstRun.window().resize(windowSize);
        firstRun.window().show();
        if (auto *screen = qobject_cast<FirstRunScreen *>(firstRun.window().gateScreen())) {
            screen->usernameEdit()->setText(QStringLiteral("aysel"));
            screen->displayNameEdit()->setText(QStringLiteral("Aysel Məmmədova"));
            screen->passwordEdit()->setText(QStringLiteral("bizim həyətdə alça ağacı"));
        }
        shooter.shoot(&firstRun.window(), QStringLiteral("01-first-run"));
    }

    AppController::Options options;
    options.storeDirectory = desk->directory;
    options.storeDirectoryFixed = true;
    options.kdf = KdfParams::minimum();
    AppController shell(settings, options);
    settings.setValue(Setting::LastAccountId, desk->counsellorId);
    shell.start();
    MainWindow &window = shell.window();
    window.resize(windowSize);
    window.show();
    shooter.shoot(&window, QStringLiteral("02-sign-in"));

    auto signedIn = shell.signIn(desk->counsellorId,
                                 SecureBytes::copyOf(QByteArrayView(DemoDesk::counsellorPassword)));
    if (!signedIn) {
        std::fprintf(stderr, "helpline-screenshots: sign-in: %s\n",
                     qPrintable(signedIn.error().message));
        return 1;
    }
    settle(400);
    WorkArea *work = window.workArea();
    shooter.shoot(&window, QStringLiteral("03-intake"));

    auto *intake = qobject_cast<IntakeScreen *>(work->page(WorkArea::Page::Intake));
    if (intake) {
        intake->formView()->setValues(filledIntake());
        settle(400);
        shooter.shoot(&window, QStringLiteral("04-intake-acute"));
    }

    work->showPage(WorkArea::Page::Cases);
    shooter.shoot(&window, QStringLiteral("05-cases"));

    shell.workspace()->requestOpenCase(desk->acuteCaseId);
    shooter.shoot(&window, QStringLiteral("06-case-view"));
    if (auto *cases = qobject_cast<CasesScreen *>(work->page(WorkArea::Page::Cases)))
        cases->showList();

    work->showPage(WorkArea::Page::FollowUps);
    shooter.shoot(&window, QStringLiteral("07-follow-ups"));

    work->showPage(WorkArea::Page::Directory);
    if (auto *directory = qobject_cast<DirectoryScreen *>(work->page(WorkArea::Page::Directory))) {
        directory->browser()->searchEdit()->setText(QStringLiteral("psixoloq"));
        settle(200);
    }
    shooter.shoot(&window, QStringLiteral("10-directory"));

    // Refer from a case: the directory narrowed for the case's child, then the referral form.
    shell.workspace()->requestOpenCase(desk->acuteCaseId);
    settle(200);
    if (auto *cases = qobject_cast<CasesScreen *>(work->page(WorkArea::Page::Cases))) {
        if (ReferralDialog *dialog = cases->caseView()->startReferral()) {
            settle(300);
            shooter.shootDialog(&window, dialog, QStringLiteral("11-refer-choose"));
            dialog->chooseCurrent();
            dialog->reasonEdit()->setPlainText(
                QStringLiteral("Weekly sessions with a psychologist; the mother agrees."));
            dialog->consentYes()->setChecked(true);
            settle(200);
            shooter.shootDialog(&window, dialog, QStringLiteral("12-refer-form"));
            dialog->reject();
        }
        cases->showList();
    }

    if (SettingsDialog *dialog = shell.showSettings()) {
        settle(300);
        shooter.shootDialog(&window, dialog, QStringLiteral("08-settings"));
        dialog->reject();
    }

    // The intake holds an unsaved acute contact: locking keeps it as a draft.
    shell.lock();
    shooter.shoot(&window, QStringLiteral("09-lock"));

    shell.signOut();
    settle();

    // The supervisor: the acute-risk alert above every page, the review queue, the review panel.
    settings.setValue(Setting::LastAccountId, desk->supervisorId);
    if (auto supervisor = shell.signIn(
            desk->supervisorId, SecureBytes::copyOf(QByteArrayView(DemoDesk::adminPassword)));
        supervisor) {
        settle(400);
        WorkArea *area = window.workArea();
        shooter.shoot(&window, QStringLiteral("13-acute-alert"));
        area->showPage(WorkArea::Page::Review);
        settle(200);
        shooter.shoot(&window, QStringLiteral("14-review-queue"));
        shell.workspace()->requestOpenCase(desk->acuteCaseId);
        settle(200);
        if (auto *cases = qobject_cast<CasesScreen *>(area->page(WorkArea::Page::Cases))) {
            CaseView *view = cases->caseView();
            view->startReview();
            if (auto *text = view->findChild<QPlainTextEdit *>(QStringLiteral("reviewTextEdit")))
                text->setPlainText(QStringLiteral(
                    "Good that you kept him in the chat. Add the safety plan you made together "
                    "and who will be with him tonight."));
            settle(200);
            shooter.shoot(&window, QStringLiteral("15-review-panel"));
            view->submitReview(ReviewEditor::Action::Return);
            settle(200);
        }
        area->showPage(WorkArea::Page::Audit);
        settle(600);
        shooter.shoot(&window, QStringLiteral("17-audit-trail"));
        shell.signOut();
        settle();
    } else {
        std::fprintf(stderr, "helpline-screenshots: supervisor sign-in: %s\n",
                     qPrintable(supervisor.error().message));
        return 1;
    }

    // The counsellor reads the feedback.
    settings.setValue(Setting::LastAccountId, desk->counsellorId);
    if (shell.signIn(desk->counsellorId,
                     SecureBytes::copyOf(QByteArrayView(DemoDesk::counsellorPassword)))) {
        settle(400);
        window.workArea()->showPage(WorkArea::Page::Review);
        settle(200);
        shooter.shoot(&window, QStringLiteral("16-my-feedback"));
        shell.signOut();
        settle();
    }
    return shooter.ok() ? 0 : 1;
}
