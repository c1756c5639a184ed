#pragma once

#include "core/store/storeerror.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace helpline {

// A form definition: the sections and fields of the intake (or another form), versioned JSON,
// rendered by ui/form/FormView and mapped onto records by IntakeMapping. The format, every key and
// every rejection rule are documented in docs/forms.md.
//
// Values of a form are one QJsonObject, field id -> value; an absent key means empty:
//   text, multiline: string · number: whole number · date: "YYYY-MM-DD" · singleChoice: code ·
//   multipleChoice: array of codes · taxonomy: array of subcategory codes · region: a unit or
//   economic region code (Regions) · yesNo: bool · screening: the object screening's toJson()
//   writes ({"instrument": "asq", "q1": "yes", ...}).

enum class FieldType {
    Text,
    MultiLineText,
    Number,
    Date,
    SingleChoice,
    MultipleChoice,
    Taxonomy,
    Region,
    YesNo,
    Screening
};

QString fieldTypeCode(FieldType type);                           // "text", "multiline", ...
std::optional<FieldType> fieldTypeFromCode(const QString &code); // nullopt for anything else

// "visibleWhen": {"field": "callType", "equals": "caller_about_child"} (or "notEquals", "in",
// "notIn"). A hidden field counts as empty. For a multiple-valued field (multipleChoice,
// taxonomy) "equals" means "is among the chosen".
struct FormCondition {
    enum class Op { Equals, NotEquals, In, NotIn };

    QString field;
    Op op = Op::Equals;
    QJsonArray values; // one value for Equals and NotEquals

    // Whether the condition holds for `value`, the named field's value (undefined when empty or
    // hidden).
    bool holds(const QJsonValue &value) const;
};

// An inline option of a choice field.
struct FormOption {
    QString code;
    QMap<QString, QString> labels; // en, az, ru
};

struct FormField {
    QString id; // camelCase, unique among fields and sections: "childName"
    FieldType type = FieldType::Text;
    QMap<QString, QString> labels; // en, az, ru
    QMap<QString, QString> help;   // en, az, ru; empty when the field has no help text
    bool required = false;
    // Where the value goes: "contact.summary", "child.name", "data.followUpDate" (docs/forms.md).
    // Always set: a field without "bind" goes to "data.<id>".
    QString bind;
    QString optionsFrom;       // a code list (core/forms/formoptions.h), or empty
    QList<FormOption> options; // inline options, when not optionsFrom
    std::optional<qint64> min; // Number
    std::optional<qint64> max; // Number
    int maxLength = 0;         // Text, MultiLineText; 0 = no limit of its own
    QJsonValue defaultValue;   // null when the field has none
    std::optional<FormCondition> visibleWhen;
    QString sectionId;

    bool isChoice() const;           // SingleChoice or MultipleChoice
    bool isMultiValued() const;      // MultipleChoice or Taxonomy
    QStringList optionCodes() const; // of a choice field, in order
};

struct FormSection {
    QString id;
    QMap<QString, QString> labels; // the heading, en, az, ru
    QMap<QString, QString> help;   // optional
    std::optional<FormCondition> visibleWhen;
    QList<FormField> fields;
};

class FormDefinition {
public:
    FormDefinition() = default; // empty: no sections, version 0

    // Parses and validates a definition. Error code Validation, with a translated message naming
    // the problem and the field (or section) concerned, and the JSON location in `detail`
    // (e.g. "sections[2].fields[1].visibleWhen.field").
    static Outcome<FormDefinition> fromJson(const QByteArray &json);

    // The default intake shipped in the resources (":/helpline/forms/intake.json"), loaded once.
    // Empty (and logged as critical) if the shipped file is broken, which the tests rule out.
    static const FormDefinition &builtIn();

    // "empty" for a form value: undefined, null, a blank string, an empty array or object.
    static bool isEmptyValue(const QJsonValue &value);
    // The problem with `value` for `field` (type, options, range, length), translated; empty when
    // the value is fine. An empty value is fine here: required fields are checked elsewhere.
    static QString valueProblem(const FormField &field, const QJsonValue &value);
    // The message for a required field left empty, translated ("Fill in this field.").
    static QString requiredProblem(const FormField &field);

    bool isEmpty() const { return m_sections.isEmpty(); }
    QString id() const { return m_id; }
    int version() const { return m_version; }
    QByteArray source() const { return m_source; } // the JSON it was read from
    QList<FormSection> sections() const { return m_sections; }
    const FormSection *section(const QString &id) const;
    const FormField *field(const QString &id) const;
    const FormField *fieldBoundTo(const QString &bind) const; // nullptr when no field is
    QStringList fieldIds() const { return m_order; }          // in visual order

    // Whether a field or section is shown for these values: its section's condition and its own
    // hold, each evaluated with hidden fields counting as empty. False for an unknown id.
    bool isVisible(const QString &fieldOrSectionId, const QJsonObject &values) const;

    // Labels in `language` ("az", "ru", "en"; "az_AZ" works too), falling back to English.
    QString title(const QString &language) const; // the form's title; may be empty
    QString label(const QString &fieldOrSectionId, const QString &language) const;
    QString help(const QString &fieldOrSectionId, const QString &language) const;
    // An option of a choice field: inline options in `language`, code lists translated with the
    // interface language. The code itself when unknown.
    QString optionLabel(const QString &fieldId, const QString &code, const QString &language) const;

    // The same for a field at hand, and the text of a language map (labels, help) in `language`
    // with the English fallback.
    static QString optionLabelOf(const FormField &field, const QString &code,
                                 const QString &language);
    static QString localized(const QMap<QString, QString> &texts, const QString &language);

    // Field id -> default value, for the fields that have one.
    QJsonObject defaults() const;

private:
    friend class FormDefinitionParser;

    bool conditionHolds(const std::optional<FormCondition> &condition,
                        const QJsonObject &values) const;

    QString m_id;
    int m_version = 0;
    QMap<QString, QString> m_title;
    QList<FormSection> m_sections;
    QStringList m_order;                      // field ids in visual order
    QHash<QString, QPair<int, int>> m_fields; // field id -> (section, field) positions
    QHash<QString, int> m_sectionIndex;       // section id -> position
    QByteArray m_source;
};

} // namespace helpline
