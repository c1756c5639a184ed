#include "ui/form/multiplechoiceeditor.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QJsonArray>
#include <QSignalBlocker>

namespace helpline {

MultipleChoiceEditor::MultipleChoiceEditor(const FormField &field, const QString &language,
                                           QWidget *parent)
    : FormFieldEditor(parent)
    , m_field(field)
    , m_language(language)
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(24);
    const QStringList codes = field.optionCodes();
    // Two columns when the options are short; long ones get a column of their own, never cut.
    qsizetype longest = 0;
    for (const QString &code : codes)
        longest = qMax(longest, FormDefinition::optionLabelOf(field, code, language).size());
    const int columns = longest > 36 ? 1 : 2;
    for (qsizetype i = 0; i < codes.size(); ++i) {
        auto *box = new QCheckBox(this);
        box->setObjectName(field.id + QStringLiteral("Option_") + codes.at(i));
        box->setProperty("code", codes.at(i));
        layout->addWidget(box, int(i / columns), int(i % columns));
        m_boxes << box;
        connect(box, &QCheckBox::toggled, this, [this, code = codes.at(i)](bool on) {
            m_chosen.removeAll(code);
            if (on)
                m_chosen << code;
            emit changed();
        });
    }
    layout->setColumnStretch(columns, 1);
    if (!m_boxes.isEmpty())
        setFocusProxy(m_boxes.first());
    retranslate();
}

QJsonValue MultipleChoiceEditor::value() const
{
    return m_chosen.isEmpty() ? QJsonValue() : QJsonValue(QJsonArray::fromStringList(m_chosen));
}

void MultipleChoiceEditor::setValue(const QJsonValue &value)
{
    m_chosen.clear();
    for (const QJsonValue &item : value.toArray())
        m_chosen << item.toString(); // unknown codes are kept, so a draft restores exactly
    for (QCheckBox *box : m_boxes) {
        const QSignalBlocker blocker(box);
        box->setChecked(m_chosen.contains(box->property("code").toString()));
    }
}

QWidget *MultipleChoiceEditor::focusTarget()
{
    return m_boxes.isEmpty() ? static_cast<QWidget *>(this) : m_boxes.first();
}

void MultipleChoiceEditor::setAccessibleLabel(const QString &label)
{
    setAccessibleName(label);
    for (QCheckBox *box : m_boxes)
        box->setAccessibleDescription(label);
}

QCheckBox *MultipleChoiceEditor::checkBox(const QString &code) const
{
    for (QCheckBox *box : m_boxes)
        if (box->property("code").toString() == code)
            return box;
    return nullptr;
}

void MultipleChoiceEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    FormFieldEditor::changeEvent(event);
}

void MultipleChoiceEditor::retranslate()
{
    for (QCheckBox *box : m_boxes) {
        const QString text =
            FormDefinition::optionLabelOf(m_field, box->property("code").toString(), m_language);
        box->setText(text);
        box->setAccessibleName(text);
    }
}

} // namespace helpline
