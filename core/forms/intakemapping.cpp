#include "core/forms/intakemapping.h"

#include "core/domain/screening.h"
#include "core/domain/taxonomy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace helpline {

namespace {

// Record field names (as Contact::validate and Person::validate report them) -> binds.
QString bindForRecordField(const QString &recordField)
{
    static const QHash<QString, QString> contactFields{
        {QStringLiteral("channel"), QStringLiteral("contact.channel")},
        {QStringLiteral("call_type"), QStringLiteral("contact.callType")},
        {QStringLiteral("summary"), QStringLiteral("contact.summary")},
        {QStringLiteral("categories"), QStringLiteral("contact.categories")},
        {QStringLiteral("actions"), QStringLiteral("contact.actions")},
        {QStringLiteral("keep_confidential"), QStringLiteral("contact.keepConfidential")},
        {QStringLiteral("caller.relationship"), QStringLiteral("contact.callerRelationship")},
        {QStringLiteral("caller_relationship"), QStringLiteral("contact.callerRelationship")},
        {QStringLiteral("risk_level"), QStringLiteral("contact.screening")},
        {QStringLiteral("screening"), QStringLiteral("contact.screening")},
    };
    static const QHash<QString, QString> personFields{
        {QStringLiteral("name"), QStringLiteral("name")},
        {QStringLiteral("gender"), QStringLiteral("gender")},
        {QStringLiteral("age"), QStringLiteral("age")},
        {QStringLiteral("birth_date"), QStringLiteral("birthDate")},
        {QStringLiteral("phone"), QStringLiteral("phone")},
        {QStringLiteral("region_code"), QStringLiteral("regionCode")},
        {QStringLiteral("language"), QStringLiteral("language")},
    };
    if (const auto it = contactFields.constFind(recordField); it != contactFields.constEnd())
        return *it;
    for (const char *person : {"child", "caller"}) {
        const QString prefix = QLatin1String(person) + u'.';
        if (!recordField.startsWith(prefix))
            continue;
        const QString name = personFields.value(recordField.mid(prefix.size()));
        if (!name.isEmpty())
            return prefix + name;
    }
    if (recordField.startsWith(QLatin1String("data.")))
        return recordField;
    return {};
}

void setPersonValue(Person &person, const QString &name, const QJsonValue &value)
{
    if (name == u"name")
        person.name = value.toString().trimmed();
    else if (name == u"gender")
        person.gender = value.toString();
    else if (name == u"age")
        person.age = value.isDouble() ? QString::number(qint64(value.toDouble()))
                                      : value.toString().trimmed();
    else if (name == u"birthDate")
        person.birthDate = QDate::fromString(value.toString(), QStringLiteral("yyyy-MM-dd"));
    else if (name == u"phone")
        person.phone = IntakeMapping::normalisePhone(value.toString());
    else if (name == u"regionCode")
        person.regionCode = value.toString();
    else if (name == u"language")
        person.language = value.toString();
}

QJsonValue personValue(const Person &person, const QString &name, const FormField &field)
{
    if (name == u"name")
        return person.name;
    if (name == u"gender")
        return person.gender;
    if (name == u"age") {
        if (field.type != FieldType::Number)
            return person.age;
        bool ok = false;
        const qint64 years = person.age.toLongLong(&ok);
        return ok ? QJsonValue(years) : QJsonValue();
    }
    if (name == u"birthDate")
        return person.birthDate.isValid() ? QJsonValue(person.birthDate.toString(Qt::ISODate))
                                          : QJsonValue();
    if (name == u"phone")
        return person.phone;
    if (name == u"regionCode")
        return person.regionCode;
    if (name == u"language")
        return person.language;
    return {};
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

} // namespace

IntakeMapping::IntakeMapping(FormDefinition definition)
    : m_definition(std::move(definition))
{
}

QString IntakeMapping::normalisePhone(const QString &phone)
{
    const QString trimmed = phone.trimmed();
    QString compact;
    for (const QChar c : trimmed) {
        if (c.isDigit() || (c == u'+' && compact.isEmpty()))
            compact.append(c);
        else if (c != u' ' && c != u'-' && c != u'(' && c != u')' && c != u'.')
            return trimmed; // letters or other marks: keep what was typed
    }
    QString national; // the 9 digits after +994
    if (compact.startsWith(QLatin1String("+994")) && compact.size() == 13)
        national = compact.mid(4);
    else if (compact.startsWith(QLatin1String("00994")) && compact.size() == 14)
        national = compact.mid(5);
    else if (compact.startsWith(QLatin1String("994")) && compact.size() == 12)
        national = compact.mid(3);
    else if (compact.startsWith(u'0') && compact.size() == 10)
        national = compact.mid(1);
    if (national.size() != 9 || national.startsWith(u'0'))
        return trimmed;
    return QStringLiteral("+994 %1 %2 %3 %4")
        .arg(national.left(2), national.mid(2, 3), national.mid(5, 2), national.mid(7, 2));
}

bool IntakeMapping::screeningStarted(const QJsonObject &screening)
{
    for (auto it = screening.begin(); it != screening.end(); ++it)
        if (it.key() != u"instrument")
            return true;
    return false;
}

QString IntakeMapping::riskLevelFor(const QJsonObject &screening)
{
    if (!screeningStarted(screening))
        return {};
    std::optional<RiskLevel> level;
    const QString instrument = screening.value(QStringLiteral("instrument")).toString();
    if (instrument == u"asq") {
        if (auto answers = asqAnswersFromJson(screening))
            level = asqRiskLevel(evaluateAsq(answers.value()));
    } else if (instrument == u"cssrs-screener") {
        if (auto answers = cssrsAnswersFromJson(screening))
            level = cssrsRiskLevel(evaluateCssrs(answers.value()));
    }
    return level ? riskLevelCode(*level) : QString();
}

QDate IntakeMapping::followUpDate(const QJsonObject &data)
{
    if (!data.value(QStringLiteral("followUpNeeded")).toBool())
        return {};
    return QDate::fromString(data.value(QStringLiteral("followUpDate")).toString(), Qt::ISODate);
}

ContactSave IntakeMapping::toContactSave(const QJsonObject &values,
                                         const IntakeContext &context) const
{
    ContactSave save;
    Contact &contact = save.contact;
    contact.formId = m_definition.id();
    contact.formVersion = m_definition.version();
    contact.counsellorId = context.counsellorId;
    contact.channel = context.channel;
    contact.startedAt = context.startedAt;
    contact.durationSeconds = context.durationSeconds;

    Person child;
    child.kind = Person::Kind::Child;
    Person caller;
    caller.kind = Person::Kind::Caller;
    bool childGiven = false;
    bool callerGiven = false;

    for (const QString &id : m_definition.fieldIds()) {
        const FormField *field = m_definition.field(id);
        const QJsonValue value = values.value(id);
        if (FormDefinition::isEmptyValue(value) || !m_definition.isVisible(id, values))
            continue;
        const QString &bind = field->bind;
        if (bind == u"contact.channel")
            contact.channel = value.toString();
        else if (bind == u"contact.callType")
            contact.callType = value.toString();
        else if (bind == u"contact.summary")
            contact.summary = value.toString().trimmed();
        else if (bind == u"contact.categories")
            contact.categories = stringList(value);
        else if (bind == u"contact.actions")
            contact.actions = stringList(value);
        else if (bind == u"contact.keepConfidential")
            contact.keepConfidential = value.toBool(true);
        else if (bind == u"contact.callerRelationship")
            contact.callerRelationship = value.toString();
        else if (bind == u"contact.screening") {
            if (screeningStarted(value.toObject())) {
                contact.screening = value.toObject();
                contact.riskLevel = riskLevelFor(contact.screening);
            }
        } else if (bind.startsWith(QLatin1String("child."))) {
            setPersonValue(child, bind.mid(6), value);
            childGiven = true;
        } else if (bind.startsWith(QLatin1String("caller."))) {
            setPersonValue(caller, bind.mid(7), value);
            callerGiven = true;
        } else if (bind.startsWith(QLatin1String("data."))) {
            contact.data.insert(bind.mid(5), value);
        }
    }

    const bool callerIsNotChild = contact.callType == u"caller_about_child";
    if (!callerIsNotChild)
        contact.callerRelationship.clear();
    if (contact.isCounselling() || childGiven)
        save.child = child;
    if (callerIsNotChild && callerGiven)
        save.caller = caller;

    // A follow-up planned on the form becomes a follow-up record on the case, due at 09:00 local
    // time on the chosen day (the data keys are reserved: docs/forms.md).
    const QDate due = followUpDate(contact.data);
    if (contact.isCounselling() && due.isValid()) {
        FollowUp followUp;
        followUp.dueAt = QDateTime(due, QTime(9, 0)).toUTC();
        followUp.assigneeId = context.counsellorId;
        followUp.description =
            contact.data.value(QStringLiteral("followUpNote")).toString().trimmed();
        if (followUp.description.isEmpty())
            followUp.description =
                QCoreApplication::translate("helpline::IntakeMapping",
                                            "Follow up on the contact of %1.")
                    .arg(QLocale().toString(context.startedAt.toLocalTime().date(),
                                            QLocale::ShortFormat));
        save.followUp = followUp;
    }
    return save;
}

QJsonObject IntakeMapping::toValues(const Contact &contact, const std::optional<Person> &child,
                                    const std::optional<Person> &caller) const
{
    QJsonObject values;
    for (const QString &id : m_definition.fieldIds()) {
        const FormField *field = m_definition.field(id);
        const QString &bind = field->bind;
        QJsonValue value;
        if (bind == u"contact.channel")
            value = contact.channel;
        else if (bind == u"contact.callType")
            value = contact.callType;
        else if (bind == u"contact.summary")
            value = contact.summary;
        else if (bind == u"contact.categories")
            value = QJsonArray::fromStringList(contact.categories);
        else if (bind == u"contact.actions")
            value = QJsonArray::fromStringList(contact.actions);
        else if (bind == u"contact.keepConfidential")
            value = contact.keepConfidential;
        else if (bind == u"contact.callerRelationship")
            value = contact.callerRelationship;
        else if (bind == u"contact.screening")
            value = contact.screening;
        else if (bind.startsWith(QLatin1String("child.")) && child)
            value = personValue(*child, bind.mid(6), *field);
        else if (bind.startsWith(QLatin1String("caller.")) && caller)
            value = personValue(*caller, bind.mid(7), *field);
        else if (bind.startsWith(QLatin1String("data.")))
            value = contact.data.value(bind.mid(5));
        if (!FormDefinition::isEmptyValue(value))
            values.insert(id, value);
    }
    return values;
}

QString IntakeMapping::fieldForRecordField(const QString &recordField) const
{
    const QString bind = bindForRecordField(recordField);
    if (bind.isEmpty())
        return {};
    const FormField *field = m_definition.fieldBoundTo(bind);
    return field ? field->id : QString();
}

Problems IntakeMapping::problemsForForm(const Problems &recordProblems) const
{
    Problems mapped;
    for (const FieldProblem &problem : recordProblems) {
        const QString id = fieldForRecordField(problem.field);
        const FieldProblem result{id.isEmpty() ? problem.field : id, problem.message};
        if (!mapped.contains(result))
            mapped << result;
    }
    return mapped;
}

Problems IntakeMapping::validate(const QJsonObject &values, const IntakeContext &context,
                                 const QDateTime &now) const
{
    Problems problems;
    // The form's own rules first, in visual order.
    for (const QString &id : m_definition.fieldIds()) {
        if (!m_definition.isVisible(id, values))
            continue;
        const FormField *field = m_definition.field(id);
        const QJsonValue value = values.value(id);
        const bool empty =
            FormDefinition::isEmptyValue(value) ||
            (field->type == FieldType::Screening && !screeningStarted(value.toObject()));
        if (empty) {
            if (field->required)
                problems << FieldProblem{id, FormDefinition::requiredProblem(*field)};
            continue;
        }
        if (const QString problem = FormDefinition::valueProblem(*field, value);
            !problem.isEmpty()) {
            problems << FieldProblem{id, problem};
            continue;
        }
        // An unfinished screening is saved as it is (the call may have dropped): its answers are
        // kept, the contact has no risk level, and the store flags the case for a supervisor
        // when any answer so far was positive (ContactRepository).
    }

    // Then what the records themselves require, mapped back onto the fields.
    const ContactSave save = toContactSave(values, context);
    if (save.followUp && save.followUp->dueAt.toLocalTime().date() < now.toLocalTime().date()) {
        if (const FormField *field = m_definition.fieldBoundTo(QStringLiteral("data.followUpDate")))
            problems << FieldProblem{
                field->id, QCoreApplication::translate("helpline::IntakeMapping",
                                                       "The follow-up date is in the past.")};
    }
    const Taxonomy &taxonomy = Taxonomy::builtIn();
    Problems recordProblems = save.contact.validate(
        now, [&taxonomy](const QString &code) { return taxonomy.contains(code); });
    if (save.child)
        recordProblems << save.child->validate(QStringLiteral("child."), now.date());
    if (save.caller)
        recordProblems << save.caller->validate(QStringLiteral("caller."), now.date());
    for (const FieldProblem &problem : problemsForForm(recordProblems))
        if (!hasProblem(problems, problem.field))
            problems << problem;
    return problems;
}

} // namespace helpline
