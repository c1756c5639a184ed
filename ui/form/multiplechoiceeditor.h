#pragma once

#include "ui/form/formfieldeditor.h"

#include <QStringList>

class QCheckBox;

namespace helpline {

// Several options (type "multipleChoice"): one check box per option, in two columns when the
// labels are short (one otherwise), in reading
// order (which is also the tab order). value() lists the chosen codes in the order they were
// chosen, so setValue(value()) restores the same array.
class MultipleChoiceEditor : public FormFieldEditor {
    Q_OBJECT
public:
    MultipleChoiceEditor(const FormField &field, const QString &language,
                         QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QWidget *focusTarget() override;
    void setAccessibleLabel(const QString &label) override;

    QCheckBox *checkBox(const QString &code) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    FormField m_field;
    QString m_language;
    QList<QCheckBox *> m_boxes;
    QStringList m_chosen;
};

} // namespace helpline
