#include "ui/form/textfieldeditor.h"

#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace helpline {

TextFieldEditor::TextFieldEditor(const FormField &field, QWidget *parent)
    : FormFieldEditor(parent)
    , m_edit(new QLineEdit(this))
{
    m_edit->setObjectName(field.id + QStringLiteral("Input"));
    if (field.maxLength > 0)
        m_edit->setMaxLength(field.maxLength);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &FormFieldEditor::changed);
}

QJsonValue TextFieldEditor::value() const
{
    const QString text = m_edit->text();
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

void TextFieldEditor::setValue(const QJsonValue &value)
{
    const QSignalBlocker blocker(m_edit);
    m_edit->setText(value.toString());
}

QWidget *TextFieldEditor::focusTarget()
{
    return m_edit;
}

} // namespace helpline
