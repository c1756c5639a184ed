#include "core/forms/formdefinition.h"

#include "core/domain/referencefile.h"
#include "core/domain/regions.h"
#include "core/domain/screening.h"
#include "core/domain/taxonomy.h"
#include "core/forms/formoptions.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <limits>

namespace helpline {

Q_LOGGING_CATEGORY(lcForms, "helpline.forms")

namespace {

const QString kFormat = QStringLiteral("helpline-form");
const QString kResource = QStringLiteral(":/helpline/forms/intake.json");

// Where a value can go, and which field types may put it there. `optionList`: a choice field
// bound here may only offer codes of that list.
struct BindTarget {
    const char *name;
    QList<FieldType> types;
    const char *optionList;
};

const QList<BindTarget> &bindTargets()
{
    using T = FieldType;
    static const QList<BindTarget> targets{
        {"contact.channel", {T::SingleChoice}, "channels"},
        {"contact.callType", {T::SingleChoice}, "callTypes"},
        {"contact.summary", {T::Text, T::MultiLineText}, nullptr},
        {"contact.categories", {T::Taxonomy}, nullptr},
        {"contact.actions", {T::MultipleChoice}, nullptr},
        {"contact.keepConfidential", {T::YesNo}, nullptr},
        {"contact.callerRelationship", {T::SingleChoice}, "callerRelationships"},
        {"contact.screening", {T::Screening}, nullptr},
        {"child.name", {T::Text}, nullptr},
        {"child.gender", {T::SingleChoice}, "genders"},
        {"child.age", {T::SingleChoice, T::Number}, "childAges"},
        {"child.birthDate", {T::Date}, nullptr},
        {"child.phone", {T::Text}, nullptr},
        {"child.regionCode", {T::Region}, nullptr},
        {"child.language", {T::SingleChoice}, "languages"},
        {"caller.name", {T::Text}, nullptr},
        {"caller.gender", {T::SingleChoice}, "genders"},
        {"caller.age", {T::Number, T::Text}, nullptr},
        {"caller.birthDate", {T::Date}, nullptr},
        {"caller.phone", {T::Text}, nullptr},
        {"caller.regionCode", {T::Region}, nullptr},
        {"caller.language", {T::SingleChoice}, "languages"},
    };
    return targets;
}

const BindTarget *bindTarget(const QString &name)
{
    for (const BindTarget &target : bindTargets())
        if (name == QLatin1String(target.name))
            return &target;
    return nullptr;
}

bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

bool isWholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::isfinite(number) && number == std::floor(number) && std::abs(number) < 1e15;
}

QString conditionKey(FormCondition::Op op)
{
    switch (op) {
    case FormCondition::Op::Equals:
        return QStringLiteral("equals");
    case FormCondition::Op::NotEquals:
        return QStringLiteral("notEquals");
    case FormCondition::Op::In:
        return QStringLiteral("in");
    case FormCondition::Op::NotIn:
        return QStringLiteral("notIn");
    }
    return {};
}

} // namespace

QString fieldTypeCode(FieldType type)
{
    switch (type) {
    case FieldType::Text:
        return QStringLiteral("text");
    case FieldType::MultiLineText:
        return QStringLiteral("multiline");
    case FieldType::Number:
        return QStringLiteral("number");
    case FieldType::Date:
        return QStringLiteral("date");
    case FieldType::SingleChoice:
        return QStringLiteral("singleChoice");
    case FieldType::MultipleChoice:
        return QStringLiteral("multipleChoice");
    case FieldType::Taxonomy:
        return QStringLiteral("taxonomy");
    case FieldType::Region:
        return QStringLiteral("region");
    case FieldType::YesNo:
        return QStringLiteral("yesNo");
    case FieldType::Screening:
        return QStringLiteral("screening");
    }
    return {};
}

std::optional<FieldType> fieldTypeFromCode(const QString &code)
{
    for (FieldType type :
         {FieldType::Text, FieldType::MultiLineText, FieldType::Number, FieldType::Date,
          FieldType::SingleChoice, FieldType::MultipleChoice, FieldType::Taxonomy,
          FieldType::Region, FieldType::YesNo, FieldType::Screening})
        if (fieldTypeCode(type) == code)
            return type;
    return std::nullopt;
}

bool FormCondition::holds(const QJsonValue &value) const
{
    const bool empty = FormDefinition::isEmptyValue(value);
    bool any = false;
    for (const QJsonValue &expected : values) {
        if (empty)
            break;
        if (value.isArray()) {
            for (const QJsonValue &item : value.toArray())
                any = any || sameValue(item, expected);
        } else {
            any = any || sameValue(value, expected);
        }
    }
    return (op == Op::Equals || op == Op::In) ? any : !any;
}

bool FormField::isChoice() const
{
    return type == FieldType::SingleChoice || type == FieldType::MultipleChoice;
}

bool FormField::isMultiValued() const
{
    return type == FieldType::MultipleChoice || type == FieldType::Taxonomy;
}

QStringList FormField::optionCodes() const
{
    if (!optionsFrom.isEmpty())
        return formoptions::codes(optionsFrom);
    QStringList codes;
    for (const FormOption &option : options)
        codes << option.code;
    return codes;
}

// ---- parsing ----

class FormDefinitionParser {
public:
    std::optional<StoreError> parse(const QJsonObject &root, FormDefinition &form);

private:
    std::optional<StoreError> checkKeys(const QJsonObject &object, const QStringList &allowed,
                                        const QString &where, const QString &owner, int ownerKind);
    std::optional<StoreError> parseSection(const QJsonObject &object, const QString &where,
                                           int number, FormSection &section);
    std::optional<StoreError> parseField(const QJsonObject &object, const QString &where,
                                         const QString &sectionId, int number, FormField &field);
    std::optional<StoreError> parseOptions(const QJsonObject &object, const QString &where,
                                           FormField &field);
    std::optional<StoreError> parseCondition(const QJsonValue &value, const QString &where,
                                             const QString &owner, int position,
                                             std::optional<FormCondition> &out);
    std::optional<StoreError> checkReachable(const FormDefinition &form);
    bool satisfiable(const FormDefinition &form, const QList<FormCondition> &conditions) const;
    void gather(const FormDefinition &form, const std::optional<FormCondition> &condition,
                QList<FormCondition> &out) const;

    bool isKnownId(const QString &id) const { return m_ids.contains(id); }

    QSet<QString> m_ids;                                // every field and section id so far
    QHash<QString, int> m_position;                     // field id -> position in visual order
    QHash<QString, const FormField *> m_byId;           // parsed fields (stable during checks)
    QList<QPair<QString, QString>> m_pendingConditions; // (owner, where) checked after parsing
};

namespace {

enum OwnerKind { Root, Section, Field, Option, Condition };

const QRegularExpression &idPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][A-Za-z0-9]*$"));
    return pattern;
}

const QRegularExpression &formIdPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_.\\-]*$"));
    return pattern;
}

const QRegularExpression &optionCodePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_.\\-]*$"));
    return pattern;
}

const QRegularExpression &dataKeyPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^data\\.[A-Za-z][A-Za-z0-9_]*$"));
    return pattern;
}

} // namespace

std::optional<StoreError> FormDefinitionParser::checkKeys(const QJsonObject &object,
                                                          const QStringList &allowed,
                                                          const QString &where,
                                                          const QString &owner, int ownerKind)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (allowed.contains(it.key()))
            continue;
        const QString at = where.isEmpty() ? it.key() : where + u'.' + it.key();
        switch (ownerKind) {
        case Root:
            return referenceFileError(
                QCoreApplication::translate("helpline::FormDefinition",
                                            "The form definition has an unknown key \"%1\".")
                    .arg(it.key()),
                at);
        case Section:
            return referenceFileError(
                QCoreApplication::translate("helpline::FormDefinition",
                                            "The section \"%1\" has an unknown key \"%2\".")
                    .arg(owner, it.key()),
                at);
        case Field:
            return referenceFileError(
                QCoreApplication::translate("helpline::FormDefinition",
                                            "The field \"%1\" cannot have the key \"%2\": it is "
                                            "unknown or does not apply to its type.")
                    .arg(owner, it.key()),
                at);
        case Option:
            return referenceFileError(
                QCoreApplication::translate("helpline::FormDefinition",
                                            "An option of the field \"%1\" has an unknown key "
                                            "\"%2\".")
                    .arg(owner, it.key()),
                at);
        default:
            return referenceFileError(
                QCoreApplication::translate("helpline::FormDefinition",
                                            "The condition of \"%1\" has an unknown key \"%2\".")
                    .arg(owner, it.key()),
                at);
        }
    }
    return std::nullopt;
}

std::optional<StoreError> FormDefinitionParser::parse(const QJsonObject &root, FormDefinition &form)
{
    if (auto error = checkKeys(root,
                               {QStringLiteral("format"), QStringLiteral("formId"),
                                QStringLiteral("version"), QStringLiteral("labels"),
                                QStringLiteral("sections")},
                               {}, {}, Root))
        return error;
    form.m_id = root.value(QStringLiteral("formId")).toString();
    if (!formIdPattern().match(form.m_id).hasMatch())
        return referenceFileError(
            QCoreApplication::translate(
                "helpline::FormDefinition",
                "The form definition has no valid formId: use lower-case letters, digits, dots, "
                "dashes and underscores, starting with a letter (for example \"intake\")."),
            QStringLiteral("formId"));
    if (root.contains(QStringLiteral("labels"))) {
        if (auto error = readLanguageMap(
                root, QStringLiteral("labels"), {}, form.m_title,
                QCoreApplication::translate("helpline::FormDefinition",
                                            "The form's title (\"labels\") must map en, az and "
                                            "ru to text."),
                QCoreApplication::translate("helpline::FormDefinition",
                                            "The form's title has no text in %1.")))
            return error;
    }
    const QJsonValue sectionsValue = root.value(QStringLiteral("sections"));
    const QJsonArray sections = sectionsValue.toArray();
    if (!sectionsValue.isArray() || sections.isEmpty())
        return referenceFileError(QCoreApplication::translate("helpline::FormDefinition",
                                                              "The form definition has no "
                                                              "sections."),
                                  QStringLiteral("sections"));

    // Ids and positions first, so that conditions can name fields and the errors can say
    // whether a named field is missing or only comes later.
    for (qsizetype s = 0; s < sections.size(); ++s) {
        FormSection section;
        const QString where = QStringLiteral("sections[%1]").arg(s);
        if (!sections.at(s).isObject())
            return referenceFileError(
                QCoreApplication::translate("helpline::FormDefinition",
                                            "Section number %1 is not a JSON object.")
                    .arg(s + 1),
                where);
        if (auto error = parseSection(sections.at(s).toObject(), where, int(s + 1), section))
            return error;
        form.m_sectionIndex.insert(section.id, int(form.m_sections.size()));
        form.m_sections.append(section);
    }
    for (int s = 0; s < form.m_sections.size(); ++s)
        for (int f = 0; f < form.m_sections[s].fields.size(); ++f) {
            const FormField &field = form.m_sections[s].fields[f];
            form.m_fields.insert(field.id, {s, f});
            form.m_order << field.id;
            m_byId.insert(field.id, &form.m_sections[s].fields[f]);
        }

    // Conditions, now that every id is known.
    for (int s = 0; s < form.m_sections.size(); ++s) {
        FormSection &section = form.m_sections[s];
        const QString where = QStringLiteral("sections[%1]").arg(s);
        const QJsonObject object = sections.at(s).toObject();
        if (object.contains(QStringLiteral("visibleWhen"))) {
            const int first = section.fields.isEmpty() ? 0 : m_position.value(section.fields[0].id);
            if (auto error = parseCondition(object.value(QStringLiteral("visibleWhen")),
                                            where + QStringLiteral(".visibleWhen"), section.id,
                                            first, section.visibleWhen))
                return error;
        }
        const QJsonArray fields = object.value(QStringLiteral("fields")).toArray();
        for (int f = 0; f < section.fields.size(); ++f) {
            FormField &field = section.fields[f];
            const QJsonObject fieldObject = fields.at(f).toObject();
            if (!fieldObject.contains(QStringLiteral("visibleWhen")))
                continue;
            if (auto error =
                    parseCondition(fieldObject.value(QStringLiteral("visibleWhen")),
                                   where + QStringLiteral(".fields[%1].visibleWhen").arg(f),
                                   field.id, m_position.value(field.id), field.visibleWhen))
                return error;
        }
    }

    // Binds: each target once; the call type must be bound (the form decides the kind of
    // contact and whether there is a caller).
    QHash<QString, QString> boundBy;
    for (int s = 0; s < form.m_sections.size(); ++s)
        for (int f = 0; f < form.m_sections[s].fields.size(); ++f) {
            const FormField &field = form.m_sections[s].fields[f];
            if (boundBy.contains(field.bind))
                return referenceFileError(
                    QCoreApplication::translate(
                        "helpline::FormDefinition",
                        "The fields \"%1\" and \"%2\" are both bound to \"%3\"; a value can "
                        "only come from one field.")
                        .arg(boundBy.value(field.bind), field.id, field.bind),
                    QStringLiteral("sections[%1].fields[%2].bind").arg(s).arg(f));
            boundBy.insert(field.bind, field.id);
        }
    if (!boundBy.contains(QStringLiteral("contact.callType")))
        return referenceFileError(
            QCoreApplication::translate(
                "helpline::FormDefinition",
                "No field is bound to \"contact.callType\": the form must ask for the type of "
                "contact."),
            QStringLiteral("sections"));

    return checkReachable(form);
}

std::optional<StoreError> FormDefinitionParser::parseSection(const QJsonObject &object,
                                                             const QString &where, int number,
                                                             FormSection &section)
{
    section.id = object.value(QStringLiteral("id")).toString();
    if (!idPattern().match(section.id).hasMatch())
        return referenceFileError(
            QCoreApplication::translate(
                "helpline::FormDefinition",
                "Section number %1 has no valid id: start with a lower-case letter, then "
                "letters and digits only (for example \"caller\").")
                .arg(number),
            where + QStringLiteral(".id"));
    if (isKnownId(section.id))
        return referenceFileError(
            QCoreApplication::translate("helpline::FormDefinition",
                                        "The id \"%1\" is used more than once: every field and "
                                        "section needs its own.")
                .arg(section.id),
            where + QStringLiteral(".id"));
    m_ids.insert(section.id);
    if (auto error =
            checkKeys(object,
                      {QStringLiteral("id"), QStringLiteral("labels"), QStringLiteral("help"),
                       QStringLiteral("visibleWhen"), QStringLiteral("fields")},
                      where, section.id, Section))
        return error;
    if (auto error =
            readLanguageMap(object, QStringLiteral("labels"), where, section.labels,
                            QCoreApplication::translate("helpline::FormDefinition",
                                                        "The section \"%1\" has no labels.")
                                .arg(section.id),
                            QCoreApplication::translate("helpline::FormDefinition",
                                                        "The section \"%1\" has no label in %2.")
                                .arg(section.id, QStringLiteral("%1"))))
        return error;
    if (object.contains(QStringLiteral("help")))
        if (auto error = readLanguageMap(
                object, QStringLiteral("help"), where, section.help,
                QCoreApplication::translate("helpline::FormDefinition",
                                            "The help of the section \"%1\" must map en, az and "
                                            "ru to text.")
                    .arg(section.id),
                QCoreApplication::translate("helpline::FormDefinition",
                                            "The help of the section \"%1\" has no text in %2.")
                    .arg(section.id, QStringLiteral("%1"))))
            return error;
    const QJsonArray fields = object.value(QStringLiteral("fields")).toArray();
    if (fields.isEmpty())
        return referenceFileError(QCoreApplication::translate("helpline::FormDefinition",
                                                              "The section \"%1\" has no fields.")
                                      .arg(section.id),
                                  where + QStringLiteral(".fields"));
    for (qsizetype f = 0; f < fields.size(); ++f) {
        const QString fieldWhere = where + QStringLiteral(".fields[%1]").arg(f);
        if (!fields.at(f).isObject())
            return referenceFileError(
                QCoreApplication::translate("helpline::FormDefinition",
                                            "Field number %1 of the section \"%2\" is not a JSON "
                                            "object.")
                    .arg(f + 1)
                    .arg(section.id),
                fieldWhere);
        FormField field;
        if (auto error =
                parseField(fields.at(f).toObject(), fieldWhere, section.id, int(f + 1), field))
            return error;
        m_position.insert(field.id, int(m_position.size()));
        section.fields.append(field);
    }
    return std::nullopt;
}

std::optional<StoreError> FormDefinitionParser::parseField(const QJsonObject &object,
                                                           const QString &where,
                                                           const QString &sectionId, int number,
                                                           FormField &field)
{
    field.id = object.value(QStringLiteral("id")).toString();
    field.sectionId = sectionId;
    if (!idPattern().match(field.id).hasMatch())
        return referenceFileError(
            QCoreApplication::translate(
                "helpline::FormDefinition",
                "Field number %1 of the section \"%2\" has no valid id: start with a lower-case "
                "letter, then letters and digits only (for example \"childName\").")
                .arg(number)
                .arg(sectionId),
            where + QStringLiteral(".id"));
    if (isKnownId(field.id))
        return referenceFileError(
            QCoreApplication::translate("helpline::FormDefinition",
                                        "The id \"%1\" is used more than once: every field and "
                                        "section needs its own.")
                .arg(field.id),
            where + QStringLiteral(".id"));
    m_ids.insert(field.id);

    const QJsonValue typeValue = object.value(QStringLiteral("type"));
    const std::optional<FieldType> type = fieldTypeFromCode(typeValue.toString());
    if (!type) {
        if (typeValue.isUndefined())
            return referenceFileError(QCoreApplication::translate("helpline::FormDefinition",
                                                                  "The field \"%1\" has no type.")
                                          .arg(field.id),
                                      where + QStringLiteral(".type"));
        return referenceFileError(
            QCoreApplication::translate(
                "helpline::FormDefinition",
                "The field \"%1\" has an unknown type \"%2\". Known types: text, multiline, "
                "number, date, singleChoice, multipleChoice, taxonomy, region, yesNo, "
                "screening.")
                .arg(field.id, typeValue.toString()),
            where + QStringLiteral(".type"));
    }
    field.type = *type;

    QStringList allowed{QStringLiteral("id"),         QStringLiteral("type"),
                        QStringLiteral("labels"),     QStringLiteral("help"),
                        QStringLiteral("required"),   QStringLiteral("bind"),
                        QStringLiteral("visibleWhen")};
    if (field.type != FieldType::Screening)
        allowed << QStringLiteral("default");
    if (field.type == FieldType::Text || field.type == FieldType::MultiLineText)
        allowed << QStringLiteral("maxLength");
    if (field.type == FieldType::Number)
        allowed << QStringLiteral("min") << QStringLiteral("max");
    if (field.isChoice())
        allowed << QStringLiteral("optionsFrom") << QStringLiteral("options");
    if (auto error = checkKeys(object, allowed, where, field.id, Field))
        return error;

    if (auto error =
            readLanguageMap(object, QStringLiteral("labels"), where, field.labels,
                            QCoreApplication::translate("helpline::FormDefinition",
                                                        "The field \"%1\" has no labels.")
                                .arg(field.id),
                            QCoreApplication::translate("helpline::FormDefinition",
                                                        "The field \"%1\" has no label in %2.")
                                .arg(field.id, QStringLiteral("%1"))))
        return error;
    if (object.contains(QStringLiteral("help")))
        if (auto error = readLanguageMap(
                object, QStringLiteral("help"), where, field.help,
                QCoreApplication::translate("helpline::FormDefinition",
                                            "The help of the field \"%1\" must map en, az and ru "
                                            "to text.")
                    .arg(field.id),
                QCoreApplication::translate("helpline::FormDefinition",
                                            "The help of the field \"%1\" has no text in %2.")
                    .arg(field.id, QStringLiteral("%1"))))
            return error;

    const QJsonValue required = object.value(QStringLiteral("required"));
    if (!required.isUndefined() && !required.isBool())
        return referenceFileError(
            QCoreApplication::translate("helpline::FormDefinition",
                                        "\"required\" of the field \"%1\" must be true or false.")
                .arg(field.id),
            where + QStringLiteral(".required"));
    field.required = required.toBool(false);

    // Where the value goes.
    const QJsonValue bind = object.value(QStringLiteral("bind"));
    if (!bind.isUndefined() && !bind.isString())
        return referenceFileError(
            QCoreApplication::translate("helpline::FormDefinition",
                                        "\"bind\" of the field \"%1\" must be text, such as "
                                        "\"child.name\" or \"data.%1\".")
                .arg(field.id),
            where + QStringLiteral(".bind"));
    field.bind = bind.isString() ? bind.toString() : QStringLiteral("data.") + field.id;
    const BindTarget *target = bindTarget(field.bind);
    if (!target && !dataKeyPattern().match(field.bind).hasMatch())
        return referenceFileError(
            QCoreApplication::translate(
                "helpline::FormDefinition",
                "The field \"%1\" is bound to \"%2\", which is not a place a value can go. Use "
                "one of the targets in docs/forms.md or \"data.<key>\".")
                .arg(field.id, field.bind),
            where + QStringLiteral(".bind"));
    if ((target && !target->types.contains(field.type)) ||
        (!target && field.type == FieldType::Screening))
        return referenceFileError(
            QCoreApplication::translate("helpline::FormDefinition",
                                        "The field \"%1\" is of type %2, which cannot be bound "
                                        "to \"%3\".")
                .arg(field.id, fieldTypeCode(field.type), field.bind),
            where + QStringLiteral(".bind"));

    if (field.isChoice())
        if (auto error = parseOptions(object, where, field))
            return error;
    if (field.isChoice() && target && target->optionList) {
        const QStringList accepted = formoptions::codes(QString::fromLatin1(target->optionList));
        for (const QString &code : field.optionCodes())
            if (!accepted.contains(code))
                return referenceFileError(
                    QCoreApplication::translate("helpline::FormDefinition",
                                                "The field \"%1\" offers \"%2\", which \"%3\" "
                                                "does not accept.")
                        .arg(field.id, code, field.bind),
                    where + QStringLiteral(".options"));
    }

    if (field.type == FieldType::Number) {
        const QJsonValue min = object.value(QStringLiteral("min"));
        const QJsonValue max = object.value(QStringLiteral("max"));
        if ((!min.isUndefined() && !isWholeNumber(min)) ||
            (!max.isUndefined() && !isWholeNumber(max)) ||
            (isWholeNumber(min) && isWholeNumber(max) && min.toDouble() > max.toDouble()))
            return referenceFileError(
                QCoreApplication::translate("helpline::FormDefinition",
                                            "\"min\" and \"max\" of the field \"%1\" must be "
                                            "whole numbers, with min not above max.")
                    .arg(field.id),
                where + (min.isUndefined() || isWholeNumber(min) ? QStringLiteral(".max")
                                                                 : QStringLiteral(".min")));
        if (isWholeNumber(min))
            field.min = qint64(min.toDouble());
        if (isWholeNumber(max))
            field.max = qint64(max.toDouble());
    }
    if (object.contains(QStringLiteral("maxLength"))) {
        const QJsonValue maxLength = object.value(QStringLiteral("maxLength"));
        if (!isWholeNumber(maxLength) || maxLength.toDouble() < 1 || maxLength.toDouble() > 100000)
            return referenceFileError(
                QCoreApplication::translate("helpline::FormDefinition",
                                            "\"maxLength\" of the field \"%1\" must be a whole "
                                            "number from 1 to 100000.")
                    .arg(field.id),
                where + QStringLiteral(".maxLength"));
        field.maxLength = int(maxLength.toDouble());
    }

    if (object.contains(QStringLiteral("default"))) {
        field.defaultValue = object.value(QStringLiteral("default"));
        const QString problem =
            FormDefinition::isEmptyValue(field.defaultValue)
                ? QCoreApplication::translate("helpline::FormDefinition", "it is empty.")
                : FormDefinition::valueProblem(field, field.defaultValue);
        if (!problem.isEmpty())
            return referenceFileError(
                QCoreApplication::translate("helpline::FormDefinition",
                                            "The default value of the field \"%1\" is not valid: "
                                            "%2")
                    .arg(field.id, problem),
                where + QStringLiteral(".default"));
    }
    return std::nullopt;
}

std::optional<StoreError> FormDefinitionParser::parseOptions(const QJsonObject &object,
                                                             const QString &where, FormField &field)
{
    const bool hasList = object.contains(QStringLiteral("optionsFrom"));
    const bool hasInline = object.contains(QStringLiteral("options"));
    if (hasList && hasInline)
        return referenceFileError(
            QCoreApplication::translate("helpline::FormDefinition",
                                        "The field \"%1\" has both \"optionsFrom\" and "
                                        "\"options\"; use one of them.")
                .arg(field.id),
            where + QStringLiteral(".options"));
    if (hasList) {
        field.optionsFrom = object.value(QStringLiteral("optionsFrom")).toString();
        if (!formoptions::isList(field.optionsFrom))
            return referenceFileError(
                QCoreApplication::translate("helpline::FormDefinition",
                                            "The field \"%1\" takes its options from \"%2\", "
                                            "which is not a known code list. Known lists: %3.")
                    .arg(field.id,
                         object.value(QStringLiteral("optionsFrom")).toVariant().toString(),
                         formoptions::listNames().join(QStringLiteral(", "))),
                where + QStringLiteral(".optionsFrom"));
        return std::nullopt;
    }
    const QJsonArray options = object.value(QStringLiteral("options")).toArray();
    if (options.isEmpty())
        return referenceFileError(
            QCoreApplication::translate("helpline::FormDefinition",
                                        "The field \"%1\" needs options: a code list in "
                                        "\"optionsFrom\" or a list in \"options\".")
                .arg(field.id),
            where + QStringLiteral(".options"));
    QSet<QString> seen;
    for (qsizetype i = 0; i < options.size(); ++i) {
        const QString optionWhere = where + QStringLiteral(".options[%1]").arg(i);
        const QJsonObject optionObject = options.at(i).toObject();
        FormOption option;
        option.code = optionObject.value(QStringLiteral("code")).toString();
        if (!optionCodePattern().match(option.code).hasMatch())
            return referenceFileError(
                QCoreApplication::translate(
                    "helpline::FormDefinition",
                    "Option number %1 of the field \"%2\" has no valid code: use lower-case "
                    "letters, digits, dots, dashes and underscores.")
                    .arg(i + 1)
                    .arg(field.id),
                optionWhere + QStringLiteral(".code"));
        if (seen.contains(option.code))
            return referenceFileError(
                QCoreApplication::translate("helpline::FormDefinition",
                                            "The field \"%1\" offers the option \"%2\" twice.")
                    .arg(field.id, option.code),
                optionWhere + QStringLiteral(".code"));
        seen.insert(option.code);
        if (auto error = checkKeys(optionObject, {QStringLiteral("code"), QStringLiteral("labels")},
                                   optionWhere, field.id, Option))
            return error;
        if (auto error = readLanguageMap(
                optionObject, QStringLiteral("labels"), optionWhere, option.labels,
                QCoreApplication::translate("helpline::FormDefinition",
                                            "The option \"%1\" of the field \"%2\" has no labels.")
                    .arg(option.code, field.id),
                QCoreApplication::translate("helpline::FormDefinition",
                                            "The option \"%1\" of the field \"%2\" has no label "
                                            "in %3.")
                    .arg(option.code, field.id, QStringLiteral("%1"))))
            return error;
        field.options.append(option);
    }
    return std::nullopt;
}

std::optional<StoreError> FormDefinitionParser::parseCondition(const QJsonValue &value,
                                                               const QString &where,
                                                               const QString &owner, int position,
                                                               std::optional<FormCondition> &out)
{
    if (!value.isObject())
        return referenceFileError(
            QCoreApplication::translate("helpline::FormDefinition",
                                        "The condition (\"visibleWhen\") of \"%1\" must be a JSON "
                                        "object such as {\"field\": \"callType\", \"equals\": "
                                        "\"caller_about_child\"}.")
                .arg(owner),
            where);
    const QJsonObject object = value.toObject();
    if (auto error =
            checkKeys(object,
                      {QStringLiteral("field"), QStringLiteral("equals"),
                       QStringLiteral("notEquals"), QStringLiteral("in"), QStringLiteral("notIn")},
                      where, owner, Condition))
        return error;
    FormCondition condition;
    condition.field = object.value(QStringLiteral("field")).toString();
    if (condition.field.isEmpty())
        return referenceFileError(
            QCoreApplication::translate("helpline::FormDefinition",
                                        "The condition of \"%1\" names no field.")
                .arg(owner),
            where + QStringLiteral(".field"));
    const FormField *target = m_byId.value(condition.field);
    if (!target)
        return referenceFileError(
            QCoreApplication::translate("helpline::FormDefinition",
                                        "The condition of \"%1\" names the field \"%2\", which "
                                        "the form does not have.")
                .arg(owner, condition.field),
            where + QStringLiteral(".field"));
    if (m_position.value(condition.field) >= position)
        return referenceFileError(
            QCoreApplication::translate("helpline::FormDefinition",
                                        "The condition of \"%1\" names the field \"%2\", which "
                                        "does not come before it: a condition can only depend "
                                        "on fields above it.")
                .arg(owner, condition.field),
            where + QStringLiteral(".field"));
    if (target->type == FieldType::Screening)
        return referenceFileError(
            QCoreApplication::translate("helpline::FormDefinition",
                                        "The condition of \"%1\" cannot depend on the screening "
                                        "field \"%2\".")
                .arg(owner, condition.field),
            where + QStringLiteral(".field"));

    int operators = 0;
    for (FormCondition::Op op : {FormCondition::Op::Equals, FormCondition::Op::NotEquals,
                                 FormCondition::Op::In, FormCondition::Op::NotIn}) {
        const QString key = conditionKey(op);
        if (!object.contains(key))
            continue;
        ++operators;
        condition.op = op;
        const QJsonValue operand = object.value(key);
        if (op == FormCondition::Op::Equals || op == FormCondition::Op::NotEquals) {
            condition.values = QJsonArray{operand};
        } else {
            condition.values = operand.toArray();
            if (!operand.isArray() || condition.values.isEmpty())
                return referenceFileError(
                    QCoreApplication::translate("helpline::FormDefinition",
                                                "\"%2\" in the condition of \"%1\" must be a "
                                                "list of one or more values.")
                        .arg(owner, key),
                    where + u'.' + key);
        }
    }
    if (operators != 1)
        return referenceFileError(
            QCoreApplication::translate("helpline::FormDefinition",
                                        "The condition of \"%1\" needs exactly one of \"equals\", "
                                        "\"notEquals\", \"in\" and \"notIn\".")
                .arg(owner),
            where);

    // Each value must be one the named field can hold: a typo would silently hide a section.
    const QString key = conditionKey(condition.op);
    for (const QJsonValue &operand : condition.values) {
        QJsonValue asValue = operand;
        if (target->isMultiValued())
            asValue = QJsonArray{operand};
        const bool bad = FormDefinition::isEmptyValue(operand) ||
                         !FormDefinition::valueProblem(*target, asValue).isEmpty();
        if (bad)
            return referenceFileError(
                QCoreApplication::translate("helpline::FormDefinition",
                                            "The condition of \"%1\" compares the field \"%2\" "
                                            "with %3, a value that field can never hold.")
                    .arg(owner, condition.field,
                         QString::fromUtf8(
                             QJsonDocument(QJsonArray{operand}).toJson(QJsonDocument::Compact))
                             .mid(1)
                             .chopped(1)),
                where + u'.' + key);
    }
    out = condition;
    return std::nullopt;
}

// Every condition that must hold for `condition` to hold: itself, and for "equals" and "in"
// (which need a value) the conditions that make the named field visible.
void FormDefinitionParser::gather(const FormDefinition &form,
                                  const std::optional<FormCondition> &condition,
                                  QList<FormCondition> &out) const
{
    if (!condition)
        return;
    out << *condition;
    if (condition->op != FormCondition::Op::Equals && condition->op != FormCondition::Op::In)
        return;
    const FormField *target = form.field(condition->field);
    if (!target)
        return;
    gather(form, form.section(target->sectionId)->visibleWhen, out);
    gather(form, target->visibleWhen, out);
}

bool FormDefinitionParser::satisfiable(const FormDefinition &form,
                                       const QList<FormCondition> &conditions) const
{
    QMap<QString, QList<FormCondition>> byField;
    for (const FormCondition &condition : conditions)
        byField[condition.field] << condition;
    for (auto it = byField.begin(); it != byField.end(); ++it) {
        const FormField *target = form.field(it.key());
        if (!target)
            continue;
        QJsonArray forbidden;
        auto isForbidden = [&](const QJsonValue &value) {
            for (const QJsonValue &f : forbidden)
                if (sameValue(f, value))
                    return true;
            return false;
        };
        for (const FormCondition &c : it.value())
            if (c.op == FormCondition::Op::NotEquals || c.op == FormCondition::Op::NotIn)
                for (const QJsonValue &v : c.values)
                    forbidden.append(v);
        if (target->isMultiValued()) {
            // Several "equals" can hold at once (each is "is among the chosen").
            for (const FormCondition &c : it.value()) {
                if (c.op != FormCondition::Op::Equals && c.op != FormCondition::Op::In)
                    continue;
                bool someAllowed = false;
                for (const QJsonValue &v : c.values)
                    someAllowed = someAllowed || !isForbidden(v);
                if (!someAllowed)
                    return false;
            }
            continue;
        }
        // One value: the allowed ones are the intersection of every "equals" and "in".
        std::optional<QJsonArray> allowed;
        for (const FormCondition &c : it.value()) {
            if (c.op != FormCondition::Op::Equals && c.op != FormCondition::Op::In)
                continue;
            if (!allowed) {
                allowed = c.values;
                continue;
            }
            QJsonArray both;
            for (const QJsonValue &a : *allowed)
                for (const QJsonValue &v : c.values)
                    if (sameValue(a, v))
                        both.append(a);
            allowed = both;
        }
        if (!allowed)
            continue; // only "notEquals"/"notIn": an empty value satisfies them
        bool any = false;
        for (const QJsonValue &v : *allowed)
            any = any || !isForbidden(v);
        if (!any)
            return false;
    }
    return true;
}

std::optional<StoreError> FormDefinitionParser::checkReachable(const FormDefinition &form)
{
    for (int s = 0; s < form.m_sections.size(); ++s) {
        const FormSection &section = form.m_sections[s];
        QList<FormCondition> sectionConditions;
        gather(form, section.visibleWhen, sectionConditions);
        if (!satisfiable(form, sectionConditions))
            return referenceFileError(
                QCoreApplication::translate("helpline::FormDefinition",
                                            "The section \"%1\" can never be shown: its "
                                            "condition contradicts the conditions it depends on.")
                    .arg(section.id),
                QStringLiteral("sections[%1].visibleWhen").arg(s));
        for (int f = 0; f < section.fields.size(); ++f) {
            const FormField &field = section.fields[f];
            QList<FormCondition> conditions = sectionConditions;
            gather(form, field.visibleWhen, conditions);
            if (satisfiable(form, conditions))
                continue;
            const QString where =
                QStringLiteral("sections[%1].fields[%2].visibleWhen").arg(s).arg(f);
            if (field.required)
                return referenceFileError(
                    QCoreApplication::translate("helpline::FormDefinition",
                                                "The required field \"%1\" can never be shown: "
                                                "its conditions contradict each other, so the "
                                                "form could never be completed.")
                        .arg(field.id),
                    where);
            return referenceFileError(
                QCoreApplication::translate("helpline::FormDefinition",
                                            "The field \"%1\" can never be shown: its conditions "
                                            "contradict each other.")
                    .arg(field.id),
                where);
        }
    }
    return std::nullopt;
}

// ---- FormDefinition ----

Outcome<FormDefinition> FormDefinition::fromJson(const QByteArray &json)
{
    auto envelope = readReferenceFile(
        json, kFormat,
        QCoreApplication::translate("helpline::FormDefinition", "The form definition"));
    if (!envelope)
        return envelope.error();
    FormDefinition form;
    form.m_version = envelope->version;
    FormDefinitionParser parser;
    if (auto error = parser.parse(envelope->root, form))
        return *error;
    form.m_source = json;
    return form;
}

const FormDefinition &FormDefinition::builtIn()
{
    static const FormDefinition form = [] {
        QFile file(kResource);
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(lcForms) << "The built-in form definition is missing:" << kResource;
            return FormDefinition();
        }
        Outcome<FormDefinition> loaded = fromJson(file.readAll());
        if (!loaded) {
            qCCritical(lcForms) << "The built-in form definition is broken at"
                                << loaded.error().detail;
            return FormDefinition();
        }
        return loaded.value();
    }();
    return form;
}

bool FormDefinition::isEmptyValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return true;
    case QJsonValue::String:
        return value.toString().trimmed().isEmpty();
    case QJsonValue::Array:
        return value.toArray().isEmpty();
    case QJsonValue::Object:
        return value.toObject().isEmpty();
    default:
        return false;
    }
}

QString FormDefinition::valueProblem(const FormField &field, const QJsonValue &value)
{
    if (isEmptyValue(value))
        return {};
    switch (field.type) {
    case FieldType::Text:
    case FieldType::MultiLineText:
        if (!value.isString())
            return QCoreApplication::translate("helpline::FormDefinition", "Enter text.");
        if (field.maxLength > 0 && value.toString().size() > field.maxLength)
            return QCoreApplication::translate(
                "helpline::FormDefinition", "Use at most %n characters.", nullptr, field.maxLength);
        return {};
    case FieldType::Number: {
        if (!isWholeNumber(value))
            return QCoreApplication::translate("helpline::FormDefinition", "Enter a whole number.");
        const qint64 number = qint64(value.toDouble());
        const bool low = field.min && number < *field.min;
        const bool high = field.max && number > *field.max;
        if ((low || high) && field.min && field.max)
            return QCoreApplication::translate("helpline::FormDefinition",
                                               "Enter a number from %1 to %2.")
                .arg(*field.min)
                .arg(*field.max);
        if (low)
            return QCoreApplication::translate("helpline::FormDefinition",
                                               "Enter a number of at least %1.")
                .arg(*field.min);
        if (high)
            return QCoreApplication::translate("helpline::FormDefinition",
                                               "Enter a number of at most %1.")
                .arg(*field.max);
        return {};
    }
    case FieldType::Date:
        if (!value.isString() ||
            !QDate::fromString(value.toString(), QStringLiteral("yyyy-MM-dd")).isValid())
            return QCoreApplication::translate("helpline::FormDefinition",
                                               "Enter a valid date, for example 07.07.2021.");
        return {};
    case FieldType::SingleChoice:
        if (!value.isString() || !field.optionCodes().contains(value.toString()))
            return QCoreApplication::translate("helpline::FormDefinition",
                                               "Choose one of the options.");
        return {};
    case FieldType::MultipleChoice: {
        if (!value.isArray())
            return QCoreApplication::translate("helpline::FormDefinition",
                                               "Choose from the options.");
        const QStringList codes = field.optionCodes();
        QSet<QString> seen;
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString() || !codes.contains(item.toString()) ||
                seen.contains(item.toString()))
                return QCoreApplication::translate("helpline::FormDefinition",
                                                   "Choose from the options.");
            seen.insert(item.toString());
        }
        return {};
    }
    case FieldType::Taxonomy: {
        if (!value.isArray())
            return QCoreApplication::translate("helpline::FormDefinition",
                                               "Choose categories from the list.");
        const Taxonomy &taxonomy = Taxonomy::builtIn();
        QSet<QString> seen;
        for (const QJsonValue &item : value.toArray()) {
            const QString code = item.toString();
            if (!item.isString() || !taxonomy.contains(code) || seen.contains(code))
                return QCoreApplication::translate("helpline::FormDefinition",
                                                   "Choose categories from the list.");
            if (taxonomy.isCategory(code))
                return QCoreApplication::translate("helpline::FormDefinition",
                                                   "Choose a subcategory of \"%1\", not only the "
                                                   "category.")
                    .arg(taxonomy.label(code, QStringLiteral("en")));
            seen.insert(code);
        }
        return {};
    }
    case FieldType::Region: {
        const Regions &regions = Regions::builtIn();
        const QString code = value.toString();
        if (!value.isString() || (!regions.unit(code) && !regions.economicRegion(code)))
            return QCoreApplication::translate("helpline::FormDefinition",
                                               "Choose a place from the list.");
        return {};
    }
    case FieldType::YesNo:
        if (!value.isBool())
            return QCoreApplication::translate("helpline::FormDefinition", "Answer yes or no.");
        return {};
    case FieldType::Screening: {
        const QJsonObject object = value.toObject();
        const QString instrument = object.value(QStringLiteral("instrument")).toString();
        const bool ok = value.isObject() &&
                        ((instrument == u"asq" && asqAnswersFromJson(object).ok()) ||
                         (instrument == u"cssrs-screener" && cssrsAnswersFromJson(object).ok()));
        if (!ok)
            return QCoreApplication::translate("helpline::FormDefinition",
                                               "The screening answers are not valid.");
        return {};
    }
    }
    return {};
}

QString FormDefinition::requiredProblem(const FormField &field)
{
    switch (field.type) {
    case FieldType::SingleChoice:
        return QCoreApplication::translate("helpline::FormDefinition", "Choose an option.");
    case FieldType::MultipleChoice:
    case FieldType::Taxonomy:
        return QCoreApplication::translate("helpline::FormDefinition", "Choose at least one.");
    case FieldType::Date:
        return QCoreApplication::translate("helpline::FormDefinition", "Enter a date.");
    case FieldType::Region:
        return QCoreApplication::translate("helpline::FormDefinition", "Choose a place.");
    case FieldType::YesNo:
        return QCoreApplication::translate("helpline::FormDefinition", "Answer yes or no.");
    case FieldType::Screening:
        return QCoreApplication::translate("helpline::FormDefinition", "Complete the screening.");
    default:
        return QCoreApplication::translate("helpline::FormDefinition", "Fill in this field.");
    }
}

const FormSection *FormDefinition::section(const QString &id) const
{
    const auto it = m_sectionIndex.constFind(id);
    return it == m_sectionIndex.constEnd() ? nullptr : &m_sections[*it];
}

const FormField *FormDefinition::field(const QString &id) const
{
    const auto it = m_fields.constFind(id);
    return it == m_fields.constEnd() ? nullptr : &m_sections[it->first].fields[it->second];
}

const FormField *FormDefinition::fieldBoundTo(const QString &bind) const
{
    for (const FormSection &section : m_sections)
        for (const FormField &field : section.fields)
            if (field.bind == bind)
                return &field;
    return nullptr;
}

bool FormDefinition::conditionHolds(const std::optional<FormCondition> &condition,
                                    const QJsonObject &values) const
{
    if (!condition)
        return true;
    // Conditions only name fields above them (checked when parsing), so this ends.
    const QJsonValue value =
        isVisible(condition->field, values) ? values.value(condition->field) : QJsonValue();
    return condition->holds(value);
}

bool FormDefinition::isVisible(const QString &fieldOrSectionId, const QJsonObject &values) const
{
    if (const FormSection *s = section(fieldOrSectionId))
        return conditionHolds(s->visibleWhen, values);
    const FormField *f = field(fieldOrSectionId);
    if (!f)
        return false;
    return conditionHolds(section(f->sectionId)->visibleWhen, values) &&
           conditionHolds(f->visibleWhen, values);
}

QString FormDefinition::title(const QString &language) const
{
    return localized(m_title, language);
}

QString FormDefinition::label(const QString &fieldOrSectionId, const QString &language) const
{
    if (const FormSection *s = section(fieldOrSectionId))
        return localized(s->labels, language);
    if (const FormField *f = field(fieldOrSectionId))
        return localized(f->labels, language);
    return {};
}

QString FormDefinition::help(const QString &fieldOrSectionId, const QString &language) const
{
    if (const FormSection *s = section(fieldOrSectionId))
        return localized(s->help, language);
    if (const FormField *f = field(fieldOrSectionId))
        return localized(f->help, language);
    return {};
}

QString FormDefinition::localized(const QMap<QString, QString> &texts, const QString &language)
{
    const QString text = texts.value(baseLanguage(language));
    return text.isEmpty() ? texts.value(QStringLiteral("en")) : text;
}

QString FormDefinition::optionLabelOf(const FormField &field, const QString &code,
                                      const QString &language)
{
    if (!field.optionsFrom.isEmpty())
        return formoptions::label(field.optionsFrom, code);
    for (const FormOption &option : field.options)
        if (option.code == code)
            return localized(option.labels, language);
    return code;
}

QString FormDefinition::optionLabel(const QString &fieldId, const QString &code,
                                    const QString &language) const
{
    const FormField *f = field(fieldId);
    return f ? optionLabelOf(*f, code, language) : code;
}

QJsonObject FormDefinition::defaults() const
{
    QJsonObject values;
    for (const FormSection &section : m_sections)
        for (const FormField &field : section.fields)
            if (!isEmptyValue(field.defaultValue))
                values.insert(field.id, field.defaultValue);
    return values;
}

} // namespace helpline
