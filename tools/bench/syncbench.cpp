#include "syncbench.h"

#include "benchserver.h"
#include "benchstats.h"

#include "textgenerator.h"

#include "core/directory/directoryjson.h"
#include "core/domain/directoryentry.h"
#include "core/domain/regions.h"
#include "core/protocol/recorddecoder.h"
#include "core/security/securebytes.h"
#include "core/store/casestore.h"
#include "core/store/contactrepository.h"
#include "core/store/keyring.h"
#include "core/sync/desksetup.h"
#include "core/sync/serversession.h"
#include "core/sync/syncclient.h"
#include "core/sync/syncengine.h"
#include "core/util/clock.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <optional>

namespace helpline::bench {

namespace {

const QString kOffice = QStringLiteral("baku");
const QByteArray kAdminPassword = QByteArrayLiteral("benchmark admin password");
const QByteArray kPassword = QByteArrayLiteral("benchmark desk password");
constexpr int kSaveBatch = 1000;     // contacts per transaction, as the store benchmark
constexpr int kOfflineDays = 4;      // the first desk's contacts span this many days
constexpr int kMaxRuns = 50;         // sync runs before the push phase gives up
constexpr int kStallMs = 10 * 60000; // a run with no request answered for this long failed

// One wait in the event loop for a callback, with a timeout. A QTimer member rather than
// QTimer::singleShot, so a timeout of an earlier wait can never end a later one.
class Waiter {
public:
    Waiter()
    {
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, &m_loop, &QEventLoop::quit);
    }
    void finish()
    {
        m_done = true;
        m_loop.quit();
    }
    // True when finish() was called (maybe before wait()); false after `timeoutMs`.
    bool wait(int timeoutMs)
    {
        if (!m_done) {
            m_timer.start(timeoutMs);
            m_loop.exec();
            m_timer.stop();
        }
        return m_done;
    }

private:
    QEventLoop m_loop;
    QTimer m_timer;
    bool m_done = false;
};

// A QNetworkAccessManager that times each request (from its creation to its reply's
// `finished`, i.e. upload, the server and download) and counts bytes, per kind. Requests of a
// kind may overlap (two pushes on their way, the next page asked for while one is written), so
// it also keeps the wall time during which at least one was on its way (`busyMs`): the rest of
// a sync phase's wall time is the desk working alone (reading the outbox, encoding, decoding,
// writing pages) with nothing on the line. Its `finished` slot is connected before SyncClient's, so
// it runs first and the reply's body is still unread.
class TimedNetwork : public QNetworkAccessManager {
public:
    struct Totals {
        int requests = 0;
        double ms = 0;
        qint64 sent = 0;
        qint64 received = 0;
        QList<double> each;
        int inFlight = 0;
        double busyMs = 0;
        std::shared_ptr<QElapsedTimer> busySince = std::make_shared<QElapsedTimer>();
    };

    Totals push;
    Totals pull;
    Totals other;
    std::function<void()> afterPush; // progress of long runs

    void reset() { push = pull = other = Totals(); }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        const qint64 sent = outgoingData ? outgoingData->size() : 0;
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, outgoingData);
        const QString path = request.url().path();
        Totals *totals = path.endsWith(QLatin1String("/sync/push"))   ? &push
                         : path.endsWith(QLatin1String("/sync/pull")) ? &pull
                                                                      : &other;
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        if (totals->inFlight++ == 0)
            totals->busySince->start();
        connect(reply, &QNetworkReply::finished, this, [this, reply, timer, totals, sent] {
            // Lands in the totals current when it finishes: each phase waits for its runs to
            // end, so no reply of one phase finishes in the next.
            const double ms = elapsedMs(*timer);
            if (--totals->inFlight == 0)
                totals->busyMs += elapsedMs(*totals->busySince);
            ++totals->requests;
            totals->ms += ms;
            totals->each << ms;
            totals->sent += sent;
            totals->received += reply->bytesAvailable();
            if (totals == &push && afterPush)
                afterPush();
        });
        return reply;
    }
};

// --- the server's command line -------------------------------------------------------------------

QString createAccount(const ServerStorage &storage, const QString &username, const QString &role,
                      const QString &displayName, QTextStream &log)
{
    const CliResult r = runServerCommand(
        storage,
        {QStringLiteral("accounts"), QStringLiteral("create"), username, QStringLiteral("--role"),
         role, QStringLiteral("--office"), kOffice, QStringLiteral("--name"), displayName,
         QStringLiteral("--password-stdin"), QStringLiteral("--test-fast-hashing")},
        kPassword + '\n');
    const QString id =
        QJsonDocument::fromJson(r.out).object().value(QStringLiteral("id")).toString();
    if (r.exitCode != 0 || id.isEmpty())
        log << "accounts create " << username << " failed: " << QString::fromUtf8(r.err) << '\n';
    return r.exitCode == 0 ? id : QString();
}

QString issueCode(const ServerStorage &storage, const QString &deskName, QTextStream &log)
{
    const CliResult r = runServerCommand(
        storage, {QStringLiteral("devices"), QStringLiteral("issue-code"),
                  QStringLiteral("--office"), kOffice, QStringLiteral("--name"), deskName});
    const QString code =
        QJsonDocument::fromJson(r.out).object().value(QStringLiteral("code")).toString();
    if (code.isEmpty())
        log << "devices issue-code failed: " << QString::fromUtf8(r.err) << '\n';
    return code;
}

// --- a desk --------------------------------------------------------------------------------------

// One desk as the workstation sets it up: enrolled with a code through DeskSetup (which creates
// its encrypted store), a server session from that sign-in, and the real SyncEngine.
struct Desk {
    QString directory;
    int pushWindow = SyncEngine::Config().pushWindow;
    std::unique_ptr<CaseStore> store;
    DeskIdentity identity;
    std::unique_ptr<SyncClient> client;
    std::unique_ptr<ServerSession> session;
    std::unique_ptr<SyncEngine> engine;

    ~Desk()
    {
        if (engine)
            engine->stop();
    }

    bool enrol(QNetworkAccessManager &network, quint16 port, const QString &code,
               const QString &username, const QStringList &streams, QTextStream &log)
    {
        QDir().mkpath(directory);
        DeskIdentity desk;
        desk.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        desk.deviceName = username;
        DeskSetup setup(network, &Clock::system());
        std::optional<DeskSetupResult> result;
        Waiter waiter;
        // A fast key derivation: the benchmark measures sync, not the password's cost.
        setup.enrol(directory, desk, code, username, SecureBytes::copyOf(QByteArrayView(kPassword)),
                    KdfParams::minimum(), [&](DeskSetupResult r) {
                        result = std::move(r);
                        waiter.finish();
                    });
        if (!waiter.wait(120000) || !result || !result->ok()) {
            log << "enrolling the desk of " << username
                << " failed: " << (result ? result->error : QStringLiteral("timed out")) << '\n';
            return false;
        }
        store = std::move(result->store);
        identity = *result->desk;
        client = std::make_unique<SyncClient>(network, identity.clientOptions());
        session = std::make_unique<ServerSession>(
            *client, Clock::system(),
            ServerSession::Device{identity.deviceId, identity.deviceSecret});
        session->start(*result->tokens);
        SyncEngine::Config config;
        config.deviceId = identity.deviceId;
        config.streams = streams;
        config.useTimer = false; // the benchmark decides when a run starts
        config.pushWindow = pushWindow;
        // The figures are about records; the audit copy (one entry per saved contact and
        // more) would add its own requests to the run's end and to push_s.
        config.sendAudit = false;
        engine = std::make_unique<SyncEngine>(*store, *client, *session, Clock::system(), config);
        return true;
    }

    // One run ("Sync now") to its end. A run may take hours (a large outbox is pushed in one
    // run), so there is no limit on the whole; nullopt when `answered` (requests answered so
    // far) did not move for kStallMs.
    std::optional<SyncRun> run(const std::function<int()> &answered)
    {
        std::optional<SyncRun> finished;
        Waiter waiter;
        const QMetaObject::Connection connection = QObject::connect(
            engine.get(), &SyncEngine::runFinished, engine.get(), [&](const SyncRun &r) {
                finished = r;
                waiter.finish();
            });
        engine->syncNow();
        for (int seen = answered(); !waiter.wait(kStallMs); seen = answered()) {
            if (answered() == seen) {
                engine->stop();
                break;
            }
        }
        QObject::disconnect(connection);
        return finished;
    }

    qint64 scalar(const QString &sql) const
    {
        QSqlQuery q(store->database());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
};

// --- what the first desk saves -------------------------------------------------------------------

// Contacts as a desk records them over a few days: two in three open a new case with a child
// (one in four calls is by a caller about a child), the rest return to one of the desk's earlier
// cases, mostly recent ones; one in seven plans a follow-up. A few taxonomy subcategories, a
// risk level, and a 50 to 300 word summary from the store benchmark's text generator.
class ContactMaker {
public:
    explicit ContactMaker(quint32 seed)
        : m_text(seed)
    {
    }

    ContactSave next(const QDateTime &startedAt)
    {
        static const QStringList categories{
            QStringLiteral("violence.bullying"),     QStringLiteral("violence.physical"),
            QStringLiteral("violence.emotional"),    QStringLiteral("violence.neglect"),
            QStringLiteral("mental_health.anxiety"), QStringLiteral("mental_health.mood"),
            QStringLiteral("peer.friends"),          QStringLiteral("education.academic")};
        static const QStringList risks{QStringLiteral("none"), QStringLiteral("low"),
                                       QStringLiteral("low"), QStringLiteral("moderate"),
                                       QStringLiteral("high")};
        static const QStringList channels{QStringLiteral("phone"), QStringLiteral("phone"),
                                          QStringLiteral("phone"), QStringLiteral("web_chat"),
                                          QStringLiteral("whatsapp")};
        QRandomGenerator &r = m_text.random();
        ContactSave save;
        Contact &c = save.contact;
        c.channel = channels.at(r.bounded(int(channels.size())));
        const bool aboutChild = r.bounded(4) == 0;
        c.callType =
            aboutChild ? QStringLiteral("caller_about_child") : QStringLiteral("child_about_self");
        if (aboutChild)
            c.callerRelationship =
                r.bounded(2) ? QStringLiteral("parent") : QStringLiteral("teacher");
        c.startedAt = startedAt;
        c.durationSeconds = 120 + int(r.bounded(1800));
        c.categories = {categories.at(r.bounded(int(categories.size())))};
        if (r.bounded(3) == 0) {
            const QString extra = categories.at(r.bounded(int(categories.size())));
            if (!c.categories.contains(extra))
                c.categories << extra;
        }
        c.riskLevel = risks.at(r.bounded(int(risks.size())));
        c.summary = m_text.note(50, 300);
        if (!m_cases.isEmpty() && r.bounded(3) == 0) {
            // Recent cases far more often than old ones.
            const qsizetype back =
                qsizetype(double(m_cases.size()) * std::pow(r.generateDouble(), 3.0));
            c.caseId = m_cases.at(m_cases.size() - 1 - std::min(back, m_cases.size() - 1));
            save.link = ContactSave::CaseLink::ExistingCase;
        } else {
            Person child;
            child.name = m_text.childName();
            child.age = QString::number(7 + r.bounded(11));
            child.gender = r.bounded(2) ? QStringLiteral("girl") : QStringLiteral("boy");
            save.child = child;
            save.link = ContactSave::CaseLink::NewCase;
        }
        if (aboutChild) {
            Person caller;
            caller.name = m_text.childName().section(u' ', 0, 0);
            save.caller = caller;
        }
        if (r.bounded(7) == 0) {
            FollowUp f;
            f.description = QStringLiteral("Zəng edib vəziyyəti soruşmaq");
            f.dueAt = startedAt.addSecs(86400 + qint64(r.bounded(13 * 86400)));
            save.followUp = f;
        }
        return save;
    }

    void saved(const SavedContact &s, ContactSave::CaseLink link)
    {
        if (link == ContactSave::CaseLink::NewCase && !s.caseId.isEmpty())
            m_cases << s.caseId;
    }

    qsizetype cases() const { return m_cases.size(); }

private:
    TextGenerator m_text;
    QStringList m_cases;
};

// --- the directory -------------------------------------------------------------------------------

// A valid directory file (docs/directory-format.md, JSON) of `count` services: names in three
// languages, one to three service types, nationwide or one to four regions, ages, languages,
// phones, e-mail, web site, address, opening hours, eligibility and notes.
QByteArray makeDirectory(int count, QTextStream &log)
{
    QStringList regionCodes;
    for (const EconomicRegion &region : Regions::builtIn().economicRegions()) {
        regionCodes << region.code;
        for (const RegionUnit &unit : region.units) {
            regionCodes << unit.code;
            for (const RegionUnit &district : unit.districts)
                regionCodes << district.code;
        }
    }
    const QStringList types = directoryServiceTypeCodes();
    static const QStringList kinds{QString::fromUtf8("Uşaq və Ailə Psixoloji Mərkəzi"),
                                   QString::fromUtf8("Hüquqi Yardım Bürosu"),
                                   QString::fromUtf8("Sosial Xidmət Mərkəzi"),
                                   QString::fromUtf8("Uşaq Sığınacağı"),
                                   QString::fromUtf8("Reabilitasiya Mərkəzi"),
                                   QString::fromUtf8("Gənclər Evi"),
                                   QString::fromUtf8("Poliklinika")};
    static const QStringList hours{
        QStringLiteral("mon-fri 09:00-18:00"), QStringLiteral("24/7"),
        QStringLiteral("mon-fri 09:00-13:00,14:00-18:00; sat 10:00-14:00"),
        QStringLiteral("mon-sat 08:00-20:00"), QString()};
    TextGenerator text(4242);
    QRandomGenerator &r = text.random();
    const QDate today = QDateTime::currentDateTimeUtc().addSecs(4 * 3600).date();
    QList<DirectoryEntry> entries;
    entries.reserve(count);
    for (int i = 0; i < count; ++i) {
        DirectoryEntry e;
        const QString place = text.place();
        e.name = QStringLiteral("%1 %2 №%3")
                     .arg(place, kinds.at(r.bounded(int(kinds.size()))))
                     .arg(i + 1);
        if (r.bounded(2))
            e.nameRu = QString::fromUtf8("Центр помощи детям №%1").arg(i + 1);
        if (r.bounded(2))
            e.nameEn = QStringLiteral("Child and Family Service no. %1").arg(i + 1);
        e.serviceTypes << types.at(r.bounded(int(types.size())));
        if (r.bounded(2)) {
            const QString more = types.at(r.bounded(int(types.size())));
            if (!e.serviceTypes.contains(more))
                e.serviceTypes << more;
        }
        e.nationwide = r.bounded(10) == 0;
        if (!e.nationwide) {
            const int n = 1 + int(r.bounded(4));
            for (int k = 0; k < n; ++k) {
                const QString code = regionCodes.at(r.bounded(int(regionCodes.size())));
                if (!e.regionCodes.contains(code))
                    e.regionCodes << code;
            }
        }
        e.ageMin = r.bounded(3) ? -1 : int(r.bounded(10));
        e.ageMax = r.bounded(3) ? 17 : -1;
        if (r.bounded(10) == 0)
            e.genders = {QStringLiteral("female")};
        e.languages = {QStringLiteral("az"), QStringLiteral("ru")};
        if (r.bounded(3) == 0)
            e.languages << QStringLiteral("en");
        e.free = r.bounded(3) != 0;
        e.phones << QStringLiteral("012 555 %1 %2")
                        .arg(r.bounded(100), 2, 10, QLatin1Char('0'))
                        .arg(r.bounded(100), 2, 10, QLatin1Char('0'));
        if (r.bounded(2))
            e.phones << QStringLiteral("+994 50 555 %1 %2")
                            .arg(r.bounded(100), 2, 10, QLatin1Char('0'))
                            .arg(r.bounded(100), 2, 10, QLatin1Char('0'));
        e.email = QStringLiteral("info%1@service.example.az").arg(i + 1);
        if (r.bounded(2))
            e.website = QStringLiteral("https://service%1.example.az").arg(i + 1);
        e.address = QString::fromUtf8("%1, Nümunə küçəsi %2").arg(place).arg(1 + r.bounded(120));
        e.openingHours = hours.at(r.bounded(int(hours.size())));
        e.eligibility = text.note(5, 25);
        if (r.bounded(2))
            e.notes = text.note(10, 60);
        e.verifiedOn = today.addDays(-qint64(r.bounded(700)));
        if (const Problems problems = e.validate(today); !problems.isEmpty()) {
            log << "generated directory entry " << i + 1
                << " is invalid: " << problems.constFirst().field << ": "
                << problems.constFirst().message << '\n';
            return {};
        }
        entries << e;
    }
    return writeDirectoryJson(entries);
}

// --- the check -----------------------------------------------------------------------------------

// Records by type: how many, and the sum of their ids' hashes, so two sides compare without
// keeping every id (a count alone would miss a record stored twice in place of another).
struct RecordTally {
    qint64 count = 0;
    quint64 idHashes = 0;
    bool operator==(const RecordTally &other) const
    {
        return count == other.count && idHashes == other.idHashes;
    }
};
using Tally = QMap<QString, RecordTally>;

void tallyRecord(Tally &tally, const QString &type, const QString &id)
{
    RecordTally &t = tally[type];
    ++t.count;
    t.idHashes += quint64(qHash(id, size_t(20261128)));
}

qint64 tallyTotal(const Tally &tally)
{
    qint64 total = 0;
    for (const RecordTally &t : tally)
        total += t.count;
    return total;
}

QJsonObject tallyJson(const Tally &tally)
{
    QJsonObject json;
    for (auto it = tally.constBegin(); it != tally.constEnd(); ++it)
        json.insert(it.key(), it->count);
    return json;
}

// The records the desk's outbox will push: one per (type, id), however many entries it has.
std::optional<Tally> outboxTally(CaseStore &store)
{
    QStringList quoted;
    for (const QString &type : recordTypes())
        quoted << u'\'' + type + u'\'';
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT DISTINCT record_type, record_id FROM outbox WHERE state = "
                               "'pending' AND record_type IN (%1)")
                    .arg(quoted.join(QStringLiteral(", ")))))
        return std::nullopt;
    Tally tally;
    while (q.next())
        tallyRecord(tally, q.value(0).toString(), q.value(1).toString());
    return tally;
}

// A supervisor of the office, on a desk of its own, pulls the whole cases stream.
std::optional<Tally> serverTally(QNetworkAccessManager &network, quint16 port, const QString &code,
                                 const QString &username, QTextStream &log)
{
    SyncClient::Options options;
    options.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    SyncClient client(network, options);
    std::optional<EnrolReply> desk;
    {
        Waiter waiter;
        EnrolRequest request;
        request.code = code;
        request.deviceName = QStringLiteral("Supervisor's desk");
        client.enrol(request, [&](SyncReply<EnrolReply> r) {
            if (r.ok())
                desk = *r.value;
            else
                log << "the supervisor's desk cannot enrol: " << r.error.message << '\n';
            waiter.finish();
        });
        if (!waiter.wait(60000) || !desk)
            return std::nullopt;
    }
    QString token;
    {
        Waiter waiter;
        SignInRequest request;
        request.username = username;
        request.password = kPassword;
        request.deviceId = desk->deviceId;
        request.deviceSecret = desk->deviceSecret;
        client.signIn(request, [&](SyncReply<SessionTokens> r) {
            if (r.ok())
                token = r.value->accessToken;
            else
                log << "the supervisor cannot sign in: " << r.error.message << '\n';
            waiter.finish();
        });
        if (!waiter.wait(60000) || token.isEmpty())
            return std::nullopt;
    }
    Tally tally;
    PullQuery query;
    query.stream = QStringLiteral("cases");
    query.limit = kMaxPullLimit;
    for (bool more = true; more;) {
        Waiter waiter;
        bool ok = false;
        client.pull(token, query, [&](SyncReply<PullPage> r) {
            if (r.ok()) {
                for (const PullItem &item : std::as_const(r.value->items))
                    tallyRecord(tally, item.type, item.id);
                query.cursor = r.value->cursor;
                more = r.value->more;
                ok = true;
            } else {
                log << "the supervisor's pull failed: " << r.error.message << '\n';
            }
            waiter.finish();
        });
        if (!waiter.wait(120000) || !ok)
            return std::nullopt;
    }
    return tally;
}

} // namespace

QJsonObject runSyncBench(const SyncBenchOptions &options, QTextStream &log)
{
    QElapsedTimer total;
    total.start();
    const auto work = makeWorkFolder(options.directory, options.keep, log);
    if (!work)
        return {};

    // 1. The server: storage, init, the accounts and the desks' codes, serve.
    ServerStorage storage;
    if (!storage.setUp(options.embedded, options.keep, work->filePath(QStringLiteral("data")), log))
        return {};
    log << "sync benchmark: " << options.contacts << " contacts pushed by one desk, a directory of "
        << options.directoryEntries << " entries pulled by another; " << storage.kind
        << "; working folder " << work->path() << '\n'
        << Qt::flush;
    if (!initServer(storage, kOffice, kAdminPassword, log))
        return {};
    const QString counsellorId =
        createAccount(storage, QStringLiteral("bench-counsellor"), QStringLiteral("counsellor"),
                      QString::fromUtf8("Leyla Məmmədova"), log);
    const QString secondId =
        createAccount(storage, QStringLiteral("bench-counsellor-2"), QStringLiteral("counsellor"),
                      QString::fromUtf8("Samir Həsənov"), log);
    const QString supervisorId =
        createAccount(storage, QStringLiteral("bench-supervisor"), QStringLiteral("supervisor"),
                      QString::fromUtf8("Rauf Əliyev"), log);
    const QString firstCode = issueCode(storage, QStringLiteral("Desk 1"), log);
    const QString secondCode = issueCode(storage, QStringLiteral("Desk 2"), log);
    const QString supervisorCode = issueCode(storage, QStringLiteral("Supervisor's desk"), log);
    if (counsellorId.isEmpty() || secondId.isEmpty() || supervisorId.isEmpty() ||
        firstCode.isEmpty() || secondCode.isEmpty() || supervisorCode.isEmpty())
        return {};
    ServerChild server;
    if (!server.start(storage.databaseArgs, options.workers,
                      work->filePath(QStringLiteral("server.log")), log))
        return {};
    const qint64 postmaster = storage.cluster.postmasterPid();
    TimedNetwork network;
    const auto answered = [&network] {
        return network.push.requests + network.pull.requests + network.other.requests;
    };

    // 2. The first desk, enrolled, then offline for days: N contacts in its store.
    Desk first;
    first.directory = work->filePath(QStringLiteral("desk-1"));
    first.pushWindow = options.pushWindow;
    if (!first.enrol(network, server.port(), firstCode, QStringLiteral("bench-counsellor"), {},
                     log))
        return {};
    QElapsedTimer saveTimer;
    saveTimer.start();
    {
        ContactMaker maker(20261128);
        ContactRepository contacts(*first.store);
        const QDateTime end = QDateTime::currentDateTimeUtc().addSecs(-600);
        const QDateTime start = end.addDays(-kOfflineDays);
        const double step = double(start.secsTo(end)) / double(options.contacts);
        qint64 done = 0;
        while (done < options.contacts) {
            const qint64 n = std::min<qint64>(kSaveBatch, options.contacts - done);
            QList<ContactSave> batch;
            batch.reserve(n);
            for (qint64 i = 0; i < n; ++i)
                batch << maker.next(start.addSecs(qint64(double(done + i) * step)));
            QList<ContactSave::CaseLink> links;
            for (const ContactSave &s : std::as_const(batch))
                links << s.link;
            auto saved = contacts.saveBatch(batch);
            if (!saved) {
                log << "saving contacts failed: " << saved.error().message << ' '
                    << saved.error().detail << '\n';
                return {};
            }
            for (qsizetype i = 0; i < saved->size(); ++i)
                maker.saved(saved->at(i), links.at(i));
            done += n;
            if (done % 20000 == 0 || done == options.contacts)
                log << "  " << done << " contacts saved, "
                    << qint64(double(done) / (elapsedMs(saveTimer) / 1000.0)) << "/s\n"
                    << Qt::flush;
        }
        log << "  " << maker.cases() << " cases\n";
    }
    const double saveS = elapsedMs(saveTimer) / 1000.0;
    const std::optional<Tally> expected = outboxTally(*first.store);
    const qint64 outboxEntries =
        first.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'"));
    if (!expected) {
        log << "cannot read the desk's outbox\n";
        return {};
    }
    const qint64 outboxRecords = tallyTotal(*expected);
    log << "  outbox: " << outboxRecords << " records (" << outboxEntries << " entries) to push\n"
        << Qt::flush;

    // 3. Push: "Sync now" until nothing waits. Only the push is timed; the engine has no streams
    // to pull.
    network.reset();
    int runs = 0;
    qint64 pushed = 0;
    qint64 rejected = 0;
    qint64 conflicts = 0;
    QStringList runErrors;
    const double serverCpu0 = processCpuSeconds(server.pid());
    const double pgCpu0 = clusterCpuSeconds(postmaster);
    const double ownCpu0 = ownCpuSeconds();
    QElapsedTimer pushTimer;
    pushTimer.start();
    // One run pushes the whole outbox: a line now and then shows that a long one is moving.
    qint64 lastProgressMs = 0;
    network.afterPush = [&] {
        if (pushTimer.elapsed() - lastProgressMs < 30000)
            return;
        lastProgressMs = pushTimer.elapsed();
        const qint64 about =
            std::min<qint64>(qint64(network.push.requests) * kMaxPushRecords, outboxRecords);
        log << "  " << network.push.requests << " pushes, about " << about << " records, in "
            << lastProgressMs / 1000 << " s ("
            << qint64(double(about) * 1000.0 / double(lastProgressMs)) << " records/s)\n"
            << Qt::flush;
    };
    for (;;) {
        const std::optional<SyncRun> run = first.run(answered);
        if (!run) {
            log << "no answer from the server for " << kStallMs / 60000 << " minutes\n";
            return {};
        }
        ++runs;
        pushed += run->pushed;
        rejected += run->rejected;
        conflicts += run->conflicts;
        if (!run->errorKind.isEmpty())
            runErrors << run->errorKind + QStringLiteral(": ") + run->error;
        const SyncStatus status = first.engine->status();
        log << "  run " << runs << ": " << run->pushed << " records pushed, " << run->rejected
            << " rejected"
            << (run->errorKind.isEmpty() ? QString() : QStringLiteral(", ") + run->error) << "; "
            << status.waiting << " waiting\n"
            << Qt::flush;
        if (status.waiting == 0)
            break;
        if (runs >= kMaxRuns) {
            log << "records still waiting after " << runs << " runs\n";
            return {};
        }
    }
    const double pushS = double(pushTimer.nsecsElapsed()) / 1e9;
    network.afterPush = nullptr;
    const double pushServerCpu = processCpuSeconds(server.pid()) - serverCpu0;
    const double pushPgCpu = clusterCpuSeconds(postmaster) - pgCpu0;
    const double pushOwnCpu = ownCpuSeconds() - ownCpu0;
    const TimedNetwork::Totals pushRequests = network.push;
    const double pushPeakRss = peakRssMb();
    log << "  pushed " << pushed << " records in " << QString::number(pushS, 'f', 1) << " s ("
        << qint64(double(pushed) / pushS) << " records/s; " << pushRequests.requests
        << " requests taking " << QString::number(pushRequests.ms / 1000.0, 'f', 1)
        << " s together; a push was on its way for "
        << QString::number(pushRequests.busyMs / 1000.0, 'f', 1) << " s)\n"
        << Qt::flush;

    // 4. The directory: imported on the server, then pulled by a fresh desk.
    QElapsedTimer directoryTimer;
    directoryTimer.start();
    const QByteArray directoryFile = makeDirectory(options.directoryEntries, log);
    if (directoryFile.isEmpty())
        return {};
    const QString directoryPath = work->filePath(QStringLiteral("directory.json"));
    {
        QFile file(directoryPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(directoryFile) != directoryFile.size()) {
            log << "cannot write " << directoryPath << '\n';
            return {};
        }
    }
    directoryTimer.restart();
    const CliResult imported = runServerCommand(
        storage, {QStringLiteral("directory"), QStringLiteral("import"), directoryPath});
    const double importS = elapsedMs(directoryTimer) / 1000.0;
    const QJsonObject summary = QJsonDocument::fromJson(imported.out).object();
    if (imported.exitCode != 0 ||
        summary.value(QStringLiteral("entries")).toInt() != options.directoryEntries) {
        log << "directory import failed: " << QString::fromUtf8(imported.out.left(2000))
            << QString::fromUtf8(imported.err.left(2000)) << '\n';
        return {};
    }
    log << "  directory of " << options.directoryEntries << " entries ("
        << directoryFile.size() / 1024 << " KiB of JSON) imported in "
        << QString::number(importS, 'f', 1) << " s\n"
        << Qt::flush;

    Desk second;
    second.directory = work->filePath(QStringLiteral("desk-2"));
    if (!second.enrol(network, server.port(), secondCode, QStringLiteral("bench-counsellor-2"),
                      {QStringLiteral("directory")}, log))
        return {};
    network.reset();
    const double serverCpu1 = processCpuSeconds(server.pid());
    const double pgCpu1 = clusterCpuSeconds(postmaster);
    const double ownCpu1 = ownCpuSeconds();
    QElapsedTimer pullTimer;
    pullTimer.start();
    const std::optional<SyncRun> pullRun = second.run(answered);
    const double pullS = double(pullTimer.nsecsElapsed()) / 1e9;
    const double pullServerCpu = processCpuSeconds(server.pid()) - serverCpu1;
    const double pullPgCpu = clusterCpuSeconds(postmaster) - pgCpu1;
    const double pullOwnCpu = ownCpuSeconds() - ownCpu1;
    const TimedNetwork::Totals pullRequests = network.pull;
    if (!pullRun || !pullRun->errorKind.isEmpty()) {
        log << "the directory pull failed: "
            << (pullRun ? pullRun->error : QStringLiteral("timeout")) << '\n';
        return {};
    }
    const qint64 directoryRows =
        second.scalar(QStringLiteral("SELECT count(*) FROM directory_entries WHERE deleted = 0"));
    log << "  the fresh desk pulled " << pullRun->pulled << " directory entries in "
        << QString::number(pullS, 'f', 2) << " s (" << pullRequests.requests << " pages, "
        << QString::number(pullRequests.busyMs / 1000.0, 'f', 2) << " s with a page on its way); "
        << directoryRows << " rows in directory_entries\n"
        << Qt::flush;
    const double peakRss = peakRssMb(); // the desks' process, before the check adds its own

    // 5. Check: every record pushed is on the server exactly once.
    QElapsedTimer checkTimer;
    checkTimer.start();
    const std::optional<Tally> onServer = serverTally(network, server.port(), supervisorCode,
                                                      QStringLiteral("bench-supervisor"), log);
    if (!onServer)
        return {};
    const bool pushVerified = *onServer == *expected && pushed == outboxRecords && rejected == 0;
    const bool directoryVerified =
        directoryRows == options.directoryEntries && pullRun->pulled == options.directoryEntries;
    log << "  check: the desk's outbox held " << outboxRecords << " records, " << pushed
        << " were pushed, the supervisor pulls " << tallyTotal(*onServer) << " ("
        << QString::fromUtf8(QJsonDocument(tallyJson(*onServer)).toJson(QJsonDocument::Compact))
        << "): " << (pushVerified ? "ok" : "MISMATCH") << "; directory "
        << (directoryVerified ? "ok" : "MISMATCH") << " ("
        << QString::number(elapsedMs(checkTimer) / 1000.0, 'f', 1) << " s)\n"
        << Qt::flush;

    const double serverRss = peakRssOfMb(server.pid());
    if (const int stopped = server.stop(); stopped != 0)
        log << "the server did not stop cleanly (exit " << stopped << ")\n";

    const double pushWaitS = pushRequests.ms / 1000.0;
    const double pullWaitS = pullRequests.ms / 1000.0;
    QJsonObject json{{QStringLiteral("contacts"), options.contacts},
                     {QStringLiteral("save_s"), saveS},
                     {QStringLiteral("saves_per_s"), double(options.contacts) / saveS},
                     {QStringLiteral("outbox_records"), outboxRecords},
                     {QStringLiteral("outbox_entries"), outboxEntries},
                     {QStringLiteral("records_by_type"), tallyJson(*expected)},
                     {QStringLiteral("records_pushed"), pushed},
                     {QStringLiteral("records_rejected"), rejected},
                     {QStringLiteral("conflicts"), conflicts},
                     {QStringLiteral("push_s"), pushS},
                     {QStringLiteral("push_records_per_s"), double(pushed) / pushS},
                     {QStringLiteral("runs"), runs},
                     {QStringLiteral("run_errors"), QJsonArray::fromStringList(runErrors)},
                     {QStringLiteral("push_requests"), pushRequests.requests},
                     {QStringLiteral("push_request_s"), pushWaitS},
                     {QStringLiteral("push_request_p50_ms"), percentile(pushRequests.each, 50)},
                     {QStringLiteral("push_request_max_ms"), percentile(pushRequests.each, 100)},
                     {QStringLiteral("push_line_busy_s"), pushRequests.busyMs / 1000.0},
                     {QStringLiteral("push_desk_s"), pushS - pushRequests.busyMs / 1000.0},
                     {QStringLiteral("push_bytes"), pushRequests.sent},
                     {QStringLiteral("push_cpu_desk_s"), pushOwnCpu},
                     {QStringLiteral("push_cpu_server_s"), pushServerCpu},
                     {QStringLiteral("push_cpu_postgres_s"), pushPgCpu},
                     {QStringLiteral("push_peak_rss_mb"), pushPeakRss},
                     {QStringLiteral("directory_entries"), options.directoryEntries},
                     {QStringLiteral("directory_import_s"), importS},
                     {QStringLiteral("directory_file_bytes"), qint64(directoryFile.size())},
                     {QStringLiteral("directory_pull_s"), pullS},
                     {QStringLiteral("directory_pages"), pullRequests.requests},
                     {QStringLiteral("directory_request_s"), pullWaitS},
                     {QStringLiteral("directory_line_busy_s"), pullRequests.busyMs / 1000.0},
                     {QStringLiteral("directory_desk_s"), pullS - pullRequests.busyMs / 1000.0},
                     {QStringLiteral("directory_bytes"), pullRequests.received},
                     {QStringLiteral("directory_rows"), directoryRows},
                     {QStringLiteral("pull_cpu_desk_s"), pullOwnCpu},
                     {QStringLiteral("pull_cpu_server_s"), pullServerCpu},
                     {QStringLiteral("pull_cpu_postgres_s"), pullPgCpu},
                     {QStringLiteral("server_records"), tallyTotal(*onServer)},
                     {QStringLiteral("verified"), pushVerified && directoryVerified},
                     {QStringLiteral("backend"), storage.kind},
                     {QStringLiteral("workers"), options.workers},
                     {QStringLiteral("push_window"), options.pushWindow},
                     {QStringLiteral("peak_rss_mb"), peakRss},
                     {QStringLiteral("server_peak_rss_mb"), serverRss},
                     {QStringLiteral("total_s"), double(total.elapsed()) / 1000.0},
                     {QStringLiteral("smoke"), options.smoke}};
    if (!storage.fallback.isEmpty())
        json.insert(QStringLiteral("postgresql_missing"), storage.fallback);
    if (storage.isPostgres())
        json.insert(QStringLiteral("postgresql_version"), storage.cluster.version());
    return json;
}

} // namespace helpline::bench
