#include "ui/form/numberfieldeditor.h"

#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <cmath>

namespace helpline {

NumberFieldEditor::NumberFieldEditor(const FormField &field, QWidget *parent)
    : FormFieldEditor(parent)
    , m_edit(new QLineEdit(this))
{
    m_edit->setObjectName(field.id + QStringLiteral("Input"));
    const bool negative = !field.min || *field.min < 0;
    m_edit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(negative ? QStringLiteral("-?[0-9]{0,15}")
                                    : QStringLiteral("[0-9]{0,15}")),
        m_edit));
    m_edit->setMaximumWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 16);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 0, Qt::AlignLeft);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &FormFieldEditor::changed);
}

QJsonValue NumberFieldEditor::value() const
{
    bool ok = false;
    const qint64 number = m_edit->text().toLongLong(&ok);
    return ok ? QJsonValue(number) : QJsonValue();
}

void NumberFieldEditor::setValue(const QJsonValue &value)
{
    const QSignalBlocker blocker(m_edit);
    if (value.isDouble() && std::isfinite(value.toDouble()))
        m_edit->setText(QString::number(qint64(value.toDouble())));
    else
        m_edit->clear();
}

QWidget *NumberFieldEditor::focusTarget()
{
    return m_edit;
}

} // namespace helpline
