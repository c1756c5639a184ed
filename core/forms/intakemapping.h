#pragma once

#include "core/domain/contact.h"
#include "core/domain/person.h"
#include "core/forms/formdefinition.h"
#include "core/store/contactrepository.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace helpline {

// What the intake knows besides the form's values.
struct IntakeContext {
    QString counsellorId; // the session's account id
    QString channel;      // used when the form has no channel field, or it is left empty
    QDateTime startedAt;  // UTC: when the intake opened
    int durationSeconds = 0;
};

// Form values <-> records, following each field's bind (docs/forms.md, "Binds"):
// - toContactSave(): the contact, the child and (only when the call type is
//   caller_about_child, i.e. the caller is not the child) the caller. Hidden fields and empty
//   values are left out. The risk level comes from the screening answers (core decides). The
//   case link is left as ContactSave's default (NewCase): the caller sets it.
// - validate(): every problem, keyed by FORM FIELD ID: required fields, types, options, ranges,
//   an unfinished screening, plus Contact::validate() and Person::validate() mapped back through
//   the binds. Problems about things the form has no field for keep their record field name
//   ("started_at", "counsellor", "case", ...).
// - problemsForForm(): the same mapping for the Problems ContactRepository::save() returns.
class IntakeMapping {
public:
    explicit IntakeMapping(FormDefinition definition = FormDefinition::builtIn());

    const FormDefinition &definition() const { return m_definition; }

    ContactSave toContactSave(const QJsonObject &values, const IntakeContext &context) const;
    // The values a form shows for a saved contact and its people (the inverse of
    // toContactSave() for every bound field).
    QJsonObject toValues(const Contact &contact, const std::optional<Person> &child,
                         const std::optional<Person> &caller) const;

    Problems validate(const QJsonObject &values, const IntakeContext &context,
                      const QDateTime &now) const;
    Problems problemsForForm(const Problems &recordProblems) const;
    // The form field for a record field name ("summary", "child.age", "caller.relationship",
    // "risk_level"); empty when the form has none.
    QString fieldForRecordField(const QString &recordField) const;

    // "+994 50 123 45 67" for Azerbaijani numbers typed as 050 123 45 67, 994501234567,
    // 00994 50 ..., +994501234567; anything else trimmed, as given.
    static QString normalisePhone(const QString &phone);
    // The risk level code ("none" .. "acute") the answers give; empty while incomplete or when
    // nothing is answered.
    // The follow-up day planned on a form (data.followUpNeeded and data.followUpDate); invalid
    // when none is planned.
    static QDate followUpDate(const QJsonObject &data);
    static QString riskLevelFor(const QJsonObject &screening);
    // Whether any question is answered (an object naming only the instrument is not started).
    static bool screeningStarted(const QJsonObject &screening);

private:
    FormDefinition m_definition;
};

} // namespace helpline
