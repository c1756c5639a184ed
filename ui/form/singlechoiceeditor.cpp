#include "ui/form/singlechoiceeditor.h"

#include <QComboBox>
#include <QEvent>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace helpline {

SingleChoiceEditor::SingleChoiceEditor(const FormField &field, const QString &language,
                                       QWidget *parent)
    : FormFieldEditor(parent)
    , m_field(field)
    , m_language(language)
    , m_combo(new QComboBox(this))
{
    m_combo->setObjectName(field.id + QStringLiteral("Combo"));
    m_combo->addItem(QString(), QString());
    for (const QString &code : field.optionCodes())
        m_combo->addItem(QString(), code);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMaxVisibleItems(15);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo, 0, Qt::AlignLeft);
    setFocusProxy(m_combo);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &FormFieldEditor::changed);
    retranslate();
}

QJsonValue SingleChoiceEditor::value() const
{
    const QString code = m_combo->currentData().toString();
    return code.isEmpty() ? QJsonValue() : QJsonValue(code);
}

void SingleChoiceEditor::setValue(const QJsonValue &value)
{
    const QSignalBlocker blocker(m_combo);
    const QString code = value.toString();
    int index = code.isEmpty() ? 0 : m_combo->findData(code);
    if (index < 0) {
        // A code the definition no longer offers (an old draft): shown as it is, kept exactly.
        m_combo->addItem(code, code);
        index = m_combo->count() - 1;
    }
    m_combo->setCurrentIndex(index);
}

QWidget *SingleChoiceEditor::focusTarget()
{
    return m_combo;
}

void SingleChoiceEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    FormFieldEditor::changeEvent(event);
}

void SingleChoiceEditor::retranslate()
{
    m_combo->setItemText(0, tr("(not chosen)"));
    for (int i = 1; i < m_combo->count(); ++i)
        m_combo->setItemText(
            i, FormDefinition::optionLabelOf(m_field, m_combo->itemData(i).toString(), m_language));
}

} // namespace helpline
