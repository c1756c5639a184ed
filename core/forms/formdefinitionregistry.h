#pragma once

#include "core/forms/formdefinition.h"

#include <QObject>

#include <optional>

namespace helpline {

// The form definition in use, and the last good one: a definition offered later (from the store's
// form_definitions table, an admin's file, sync) replaces it only when it parses and passes every
// check; a rejected one leaves the current definition as it was and says why.
class FormDefinitionRegistry : public QObject {
    Q_OBJECT
public:
    // Starts with FormDefinition::builtIn().
    explicit FormDefinitionRegistry(QObject *parent = nullptr);

    // Parses `json`. Accepted: it becomes current() (definitionChanged() is emitted) and is
    // returned. Rejected (malformed, or an older version of the form in use): current() stays,
    // and the error (Validation, naming the problem; JSON location in `detail`) is returned and
    // kept in lastError().
    Outcome<FormDefinition> offer(const QByteArray &json);

    const FormDefinition &current() const { return m_current; }
    // The error of the last rejected offer since the last accepted one; nullopt if none.
    std::optional<StoreError> lastError() const { return m_lastError; }

signals:
    void definitionChanged();

private:
    FormDefinition m_current;
    std::optional<StoreError> m_lastError;
};

} // namespace helpline
