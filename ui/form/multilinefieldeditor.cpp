#include "ui/form/multilinefieldeditor.h"

#include <QFontMetrics>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace helpline {

MultiLineFieldEditor::MultiLineFieldEditor(const FormField &field, QWidget *parent)
    : FormFieldEditor(parent)
    , m_edit(new QPlainTextEdit(this))
{
    m_edit->setObjectName(field.id + QStringLiteral("Input"));
    m_edit->setTabChangesFocus(true);
    m_edit->setMinimumHeight(m_edit->fontMetrics().lineSpacing() * 6);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &FormFieldEditor::changed);
}

QJsonValue MultiLineFieldEditor::value() const
{
    const QString text = m_edit->toPlainText();
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

void MultiLineFieldEditor::setValue(const QJsonValue &value)
{
    const QSignalBlocker blocker(m_edit);
    m_edit->setPlainText(value.toString());
}

QWidget *MultiLineFieldEditor::focusTarget()
{
    return m_edit;
}

} // namespace helpline
