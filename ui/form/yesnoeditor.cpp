#include "ui/form/yesnoeditor.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QToolButton>

namespace helpline {

YesNoEditor::YesNoEditor(const FormField &field, QWidget *parent)
    : FormFieldEditor(parent)
    , m_yes(new QRadioButton(this))
    , m_no(new QRadioButton(this))
    , m_group(new QButtonGroup(this))
{
    m_yes->setObjectName(field.id + QStringLiteral("Yes"));
    m_no->setObjectName(field.id + QStringLiteral("No"));
    m_group->addButton(m_yes);
    m_group->addButton(m_no);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(24);
    layout->addWidget(m_yes);
    layout->addWidget(m_no);
    if (!field.required) {
        m_clear = new QToolButton(this);
        m_clear->setObjectName(field.id + QStringLiteral("Clear"));
        m_clear->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_clear->setFocusPolicy(Qt::StrongFocus);
        layout->addWidget(m_clear);
        connect(m_clear, &QToolButton::clicked, this, [this] {
            setValue(QJsonValue());
            m_yes->setFocus(Qt::OtherFocusReason);
            emit changed();
        });
    }
    layout->addStretch(1);
    setFocusProxy(m_yes);
    connect(m_group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (!on)
            return;
        updateClear();
        emit changed();
    });
    retranslate();
    updateClear();
}

QJsonValue YesNoEditor::value() const
{
    if (m_yes->isChecked())
        return true;
    if (m_no->isChecked())
        return false;
    return {};
}

void YesNoEditor::setValue(const QJsonValue &value)
{
    const QSignalBlocker blocker(m_group);
    m_group->setExclusive(false);
    m_yes->setChecked(value.isBool() && value.toBool());
    m_no->setChecked(value.isBool() && !value.toBool());
    m_group->setExclusive(true);
    updateClear();
}

QWidget *YesNoEditor::focusTarget()
{
    return m_no->isChecked() ? m_no : m_yes;
}

void YesNoEditor::setAccessibleLabel(const QString &label)
{
    setAccessibleName(label);
    m_yes->setAccessibleDescription(label);
    m_no->setAccessibleDescription(label);
    if (m_clear)
        m_clear->setAccessibleDescription(label);
}

void YesNoEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    FormFieldEditor::changeEvent(event);
}

void YesNoEditor::retranslate()
{
    m_yes->setText(tr("Yes"));
    m_no->setText(tr("No"));
    m_yes->setAccessibleName(tr("Yes"));
    m_no->setAccessibleName(tr("No"));
    if (m_clear) {
        m_clear->setText(tr("Clear answer"));
        m_clear->setAccessibleName(tr("Clear answer"));
    }
}

void YesNoEditor::updateClear()
{
    if (m_clear)
        m_clear->setEnabled(m_yes->isChecked() || m_no->isChecked());
}

} // namespace helpline
