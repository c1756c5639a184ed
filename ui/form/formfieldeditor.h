#pragma once

#include "core/forms/formdefinition.h"

#include <QJsonValue>
#include <QWidget>

#include <functional>

namespace helpline {

// One editor per field type (contract A). FormView sets the editor's objectName
// ("<fieldId>Editor"), its accessible name (the field's label) and the label's buddy
// (focusTarget()). value() uses the value formats of core/forms/formdefinition.h; an undefined
// QJsonValue means empty. setValue() must restore exactly what value() returned, and emits
// nothing.
class FormFieldEditor : public QWidget {
    Q_OBJECT
public:
    explicit FormFieldEditor(QWidget *parent = nullptr);

    virtual QJsonValue value() const = 0;
    virtual void setValue(const QJsonValue &value) = 0;
    // The widget the label's buddy points to and focus moves to for a problem.
    virtual QWidget *focusTarget() = 0;
    // Gives inner widgets accessible names built from the field's label. The default names
    // focusTarget() after the label.
    virtual void setAccessibleLabel(const QString &label);

signals:
    void changed();
};

// Makes the editor of one field (FormView::setEditorFactory; H2 registers the screening panel).
using EditorFactory = std::function<FormFieldEditor *(const FormField &, QWidget *parent)>;

} // namespace helpline
