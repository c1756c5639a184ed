#include "demodata.h"

#include "core/directory/directoryjson.h"
#include "core/directory/directorypage.h"
#include "core/domain/taxonomy.h"
#include "core/store/caseitemrepository.h"
#include "core/store/caserepository.h"
#include "core/store/casestore.h"
#include "core/store/contactrepository.h"
#include "core/store/pulledrecords.h"
#include "core/util/clock.h"

#include <QFile>
#include <QJsonObject>

namespace helpline {

namespace {

struct DemoCase {
    const char *childName; // empty: the child gave no name
    const char *gender;
    const char *age;
    const char *region;
    const char *callType;
    const char *channel;
    QStringList categories;
    const char *summary;
    const char *risk;
    int hoursAgo;
    const char *note;
    const char *status;
    int followUpInHours; // 0 = none; negative = overdue
    const char *followUp;
    const char *callerName = nullptr; // for a caller about a child
    const char *callerRelationship = nullptr;
};

SecureBytes secret(const char *text)
{
    return SecureBytes::copyOf(QByteArrayView(text));
}

} // namespace

Outcome<DemoDesk> DemoDesk::create(const QString &directory, Clock &clock)
{
    DemoDesk desk;
    desk.directory = directory;
    {
        CaseStore::CreateOptions options;
        options.directory = directory;
        options.adminUsername = QStringLiteral("aysel");
        options.adminDisplayName = QStringLiteral("Aysel Məmmədova");
        options.kdf = KdfParams::minimum();
        auto created = CaseStore::create(options, secret(adminPassword), &clock);
        if (!created)
            return created.error();
        CaseStore &admin = *created.value();
        desk.adminId = admin.session().accountId;
        auto kamran =
            admin.addAccount(QStringLiteral("kamran"), QStringLiteral("Kamran Əliyev"),
                             Role::Counsellor, secret(counsellorPassword), KdfParams::minimum());
        if (!kamran)
            return kamran.error();
        desk.counsellorId = kamran.value();
        auto nigar =
            admin.addAccount(QStringLiteral("nigar"), QStringLiteral("Nigar Hüseynova"),
                             Role::Supervisor, secret(adminPassword), KdfParams::minimum());
        if (!nigar)
            return nigar.error();
        desk.supervisorId = nigar.value();
    }

    // The contacts are Kamran's: he took the calls.
    auto opened =
        CaseStore::unlock(directory, desk.counsellorId, secret(counsellorPassword), &clock);
    if (!opened)
        return opened.error();
    CaseStore &store = *opened.value();
    ContactRepository contacts(store);
    contacts.setCategoryCheck(
        [](const QString &code) { return Taxonomy::builtIn().contains(code); });
    CaseRepository cases(store);
    NoteRepository notes(store);
    FollowUpRepository followUps(store);
    ReferralRepository referrals(store);
    const QDateTime now = clock.nowUtc();

    const QList<DemoCase> demo = {
        {"Leyla Həsənova",
         "girl",
         "14",
         "AZ-BA.nasimi",
         "child_about_self",
         "phone",
         {QStringLiteral("violence.bullying"), QStringLiteral("education.teacher_school")},
         "Classmates mock her in the group chat and took her phone twice. She has not told "
         "her parents; the class teacher knows but did nothing. Talked through who she trusts "
         "at school.",
         "moderate",
         26,
         "Agreed that Leyla talks to the school psychologist on Monday; she will "
         "call back to tell how it went.",
         "active",
         20,
         "Call back after her talk with the "
         "school psychologist"},
        {"Murad Quliyev",
         "boy",
         "16",
         "AZ-SM",
         "child_about_self",
         "web_chat",
         {QStringLiteral("mental_health.suicidal"), QStringLiteral("mental_health.mood")},
         "Feels hopeless since his exams; said he has thought about ending his life tonight. "
         "Stayed in the chat while the emergency team was called; his aunt is with him now.",
         "acute",
         3,
         "Emergency referral made at 21:40; ambulance arrived. Supervisor "
         "informed.",
         "referred",
         -1,
         "Check with the family and the hospital how Murad is"},
        {"Nərmin Əliyeva",
         "girl",
         "11",
         "AZ-GA",
         "caller_about_child",
         "phone",
         {QStringLiteral("family.caregiver")},
         "Her mother called: since the divorce Nərmin does not want to visit her father and "
         "cries before every visit. Gave information about family counselling in Gəncə.",
         "low",
         50,
         nullptr,
         "open",
         72,
         "Ask the mother whether the family counselling "
         "appointment took place",
         "Günel Əliyeva",
         "parent"},
        {"",
         "boy",
         "13",
         "AZ-LAN",
         "child_about_self",
         "whatsapp",
         {QStringLiteral("peer.friends")},
         "Fell out with his best friend over a game; feels alone at break times. Did not want "
         "to give his name. Practised how to start a conversation.",
         "none",
         80,
         nullptr,
         "open",
         0,
         nullptr},
        {"Sevinc Rzayeva",
         "girl",
         "15",
         "AZ-QBA",
         "child_about_self",
         "instagram",
         {QStringLiteral("mental_health.anxiety"), QStringLiteral("mental_health.self_harm")},
         "Panic attacks before school; has scratched her arm to calm down. Agreed a safety "
         "plan and a referral to the youth mental health service in Quba.",
         "high",
         120,
         "Referral to the youth mental health service accepted; first appointment "
         "next week.",
         "referred",
         -30,
         "Confirm Sevinc went to her first appointment"},
        {"Elvin Kərimov",
         "boy",
         "9",
         "AZ-BA.khatai",
         "caller_about_child",
         "phone",
         {QStringLiteral("violence.physical"), QStringLiteral("violence.neglect")},
         "A neighbour hears shouting and blows most evenings and saw bruises on Elvin's arms. "
         "Reported to the child protection unit of the district.",
         "moderate",
         200,
         nullptr,
         "active",
         48,
         "Ask the child protection unit about the home "
         "visit",
         "",
         "neighbour"},
    };

    for (const DemoCase &d : demo) {
        ContactSave save;
        save.link = ContactSave::CaseLink::NewCase;
        save.contact.channel = QString::fromLatin1(d.channel);
        save.contact.callType = QString::fromLatin1(d.callType);
        save.contact.startedAt = now.addSecs(-3600LL * d.hoursAgo);
        save.contact.durationSeconds = 420 + 97 * d.hoursAgo % 1500;
        save.contact.categories = d.categories;
        save.contact.summary = QString::fromUtf8(d.summary);
        save.contact.riskLevel = QString::fromLatin1(d.risk);
        save.contact.actions = {QStringLiteral("listened")};
        if (save.contact.riskLevel == QLatin1String("acute"))
            save.contact.screening =
                QJsonObject{{QStringLiteral("instrument"), QStringLiteral("asq")},
                            {QStringLiteral("q1"), QStringLiteral("yes")},
                            {QStringLiteral("q2"), QStringLiteral("yes")},
                            {QStringLiteral("q3"), QStringLiteral("yes")},
                            {QStringLiteral("q4"), QStringLiteral("no")},
                            {QStringLiteral("q5"), QStringLiteral("yes")}};
        Person child;
        child.name = QString::fromUtf8(d.childName);
        child.gender = QString::fromLatin1(d.gender);
        child.age = QString::fromLatin1(d.age);
        child.regionCode = QString::fromLatin1(d.region);
        child.language = QStringLiteral("az");
        save.child = child;
        if (d.callerRelationship) {
            Person caller;
            caller.name = QString::fromUtf8(d.callerName);
            save.caller = caller;
            save.contact.callerRelationship = QString::fromLatin1(d.callerRelationship);
        }
        auto saved = contacts.save(save);
        if (!saved)
            return saved.error();
        const QString caseId = saved->caseId;
        desk.caseIds << caseId;
        if (save.contact.riskLevel == QLatin1String("acute"))
            desk.acuteCaseId = caseId;
        if (auto assigned = cases.assign(caseId, desk.counsellorId); !assigned)
            return assigned.error();
        if (QLatin1String(d.status) != QLatin1String("open"))
            if (auto changed = cases.changeStatus(caseId, QString::fromLatin1(d.status)); !changed)
                return changed.error();
        if (d.note) {
            Note note;
            note.caseId = caseId;
            note.body = QString::fromUtf8(d.note);
            if (auto added = notes.add(note); !added)
                return added.error();
        }
        if (QLatin1String(d.status) == QLatin1String("referred")) {
            Referral referral;
            referral.caseId = caseId;
            referral.serviceName = save.contact.riskLevel == QLatin1String("acute")
                                       ? QStringLiteral("Təcili tibbi yardım (103)")
                                       : QStringLiteral("Quba Gənclər Psixoloji Dəstək Mərkəzi");
            referral.reason = QStringLiteral("Risk of self-harm");
            referral.urgency = save.contact.riskLevel == QLatin1String("acute")
                                   ? QStringLiteral("emergency")
                                   : QStringLiteral("urgent");
            referral.consent = true;
            if (auto added = referrals.add(referral); !added)
                return added.error();
        }
        if (d.followUpInHours != 0) {
            FollowUp followUp;
            followUp.caseId = caseId;
            followUp.dueAt = now.addSecs(3600LL * d.followUpInHours);
            followUp.assigneeId = desk.counsellorId;
            followUp.description = QString::fromUtf8(d.followUp);
            if (auto added = followUps.add(followUp); !added)
                return added.error();
        }
    }

    // The rest of a shift: calls that are not counselling.
    const QStringList quick = {QStringLiteral("silent"), QStringLiteral("hang_up"),
                               QStringLiteral("prank"), QStringLiteral("thanks")};
    for (int i = 0; i < quick.size(); ++i) {
        ContactSave save;
        save.link = ContactSave::CaseLink::None;
        save.contact =
            Contact::nonCounselling(quick.at(i), QStringLiteral("phone"),
                                    now.addSecs(-1800LL * (i + 1)), 20 + 7 * i, desk.counsellorId);
        if (auto saved = contacts.save(save); !saved)
            return saved.error();
    }
    // The demo referral directory, as a sync would bring it.
    QFile file(QStringLiteral(HELPLINE_DEMO_DIRECTORY));
    if (file.open(QIODevice::ReadOnly)) {
        const DirectoryImport directory = readDirectoryJson(file.readAll(), now.date());
        if (auto applied = PulledRecords(store).applyPage(QStringLiteral("directory"),
                                                          directoryPage(directory.entries));
            !applied)
            return applied.error();
    }
    store.close();
    return desk;
}

} // namespace helpline
