#pragma once

#include "ui/form/formfieldeditor.h"

class QLineEdit;

namespace helpline {

// A one-line text field (type "text"): a QLineEdit, limited to the field's maxLength.
class TextFieldEditor : public FormFieldEditor {
    Q_OBJECT
public:
    explicit TextFieldEditor(const FormField &field, QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QWidget *focusTarget() override;

private:
    QLineEdit *m_edit;
};

} // namespace helpline
