#include "serverbench.h"

#include "benchserver.h"
#include "benchstats.h"

#include "textgenerator.h"

#include "core/domain/recordjson.h"
#include "core/util/uuid.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <functional>
#include <memory>

namespace helpline::bench {

namespace {

const QString kOffice = QStringLiteral("baku");
const QByteArray kAdminPassword = QByteArrayLiteral("benchmark admin password");
const QString kPassword = QStringLiteral("benchmark desk password");
constexpr int kPullLimit = 500; // the API's default page

// --- HTTP ---------------------------------------------------------------------------------------

struct Reply {
    int status = 0;
    QByteArray body;
    QJsonObject json;
    double ms = 0;   // from the request's first byte written to its reply's last byte read
    QString network; // what went wrong when there was no HTTP reply
    QString describe() const
    {
        return status
                   ? QStringLiteral("HTTP %1 %2").arg(status).arg(QString::fromUtf8(body.left(300)))
                   : QStringLiteral("no reply: ") + network;
    }
};

using ReplyFn = std::function<void(const Reply &)>;

// One desk's connection: HTTP/1.1 with keep-alive, one request at a time, in the thread's event
// loop. A minimal client rather than QNetworkAccessManager: that one writes a request body in
// 16 KiB pieces without TCP_NODELAY, so on loopback (a 64 KiB segment size) every push bigger
// than 16 KiB waited about 40 ms for the server's delayed ACK (Nagle's algorithm), which
// measured the loopback and not the server. The server answers every request with a
// Content-Length, which is all this client reads.
class Connection {
public:
    explicit Connection(quint16 port)
        : m_port(port)
    {
        QObject::connect(&m_socket, &QTcpSocket::connected, &m_socket, [this] {
            m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
            m_timer.start();
            m_socket.write(m_request);
        });
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { onReadyRead(); });
        QObject::connect(&m_socket, &QTcpSocket::disconnected, &m_socket, [this] {
            if (m_done)
                onClosed(QStringLiteral("the server closed the connection"));
        });
        QObject::connect(&m_socket, &QTcpSocket::errorOccurred, &m_socket,
                         [this](QAbstractSocket::SocketError error) {
                             if (m_done && error != QAbstractSocket::RemoteHostClosedError)
                                 onClosed(m_socket.errorString());
                         });
    }

    void send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
              const QString &token, ReplyFn done)
    {
        Q_ASSERT(!m_done);
        m_request = method + ' ' + pathAndQuery.toUtf8() +
                    " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_port) +
                    "\r\nAccept: application/json\r\nContent-Type: application/json\r\n";
        if (!token.isEmpty())
            m_request += "Authorization: Bearer " + token.toLatin1() + "\r\n";
        if (method != "GET")
            m_request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        m_request += "\r\n";
        m_request += body;
        m_done = std::move(done);
        m_retried = false;
        transmit();
    }

private:
    void transmit()
    {
        m_retrying = false;
        m_buffer.clear();
        m_headerEnd = -1;
        if (m_socket.state() == QAbstractSocket::ConnectedState) {
            m_timer.start();
            m_socket.write(m_request);
        } else {
            m_socket.abort();
            m_socket.connectToHost(QHostAddress::LocalHost, m_port); // then `connected`
        }
    }

    void onReadyRead()
    {
        m_buffer += m_socket.readAll();
        if (!m_done)
            return;
        if (m_headerEnd < 0) {
            m_headerEnd = m_buffer.indexOf("\r\n\r\n");
            if (m_headerEnd < 0)
                return;
            const QList<QByteArray> lines = m_buffer.left(m_headerEnd).split('\n');
            m_status = lines.value(0).split(' ').value(1).toInt();
            m_length = 0;
            m_close = false;
            for (const QByteArray &line : lines) {
                const QByteArray lower = line.trimmed().toLower();
                if (lower.startsWith("content-length:"))
                    m_length = lower.mid(15).trimmed().toLongLong();
                else if (lower.startsWith("connection:") && lower.contains("close"))
                    m_close = true;
            }
        }
        if (m_buffer.size() < m_headerEnd + 4 + m_length)
            return;
        Reply r;
        r.ms = elapsedMs(m_timer);
        r.status = m_status;
        r.body = m_buffer.mid(m_headerEnd + 4, m_length);
        r.json = QJsonDocument::fromJson(r.body).object();
        m_buffer.clear();
        m_headerEnd = -1;
        ReplyFn done = std::move(m_done);
        m_done = nullptr;
        if (m_close)
            m_socket.abort(); // the next request connects anew
        done(r);              // may send the next request
    }

    void onClosed(const QString &why)
    {
        if (m_retrying)
            return; // the socket reports one failure twice (error, then disconnected)
        // A kept-alive connection the server had closed before this request: once more, anew.
        if (m_buffer.isEmpty() && !m_retried) {
            m_retried = true;
            m_retrying = true;
            QTimer::singleShot(0, &m_socket, [this] { transmit(); });
            return;
        }
        Reply r;
        r.network = why;
        finish(r);
    }

    void finish(const Reply &r)
    {
        ReplyFn done = std::move(m_done);
        m_done = nullptr;
        done(r); // may send the next request
    }

    quint16 m_port;
    QTcpSocket m_socket;
    QByteArray m_request;
    QByteArray m_buffer;
    ReplyFn m_done;
    QElapsedTimer m_timer;
    qsizetype m_headerEnd = -1;
    qint64 m_length = 0;
    int m_status = 0;
    bool m_close = false;
    bool m_retried = false;
    bool m_retrying = false;
};

QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// One request, waited for in a local event loop.
Reply call(Connection &connection, const QByteArray &method, const QString &pathAndQuery,
           const QJsonObject &body = {}, const QString &token = {})
{
    Reply result;
    QEventLoop loop;
    connection.send(method, pathAndQuery, method == "GET" ? QByteArray() : jsonBytes(body), token,
                    [&](const Reply &r) {
                        result = r;
                        loop.quit();
                    });
    loop.exec();
    return result;
}

// Runs task(i, done) for i in 0..n-1, at most `parallel` at a time, until every task has called
// done(ok). After a failure no further task starts; false when any failed.
bool runParallel(int n, int parallel,
                 const std::function<void(int, std::function<void(bool)>)> &task)
{
    if (n == 0)
        return true;
    struct State {
        int next = 0;
        int running = 0;
        int finished = 0;
        bool ok = true;
        QEventLoop loop;
        std::function<void()> launch;
    };
    auto state = std::make_shared<State>();
    std::weak_ptr<State> weak = state;
    state->launch = [weak, n, parallel, &task] {
        auto s = weak.lock();
        while (s && s->ok && s->running < parallel && s->next < n) {
            const int i = s->next++;
            ++s->running;
            task(i, [weak, n](bool success) {
                auto s = weak.lock();
                if (!s)
                    return;
                --s->running;
                ++s->finished;
                s->ok = s->ok && success;
                if (s->finished == n || (!s->ok && s->running == 0))
                    s->loop.quit();
                else
                    QTimer::singleShot(0, &s->loop, [weak] {
                        if (auto s = weak.lock())
                            s->launch();
                    });
            });
        }
    };
    state->launch();
    state->loop.exec();
    return state->ok;
}

// --- what the desks push ----------------------------------------------------------------------

// Contact summaries as counsellors write them: about 100 words of Azerbaijani in sentences.
class SummaryWriter {
public:
    explicit SummaryWriter(quint32 seed)
        : m_names(seed)
        , m_random(seed + 1)
    {
        m_sentences = QString::fromUtf8(
                          "Uşaq məktəbdə sinif yoldaşlarının onu ələ saldığını və təhqir etdiyini "
                          "danışdı.|O, son iki həftədir məktəbə getmək istəmədiyini bildirdi.|"
                          "Valideynləri bu barədə hələ bilmir, uşaq onlara deməyə qorxur.|"
                          "Məsləhətçi uşağı diqqətlə dinlədi və hisslərini ifadə etməsinə kömək "
                          "etdi.|Birlikdə etibar etdiyi bir böyüklə, məsələn, sinif rəhbəri ilə "
                          "danışmaq imkanlarını müzakirə etdik.|Uşaq gecələr yaxşı yata "
                          "bilmədiyini və tez-tez ağladığını dedi.|Evdə atası ilə tez-tez "
                          "mübahisə olur, bəzən atası onu döyür.|Təhlükəsizlik planı hazırlandı: "
                          "təhlükə hiss etdikdə nənəsinin evinə gedəcək.|Uşağa 116111 nömrəsinə "
                          "istənilən vaxt yenidən zəng edə biləcəyi xatırladıldı.|Psixoloqla "
                          "görüş təklif edildi, uşaq razılaşdı.|İnstaqramda tanımadığı bir şəxs "
                          "ondan şəkil istəyir və onu hədələyir.|Məsləhətçi şəkilləri "
                          "göndərməməyi və həmin hesabı bloklamağı tövsiyə etdi.|Uşaq özünü tənha "
                          "hiss etdiyini, yaxın dostunun olmadığını söylədi.|İmtahanlardan əvvəl "
                          "çox narahat olduğunu və ürəyinin sıxıldığını bildirdi.|Növbəti həftə "
                          "yenidən əlaqə saxlamaq barədə razılığa gəldik.|Risk səviyyəsi orta "
                          "qiymətləndirildi, özünə zərər vermə fikirləri yoxdur.|Qız onu erkən "
                          "nikaha məcbur edəcəklərindən qorxduğunu dedi.|Sosial xidmətlərə "
                          "yönləndirmə imkanları barədə məlumat verildi.|Söhbətin sonunda uşağın "
                          "anası telefona yaxınlaşdı və kömək istədi.|Uşaq küçədə işləməyə məcbur "
                          "edildiyini, qazandığı pulu böyük qardaşına verdiyini danışdı.|Məktəbin "
                          "psixoloqu ilə əlaqə saxlamaq üçün uşağın razılığı alındı.|O, "
                          "müəllimin bütün sinif qarşısında ona qışqırdığını və çox utandığını "
                          "söylədi.|Söhbət təxminən iyirmi dəqiqə davam etdi, uşaq sonda "
                          "sakitləşdi.|Uşaq telefonunu əlindən aldıqlarını və heç kimlə "
                          "danışmağa icazə vermədiklərini bildirdi.|Məsləhətçi uşağın "
                          "güclü tərəflərini vurğuladı və ona dəstək olacağımızı dedi.")
                          .split(u'|');
    }

    QString summary()
    {
        const QString name = m_names.childName().section(u' ', 0, 0);
        QString text = QStringLiteral("%1 (%2 yaş) zəng etdi; yaşadığı yer: %3.")
                           .arg(name)
                           .arg(9 + m_random.bounded(9))
                           .arg(m_names.place());
        int words = int(text.count(u' ')) + 1;
        const int target = 85 + int(m_random.bounded(31));
        while (words < target) {
            const QString &sentence = m_sentences.at(m_random.bounded(int(m_sentences.size())));
            text += u' ' + sentence;
            words += int(sentence.count(u' ')) + 1;
        }
        return text;
    }

    QString note()
    {
        QString text = m_sentences.at(m_random.bounded(int(m_sentences.size())));
        const int more = int(m_random.bounded(3));
        for (int i = 0; i < more; ++i)
            text += u' ' + m_sentences.at(m_random.bounded(int(m_sentences.size())));
        return text;
    }

    QString childName() { return m_names.childName(); }
    QRandomGenerator &random() { return m_random; }

private:
    TextGenerator m_names;
    QRandomGenerator m_random;
    QStringList m_sentences;
};

struct Desk {
    int index = 0;
    QString username;
    QString accountId;
    QString deviceId;
    QString deviceSecret;
    QString token;
    std::unique_ptr<Connection> connection;
    // The pushes, made before the clock starts.
    QList<QByteArray> bodies;
    QList<int> bodyRecords;
    struct OpenCase {
        QString id;
        QString childId;
    };
    QList<OpenCase> cases; // cases pushed earlier, for returning callers
    int caseCounter = 0;
    // The measured phase.
    int next = 0;
    qint64 cursor = 0;
};

// A batch of `size` valid records in push order: mostly a new case (its child, the case, one or
// two contacts with a ~100-word summary, a note), sometimes a returning caller (a contact and a
// note on one of the desk's earlier cases). Only new records: the server ends up with exactly
// the records pushed.
QByteArray makeBatch(Desk &desk, int size, SummaryWriter &text, QDateTime &clock, int *count)
{
    static const QStringList categories{
        QStringLiteral("violence.bullying"),     QStringLiteral("violence.physical"),
        QStringLiteral("violence.emotional"),    QStringLiteral("violence.neglect"),
        QStringLiteral("mental_health.anxiety"), QStringLiteral("mental_health.mood"),
        QStringLiteral("violence.child_labour"), QStringLiteral("violence.online_sexual_abuse")};
    static const QStringList risks{QStringLiteral("none"), QStringLiteral("low"),
                                   QStringLiteral("moderate"), QStringLiteral("high")};
    static const QStringList titles{
        QString::fromUtf8("Məktəbdə zorakılıq"), QString::fromUtf8("Ailədə fiziki zorakılıq"),
        QString::fromUtf8("Onlayn təhlükə"), QString::fromUtf8("İmtahan həyəcanı"),
        QString::fromUtf8("Uşaq əməyi")};
    QRandomGenerator &random = text.random();
    QJsonArray items;
    auto meta = [&] {
        clock = clock.addMSecs(1500 + random.bounded(20000));
        RecordMeta m;
        m.id = newUuidV7(clock);
        m.createdAt = clock;
        m.updatedAt = clock;
        m.createdBy = desk.accountId;
        m.originDevice = desk.deviceId;
        m.revision = 1;
        return m;
    };
    auto add = [&](const QString &type, const QJsonObject &record) {
        if (items.size() < size)
            items.append(QJsonObject{{QStringLiteral("type"), type},
                                     {QStringLiteral("id"), record.value(QStringLiteral("id"))},
                                     {QStringLiteral("revision"), 1},
                                     {QStringLiteral("record"), record}});
    };
    auto contact = [&](const Desk::OpenCase &c, const QString &risk) {
        Contact x;
        x.meta = meta();
        x.caseId = c.id;
        x.channel = random.bounded(5) == 0 ? QStringLiteral("web_chat") : QStringLiteral("phone");
        x.callType = QStringLiteral("child_about_self");
        x.durationSeconds = 120 + int(random.bounded(1800));
        x.startedAt = x.meta.createdAt.addSecs(-x.durationSeconds - 60);
        x.counsellorId = desk.accountId;
        x.childPersonId = c.childId;
        x.categories = {categories.at(random.bounded(int(categories.size())))};
        x.summary = text.summary();
        x.actions = {QStringLiteral("listened")};
        x.riskLevel = risk;
        x.formId = QStringLiteral("intake");
        x.formVersion = 1;
        add(QStringLiteral("contact"), toJson(x));
        return x.meta.id;
    };
    auto note = [&](const Desk::OpenCase &c, const QString &contactId) {
        Note n;
        n.meta = meta();
        n.caseId = c.id;
        n.contactId = contactId;
        n.body = text.note();
        add(QStringLiteral("note"), toJson(n));
    };
    while (items.size() < size) {
        const QString risk = risks.at(random.bounded(int(risks.size())));
        if (!desk.cases.isEmpty() && random.bounded(4) == 0) {
            const Desk::OpenCase c = desk.cases.at(random.bounded(int(desk.cases.size())));
            note(c, contact(c, risk));
            continue;
        }
        Person child;
        child.meta = meta();
        child.kind = Person::Kind::Child;
        child.name = text.childName();
        child.gender = random.bounded(2) ? QStringLiteral("girl") : QStringLiteral("boy");
        child.age = QString::number(8 + random.bounded(10));
        child.language = QStringLiteral("az");
        add(QStringLiteral("person"), toJson(child));
        CaseRecord c;
        c.meta = meta();
        c.caseNumber = QStringLiteral("2026-B%1-%2")
                           .arg(desk.index, 3, 10, QLatin1Char('0'))
                           .arg(++desk.caseCounter, 5, 10, QLatin1Char('0'));
        c.status = QStringLiteral("open");
        c.assigneeId = desk.accountId;
        c.riskLevel = risk;
        c.officeId = kOffice;
        c.childPersonId = child.meta.id;
        c.title = titles.at(random.bounded(int(titles.size())));
        const bool caseSent = items.size() < size; // else the batch is full: not pushed
        add(QStringLiteral("case"), toJson(c));
        const Desk::OpenCase open{c.meta.id, child.meta.id};
        QString last = contact(open, risk);
        if (random.bounded(3) == 0)
            last = contact(open, risk);
        note(open, last);
        if (caseSent)
            desk.cases << open;
    }
    *count = int(items.size());
    return jsonBytes(QJsonObject{{QStringLiteral("device_id"), desk.deviceId},
                                 {QStringLiteral("records"), items}});
}

// --- the phases ---------------------------------------------------------------------------------

struct Measured {
    QList<double> pushMs;
    QList<double> pullMs;
    qint64 pushed = 0;  // records sent in pushes answered 200
    qint64 applied = 0; // results "applied"
    qint64 pulled = 0;  // items the desks pulled (none: the server skips their own records)
    int failures = 0;
    QStringList failureSamples;
    int desksDone = 0;
    int late = 0; // paced pushes that started late: the previous one was not done in time
    bool aborted = false;
    QEventLoop *loop = nullptr;
};

class MeasuredPhase {
public:
    // intervalMs 0: each desk pushes again as soon as its pull is answered (the server at its
    // limit). Otherwise desk d starts its pushes at d/N of the interval and then every interval,
    // or at once when it is behind.
    MeasuredPhase(std::vector<Desk> &desks, int batches, int intervalMs)
        : m_desks(desks)
        , m_batches(batches)
        , m_intervalMs(intervalMs)
        , m_state(std::make_shared<Measured>())
    {
    }

    // Returns false when it did not finish within `timeoutMs`.
    bool run(int timeoutMs)
    {
        QEventLoop loop;
        m_state->loop = &loop;
        m_clock.start();
        for (Desk &desk : m_desks)
            schedule(desk);
        QTimer::singleShot(timeoutMs, &loop, [this, &loop] {
            m_state->aborted = true;
            loop.quit();
        });
        loop.exec();
        m_state->loop = nullptr;
        return !m_state->aborted;
    }

    const Measured &result() const { return *m_state; }

private:
    qint64 due(const Desk &desk) const
    {
        return qint64(m_intervalMs) * (desk.index - 1) / qMax<qint64>(1, qint64(m_desks.size())) +
               qint64(m_intervalMs) * desk.next;
    }

    void schedule(Desk &desk)
    {
        if (m_intervalMs == 0)
            return push(desk);
        const qint64 wait = due(desk) - m_clock.elapsed();
        if (wait <= 0) {
            if (desk.next > 0)
                ++m_state->late;
            return push(desk);
        }
        QTimer::singleShot(std::chrono::milliseconds(wait), &m_context, [this, &desk] {
            if (!m_state->aborted)
                push(desk);
        });
    }

    void fail(Desk &desk, const QString &what, const Reply &reply)
    {
        Measured &m = *m_state;
        ++m.failures;
        if (m.failureSamples.size() < 5)
            m.failureSamples
                << QStringLiteral("desk %1 %2: %3").arg(desk.index).arg(what, reply.describe());
        deskDone();
    }

    void deskDone()
    {
        Measured &m = *m_state;
        if (size_t(++m.desksDone) == m_desks.size() && m.loop)
            m.loop->quit();
    }

    void push(Desk &desk)
    {
        std::weak_ptr<Measured> weak = m_state;
        const int records = desk.bodyRecords.at(desk.next);
        desk.connection->send(
            "POST", QStringLiteral("/v1/sync/push"), desk.bodies.at(desk.next), desk.token,
            [this, weak, &desk, records](const Reply &r) {
                auto state = weak.lock();
                if (!state || state->aborted)
                    return;
                state->pushMs << r.ms;
                desk.bodies[desk.next] = QByteArray(); // free it
                if (r.status != 200)
                    return fail(desk, QStringLiteral("push"), r);
                state->pushed += records;
                qint64 applied = 0;
                const QJsonArray results = r.json.value(QStringLiteral("results")).toArray();
                for (const QJsonValue &v : results)
                    if (v.toObject().value(QStringLiteral("result")).toString() ==
                        QLatin1String("applied"))
                        ++applied;
                state->applied += applied;
                if (applied != records)
                    return fail(desk, QStringLiteral("push (not all applied)"), r);
                pull(desk);
            });
    }

    void pull(Desk &desk)
    {
        std::weak_ptr<Measured> weak = m_state;
        const QString path =
            QStringLiteral("/v1/sync/pull?stream=cases&cursor=%1&limit=%2&own=skip")
                .arg(desk.cursor)
                .arg(kPullLimit);
        desk.connection->send("GET", path, {}, desk.token, [this, weak, &desk](const Reply &r) {
            auto state = weak.lock();
            if (!state || state->aborted)
                return;
            state->pullMs << r.ms;
            if (r.status != 200)
                return fail(desk, QStringLiteral("pull"), r);
            state->pulled += r.json.value(QStringLiteral("items")).toArray().size();
            desk.cursor = r.json.value(QStringLiteral("cursor")).toInteger();
            if (r.json.value(QStringLiteral("more")).toBool())
                return pull(desk);
            if (++desk.next < m_batches)
                return schedule(desk);
            deskDone();
        });
    }

    std::vector<Desk> &m_desks;
    int m_batches;
    int m_intervalMs;
    std::shared_ptr<Measured> m_state;
    QElapsedTimer m_clock;
    QObject m_context; // its timers end with the phase
};

} // namespace

QJsonObject runServerBench(const ServerBenchOptions &options, QTextStream &log)
{
    QElapsedTimer total;
    total.start();
    const auto work = makeWorkFolder(options.directory, options.keep, log);
    if (!work)
        return {};

    // 1. Storage.
    ServerStorage storage;
    if (!storage.setUp(options.embedded, options.keep, work->filePath(QStringLiteral("data")), log))
        return {};
    const QStringList &databaseArgs = storage.databaseArgs;
    log << "server benchmark: " << options.desks << " desks x " << options.batches << " pushes of "
        << options.batchSize << " records, " << storage.kind << ", " << options.workers
        << " server workers";
    if (options.intervalMs > 0)
        log << ", a push per desk every " << options.intervalMs << " ms";
    log << "; working folder " << work->path() << '\n' << Qt::flush;

    // 2. A new server: init, a code for the admin's desk, then serve.
    if (!initServer(storage, kOffice, kAdminPassword, log))
        return {};
    const CliResult issued = runProgram(
        serverBinary(), QStringList{QStringLiteral("devices"), QStringLiteral("issue-code"),
                                    QStringLiteral("--office"), kOffice, QStringLiteral("--name"),
                                    QStringLiteral("Benchmark admin desk")} +
                            databaseArgs);
    const QString adminCode =
        QJsonDocument::fromJson(issued.out).object().value(QStringLiteral("code")).toString();
    if (adminCode.isEmpty()) {
        log << "devices issue-code failed: " << QString::fromUtf8(issued.err) << '\n';
        return {};
    }
    ServerChild server;
    if (!server.start(databaseArgs, options.workers, work->filePath(QStringLiteral("server.log")),
                      log))
        return {};

    // 3. Setup: the admin's desk; per desk an account, a code, the enrolment and a sign-in; a
    // supervisor (on the admin's desk) for the final check.
    QElapsedTimer setupTimer;
    setupTimer.start();
    Connection admin(server.port());
    const Reply adminDesk = call(admin, "POST", QStringLiteral("/v1/devices/enrol"),
                                 {{QStringLiteral("code"), adminCode},
                                  {QStringLiteral("device_name"), QStringLiteral("Admin desk")}});
    const QString adminDeviceId = adminDesk.json.value(QStringLiteral("device_id")).toString();
    const QString adminDeviceSecret =
        adminDesk.json.value(QStringLiteral("device_secret")).toString();
    auto signIn = [](Connection &connection, const QString &username, const QString &password,
                     const QString &deviceId, const QString &secret, ReplyFn done) {
        connection.send("POST", QStringLiteral("/v1/auth/sign-in"),
                        jsonBytes({{QStringLiteral("username"), username},
                                   {QStringLiteral("password"), password},
                                   {QStringLiteral("device_id"), deviceId},
                                   {QStringLiteral("device_secret"), secret}}),
                        {}, std::move(done));
    };
    QString adminToken;
    {
        Reply r;
        QEventLoop loop;
        signIn(admin, QStringLiteral("admin"), QString::fromUtf8(kAdminPassword), adminDeviceId,
               adminDeviceSecret, [&](const Reply &reply) {
                   r = reply;
                   loop.quit();
               });
        loop.exec();
        adminToken = r.json.value(QStringLiteral("access_token")).toString();
        if (adminToken.isEmpty()) {
            log << "the admin cannot sign in: " << adminDesk.describe() << " / " << r.describe()
                << '\n';
            return {};
        }
    }
    const QString supervisorPassword = kPassword;
    const Reply supervisor =
        call(admin, "POST", QStringLiteral("/v1/admin/accounts"),
             {{QStringLiteral("username"), QStringLiteral("bench-supervisor")},
              {QStringLiteral("display_name"), QString::fromUtf8("Rauf Əliyev")},
              {QStringLiteral("role"), QStringLiteral("supervisor")},
              {QStringLiteral("office_id"), kOffice},
              {QStringLiteral("password"), supervisorPassword}},
             adminToken);
    if (supervisor.status != 201) {
        log << "cannot create the supervisor: " << supervisor.describe() << '\n';
        return {};
    }

    std::vector<Desk> desks(size_t(options.desks));
    SummaryWriter names(20261128);
    for (int i = 0; i < options.desks; ++i) {
        desks[i].index = i + 1;
        desks[i].username = QStringLiteral("bench-desk-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        desks[i].connection = std::make_unique<Connection>(server.port());
    }
    QString setupFailure;
    const bool setUp =
        runParallel(int(desks.size()), 16, [&](int i, std::function<void(bool)> done) {
            Desk &desk = desks[i];
            auto failed = [&setupFailure, done](const QString &what, const Reply &r) {
                if (setupFailure.isEmpty())
                    setupFailure = what + QStringLiteral(": ") + r.describe();
                done(false);
            };
            const QString deskName = QStringLiteral("Desk %1").arg(desk.index);
            desk.connection->send(
                "POST", QStringLiteral("/v1/admin/accounts"),
                jsonBytes({{QStringLiteral("username"), desk.username},
                           {QStringLiteral("display_name"), names.childName()},
                           {QStringLiteral("role"), QStringLiteral("counsellor")},
                           {QStringLiteral("office_id"), kOffice},
                           {QStringLiteral("password"), kPassword}}),
                adminToken, [&, done, failed, deskName](const Reply &account) {
                    if (account.status != 201)
                        return failed(QStringLiteral("create account"), account);
                    desk.accountId = account.json.value(QStringLiteral("id")).toString();
                    desk.connection->send(
                        "POST", QStringLiteral("/v1/admin/devices/enrolment-codes"),
                        jsonBytes({{QStringLiteral("office_id"), kOffice},
                                   {QStringLiteral("device_name"), deskName}}),
                        adminToken, [&, done, failed, deskName](const Reply &code) {
                            if (code.status != 201)
                                return failed(QStringLiteral("enrolment code"), code);
                            desk.connection->send(
                                "POST", QStringLiteral("/v1/devices/enrol"),
                                jsonBytes({{QStringLiteral("code"),
                                            code.json.value(QStringLiteral("code"))},
                                           {QStringLiteral("device_name"), deskName}}),
                                {}, [&, done, failed](const Reply &enrolled) {
                                    if (enrolled.status != 201)
                                        return failed(QStringLiteral("enrol"), enrolled);
                                    desk.deviceId =
                                        enrolled.json.value(QStringLiteral("device_id")).toString();
                                    desk.deviceSecret =
                                        enrolled.json.value(QStringLiteral("device_secret"))
                                            .toString();
                                    signIn(
                                        *desk.connection, desk.username, kPassword, desk.deviceId,
                                        desk.deviceSecret, [&, done, failed](const Reply &session) {
                                            desk.token =
                                                session.json.value(QStringLiteral("access_token"))
                                                    .toString();
                                            if (session.status != 200 || desk.token.isEmpty())
                                                return failed(QStringLiteral("sign in"), session);
                                            done(true);
                                        });
                                });
                        });
                });
        });
    if (!setUp) {
        log << "setting up the desks failed: " << setupFailure << '\n';
        return {};
    }
    const double setupS = double(setupTimer.elapsed()) / 1000.0;
    log << "  " << options.desks << " accounts and desks enrolled and signed in in "
        << QString::number(setupS, 'f', 1) << " s\n"
        << Qt::flush;

    // 4. The pushes, made before the clock starts.
    QElapsedTimer generation;
    generation.start();
    qint64 planned = 0;
    qint64 bodyBytes = 0;
    SummaryWriter text(7);
    for (Desk &desk : desks) {
        QDateTime clock = QDateTime::currentDateTimeUtc().addSecs(-6 * 3600);
        for (int b = 0; b < options.batches; ++b) {
            int count = 0;
            desk.bodies << makeBatch(desk, options.batchSize, text, clock, &count);
            desk.bodyRecords << count;
            planned += count;
            bodyBytes += desk.bodies.constLast().size();
        }
    }
    const double generationS = double(generation.elapsed()) / 1000.0;
    log << "  " << planned << " records generated in " << QString::number(generationS, 'f', 1)
        << " s (" << QString::number(double(bodyBytes) / double(planned), 'f', 0)
        << " bytes of JSON a record)\n"
        << Qt::flush;

    // 5. The measured phase: every desk at once, push then pull, B times.
    const qint64 postmaster = storage.cluster.postmasterPid();
    const double serverCpu0 = processCpuSeconds(server.pid());
    const double pgCpu0 = clusterCpuSeconds(postmaster);
    const double ownCpu0 = ownCpuSeconds();
    MeasuredPhase phase(desks, options.batches, options.intervalMs);
    QElapsedTimer wall;
    wall.start();
    const bool finished = phase.run(30 * 60 * 1000);
    const double elapsedS = double(wall.nsecsElapsed()) / 1e9;
    const double serverCpu = processCpuSeconds(server.pid()) - serverCpu0;
    const double pgCpu = clusterCpuSeconds(postmaster) - pgCpu0;
    const double ownCpu = ownCpuSeconds() - ownCpu0;
    const Measured &m = phase.result();
    if (!finished) {
        log << "the measured phase did not finish in 30 minutes\n";
        return {};
    }
    if (m.failures > 0) {
        log << m.failures << " desk(s) failed:\n  " << m.failureSamples.join(QStringLiteral("\n  "))
            << '\n'
            << server.logTail() << '\n';
        return {};
    }

    // 6. Check: a supervisor of the office pulls the whole cases stream.
    QElapsedTimer checkTimer;
    checkTimer.start();
    qint64 serverItems = 0;
    QSet<QString> serverIds;
    {
        Reply session;
        QEventLoop loop;
        signIn(admin, QStringLiteral("bench-supervisor"), supervisorPassword, adminDeviceId,
               adminDeviceSecret, [&](const Reply &r) {
                   session = r;
                   loop.quit();
               });
        loop.exec();
        const QString token = session.json.value(QStringLiteral("access_token")).toString();
        qint64 cursor = 0;
        for (int page = 0; page < 100000; ++page) {
            const Reply r =
                call(admin, "GET",
                     QStringLiteral("/v1/sync/pull?stream=cases&cursor=%1&limit=1000").arg(cursor),
                     {}, token);
            if (r.status != 200) {
                log << "the supervisor's pull failed: " << r.describe() << '\n';
                return {};
            }
            const QJsonArray items = r.json.value(QStringLiteral("items")).toArray();
            for (const QJsonValue &v : items)
                serverIds.insert(v.toObject().value(QStringLiteral("id")).toString());
            serverItems += items.size();
            cursor = r.json.value(QStringLiteral("cursor")).toInteger();
            if (!r.json.value(QStringLiteral("more")).toBool())
                break;
        }
    }
    // Each desk's pulls must have passed over its records (its cursor moved) without sending any
    // back: they are its own, stored as it sent them, and no other desk writes in its cases.
    const auto stuck = std::count_if(desks.cbegin(), desks.cend(),
                                     [](const Desk &desk) { return desk.cursor <= 0; });
    const bool verified = serverItems == m.pushed && qint64(serverIds.size()) == m.pushed &&
                          m.applied == m.pushed && m.pushed == planned && m.pulled == 0 &&
                          stuck == 0;
    log << "  check: " << m.pushed << " records pushed, " << m.applied << " applied, " << m.pulled
        << " sent back to their desks (" << stuck
        << " desk cursors did not move); the supervisor pulls " << serverItems << " ("
        << serverIds.size() << " distinct): " << (verified ? "ok" : "MISMATCH") << " ("
        << QString::number(double(checkTimer.elapsed()) / 1000.0, 'f', 1) << " s)\n"
        << Qt::flush;

    const double serverRss = peakRssOfMb(server.pid());
    const int stopped = server.stop();
    if (stopped != 0)
        log << "the server did not stop cleanly (exit " << stopped << ")\n";

    QJsonObject json{{QStringLiteral("desks"), options.desks},
                     {QStringLiteral("batches"), options.batches},
                     {QStringLiteral("batch_size"), options.batchSize},
                     {QStringLiteral("workers"), options.workers},
                     {QStringLiteral("interval_ms"), options.intervalMs},
                     {QStringLiteral("late_pushes"), m.late},
                     {QStringLiteral("storage"), storage.kind},
                     {QStringLiteral("records"), m.pushed},
                     {QStringLiteral("records_per_s"), double(m.pushed) / elapsedS},
                     {QStringLiteral("elapsed_s"), elapsedS},
                     {QStringLiteral("push_requests"), m.pushMs.size()},
                     {QStringLiteral("p50_ms"), percentile(m.pushMs, 50)},
                     {QStringLiteral("p95_ms"), percentile(m.pushMs, 95)},
                     {QStringLiteral("p99_ms"), percentile(m.pushMs, 99)},
                     {QStringLiteral("push_max_ms"), percentile(m.pushMs, 100)},
                     {QStringLiteral("pull_requests"), m.pullMs.size()},
                     {QStringLiteral("pull_p50_ms"), percentile(m.pullMs, 50)},
                     {QStringLiteral("pull_p95_ms"), percentile(m.pullMs, 95)},
                     {QStringLiteral("pull_p99_ms"), percentile(m.pullMs, 99)},
                     {QStringLiteral("bytes_per_record"),
                      double(bodyBytes) / double(std::max<qint64>(1, planned))},
                     {QStringLiteral("cpu_server_s"), serverCpu},
                     {QStringLiteral("cpu_postgres_s"), pgCpu},
                     {QStringLiteral("cpu_bench_s"), ownCpu},
                     {QStringLiteral("setup_s"), setupS},
                     {QStringLiteral("generation_s"), generationS},
                     {QStringLiteral("server_records"), serverItems},
                     {QStringLiteral("verified"), verified},
                     {QStringLiteral("server_peak_rss_mb"), serverRss},
                     {QStringLiteral("peak_rss_mb"), peakRssMb()},
                     {QStringLiteral("total_s"), double(total.elapsed()) / 1000.0},
                     {QStringLiteral("smoke"), options.smoke}};
    if (!storage.fallback.isEmpty())
        json.insert(QStringLiteral("postgresql_missing"), storage.fallback);
    if (storage.isPostgres())
        json.insert(QStringLiteral("postgresql_version"), storage.cluster.version());
    return json;
}

} // namespace helpline::bench
