#include "democases.h"

namespace helpline::demo {

namespace {

Person child(const QString &name, const QString &age, const QString &gender, const QString &region,
             const QString &language)
{
    Person p;
    p.kind = Person::Kind::Child;
    p.name = name;
    p.age = age;
    p.gender = gender;
    p.regionCode = region;
    p.language = language;
    return p;
}

ContactSave counselling(const QDateTime &startedAt, int minutes, const QString &channel,
                        const QStringList &categories, const QString &risk, const QString &summary,
                        Person person)
{
    ContactSave save;
    save.contact.channel = channel;
    save.contact.callType = QStringLiteral("child_about_self");
    save.contact.startedAt = startedAt;
    save.contact.durationSeconds = minutes * 60;
    save.contact.categories = categories;
    save.contact.riskLevel = risk;
    save.contact.summary = summary;
    save.child = std::move(person);
    return save;
}

} // namespace

QList<ContactSave> demoContacts(const QDateTime &now)
{
    QList<ContactSave> contacts;
    const QDateTime day = now.addDays(-6);

    contacts << counselling(
        day.addSecs(3600 * 2), 24, QStringLiteral("phone"),
        {QStringLiteral("violence.bullying"), QStringLiteral("education.teacher_school")},
        QStringLiteral("moderate"),
        QStringLiteral("Aysel (12) is teased every day on the way home from "
                       "school; two older girls took her phone. She has not "
                       "told her mother. Talked about telling the class "
                       "teacher; she agreed to call back on Friday."),
        child(QStringLiteral("Aysel Hüseynova"), QStringLiteral("12"), QStringLiteral("girl"),
              QStringLiteral("AZ-SM"), QStringLiteral("az")));
    {
        ContactSave s = counselling(
            day.addDays(1).addSecs(3600 * 23), 41, QStringLiteral("app_chat"),
            {QStringLiteral("mental_health.mood"), QStringLiteral("mental_health.self_concerns")},
            QStringLiteral("high"),
            QStringLiteral("Murad (15) wrote late at night that nothing matters any more since "
                           "his parents separated. Screening: thoughts of dying in the past "
                           "weeks, no plan. Safety plan agreed: his uncle in Ganja, school "
                           "psychologist. Follow-up tomorrow."),
            child(QStringLiteral("Murad Əliyev"), QStringLiteral("15"), QStringLiteral("boy"),
                  QStringLiteral("AZ-GA"), QStringLiteral("az")));
        FollowUp f;
        f.dueAt = day.addDays(2).addSecs(3600 * 17);
        f.description = QStringLiteral("Call Murad back after school; check the safety plan.");
        s.followUp = f;
        contacts << s;
    }
    {
        ContactSave s;
        s.contact.channel = QStringLiteral("phone");
        s.contact.callType = QStringLiteral("caller_about_child");
        s.contact.startedAt = day.addDays(2).addSecs(3600 * 10);
        s.contact.durationSeconds = 18 * 60;
        s.contact.callerRelationship = QStringLiteral("neighbour");
        s.contact.categories = {QStringLiteral("violence.child_labour")};
        s.contact.riskLevel = QStringLiteral("moderate");
        s.contact.summary = QStringLiteral(
            "A neighbour in Şəki says a boy of about 10 sells bread at the bus station during "
            "school hours most days. Gave the number of the local guardianship commission; the "
            "caller will call it today.");
        s.child = child(QStringLiteral("Unknown boy"), QStringLiteral("10"), QStringLiteral("boy"),
                        QStringLiteral("AZ-SAK"), QStringLiteral("az"));
        Person caller;
        caller.kind = Person::Kind::Caller;
        caller.name = QStringLiteral("Gülnarə");
        caller.phone = QStringLiteral("+994 50 555 01 23");
        caller.regionCode = QStringLiteral("AZ-SAK");
        s.caller = caller;
        contacts << s;
    }
    contacts << counselling(day.addDays(3).addSecs(3600 * 16), 12, QStringLiteral("instagram"),
                            {QStringLiteral("peer.partner")}, QStringLiteral("low"),
                            QStringLiteral("Nigar (16) asked how to end a relationship with a "
                                           "boyfriend who checks her messages. Talked about "
                                           "boundaries and whom she trusts at home."),
                            child(QStringLiteral("Nigar"), QStringLiteral("16"),
                                  QStringLiteral("girl"), QStringLiteral("AZ-BA"),
                                  QStringLiteral("ru")));
    contacts << counselling(
        day.addDays(4).addSecs(3600 * 20), 33, QStringLiteral("phone"),
        {QStringLiteral("family.caregiver"), QStringLiteral("violence.bullying")},
        QStringLiteral("acute"),
        QStringLiteral("Elvin (14) called from Lənkəran: his stepfather hit "
                       "him tonight and he is hiding at a friend's. Has a "
                       "bruise on the face. Agreed to call the police with "
                       "him on the line; the friend's mother is with him."),
        child(QStringLiteral("Elvin Quliyev"), QStringLiteral("14"), QStringLiteral("boy"),
              QStringLiteral("AZ-LAN"), QStringLiteral("az")));

    // What most calls are: one click each.
    const QStringList quick{QStringLiteral("silent"), QStringLiteral("hang_up"),
                            QStringLiteral("prank"), QStringLiteral("silent")};
    for (int i = 0; i < quick.size(); ++i) {
        ContactSave s;
        s.link = ContactSave::CaseLink::None;
        s.contact = Contact::nonCounselling(quick.at(i), QStringLiteral("phone"),
                                            day.addDays(5).addSecs(3600 * 9 + i * 700), 20, {});
        contacts << s;
    }
    return contacts;
}

} // namespace helpline::demo
