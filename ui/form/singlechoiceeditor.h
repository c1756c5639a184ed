#pragma once

#include "ui/form/formfieldeditor.h"

class QComboBox;

namespace helpline {

// One option of a list (type "singleChoice"): a combo box whose first entry means "not chosen".
// Typing the start of an option selects it.
class SingleChoiceEditor : public FormFieldEditor {
    Q_OBJECT
public:
    SingleChoiceEditor(const FormField &field, const QString &language, QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QWidget *focusTarget() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    FormField m_field;
    QString m_language;
    QComboBox *m_combo;
};

} // namespace helpline
