#include "ui/form/screeningplaceholdereditor.h"

#include <QEvent>
#include <QLineEdit>
#include <QVBoxLayout>

namespace helpline {

ScreeningPlaceholderEditor::ScreeningPlaceholderEditor(const FormField &field, QWidget *parent)
    : FormFieldEditor(parent)
    , m_line(new QLineEdit(this))
{
    m_line->setObjectName(field.id + QStringLiteral("Placeholder"));
    m_line->setReadOnly(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_line);
    setFocusProxy(m_line);
    retranslate();
}

QJsonValue ScreeningPlaceholderEditor::value() const
{
    return m_value.isEmpty() ? QJsonValue() : QJsonValue(m_value);
}

void ScreeningPlaceholderEditor::setValue(const QJsonValue &value)
{
    m_value = value.toObject();
    retranslate();
}

QWidget *ScreeningPlaceholderEditor::focusTarget()
{
    return m_line;
}

void ScreeningPlaceholderEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    FormFieldEditor::changeEvent(event);
}

void ScreeningPlaceholderEditor::retranslate()
{
    const int answers =
        int(m_value.size()) - (m_value.contains(QStringLiteral("instrument")) ? 1 : 0);
    m_line->setText(
        answers > 0
            ? tr("The screening panel is not available here; answers kept: %1.").arg(answers)
            : tr("The screening panel is not available here."));
}

} // namespace helpline
