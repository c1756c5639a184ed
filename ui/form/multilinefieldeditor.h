#pragma once

#include "ui/form/formfieldeditor.h"

class QPlainTextEdit;

namespace helpline {

// A multi-line text field (type "multiline"): a QPlainTextEdit where Tab moves on to the next
// field (a counsellor never needs a tab character in a summary).
class MultiLineFieldEditor : public FormFieldEditor {
    Q_OBJECT
public:
    explicit MultiLineFieldEditor(const FormField &field, QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QWidget *focusTarget() override;

private:
    QPlainTextEdit *m_edit;
};

} // namespace helpline
