#pragma once

#include "ui/form/formfieldeditor.h"

class QButtonGroup;
class QRadioButton;
class QToolButton;

namespace helpline {

// A yes/no question (type "yesNo"): two radio buttons, Yes and No, neither chosen while
// unanswered. A field that is not required can be cleared again ("Clear answer"), so it has
// three states: yes, no, not answered.
class YesNoEditor : public FormFieldEditor {
    Q_OBJECT
public:
    explicit YesNoEditor(const FormField &field, QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QWidget *focusTarget() override;
    void setAccessibleLabel(const QString &label) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateClear();

    QRadioButton *m_yes;
    QRadioButton *m_no;
    QButtonGroup *m_group;
    QToolButton *m_clear = nullptr;
};

} // namespace helpline
