#pragma once

#include "ui/form/formfieldeditor.h"

class QLineEdit;

namespace helpline {

// A whole number (type "number"): a line edit that accepts digits (and a minus sign when the
// field allows negative numbers) and may stay empty, unlike a spin box.
class NumberFieldEditor : public FormFieldEditor {
    Q_OBJECT
public:
    explicit NumberFieldEditor(const FormField &field, QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QWidget *focusTarget() override;

private:
    QLineEdit *m_edit;
};

} // namespace helpline
