#pragma once

#include "ui/form/formfieldeditor.h"

#include <QJsonObject>

class QLineEdit;

namespace helpline {

// What a screening field shows when no screening panel is registered
// (FormView::setEditorFactory(FieldType::Screening, ...)): a read-only line that says so and how
// many answers the value holds. It keeps the value exactly, so drafts still restore.
class ScreeningPlaceholderEditor : public FormFieldEditor {
    Q_OBJECT
public:
    explicit ScreeningPlaceholderEditor(const FormField &field, QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QWidget *focusTarget() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLineEdit *m_line;
    QJsonObject m_value;
};

} // namespace helpline
