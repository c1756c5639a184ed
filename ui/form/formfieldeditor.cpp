#include "ui/form/formfieldeditor.h"

namespace helpline {

FormFieldEditor::FormFieldEditor(QWidget *parent)
    : QWidget(parent)
{
}

void FormFieldEditor::setAccessibleLabel(const QString &label)
{
    setAccessibleName(label);
    if (QWidget *target = focusTarget(); target && target != this)
        target->setAccessibleName(label);
}

} // namespace helpline
