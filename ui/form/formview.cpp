#include "ui/form/formview.h"

#include "ui/common/riskstyle.h"
#include "ui/form/datefieldeditor.h"
#include "ui/form/multilinefieldeditor.h"
#include "ui/form/multiplechoiceeditor.h"
#include "ui/form/numberfieldeditor.h"
#include "ui/form/regionpicker.h"
#include "ui/form/screeningplaceholdereditor.h"
#include "ui/form/singlechoiceeditor.h"
#include "ui/form/taxonomypicker.h"
#include "ui/form/textfieldeditor.h"
#include "ui/form/yesnoeditor.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace helpline {

Q_LOGGING_CATEGORY(lcFormView, "helpline.ui.form")

namespace {

bool holdsValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return false;
    case QJsonValue::String:
        return !value.toString().isEmpty();
    case QJsonValue::Array:
        return !value.toArray().isEmpty();
    case QJsonValue::Object:
        return !value.toObject().isEmpty();
    default:
        return true;
    }
}

} // namespace

FormView::FormView(QWidget *parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea(this))
{
    m_scroll->setObjectName(QStringLiteral("formScrollArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
}

void FormView::setEditorFactory(FieldType type, EditorFactory factory)
{
    m_factories.insert(int(type), std::move(factory));
    if (m_definition.isEmpty())
        return;
    const QJsonObject kept = values();
    const Problems problems = m_problems;
    build();
    setValues(kept);
    if (!problems.isEmpty())
        applyProblems(problems, false);
}

void FormView::setDefinition(const FormDefinition &definition, const QString &language)
{
    m_definition = definition;
    m_language = language;
    m_problems.clear();
    build();
    qCInfo(lcFormView) << "form" << definition.id() << definition.version() << "shown";
    m_updating = true;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        it->editor->setValue(m_definition.field(it.key())->defaultValue);
    m_updating = false;
    updateVisibility();
}

void FormView::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (m_definition.isEmpty())
        return;
    QWidget *focused = QApplication::focusWidget();
    QString focusedField;
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it)
        if (focused && it->editor->isAncestorOf(focused))
            focusedField = it.key();
    const QJsonObject kept = values();
    const Problems problems = m_problems;
    build();
    setValues(kept);
    if (!problems.isEmpty())
        applyProblems(problems, false);
    if (FormFieldEditor *e = editor(focusedField))
        e->focusTarget()->setFocus(Qt::OtherFocusReason);
}

FormFieldEditor *FormView::createEditor(const FormField &field, QWidget *parent)
{
    if (const auto factory = m_factories.constFind(int(field.type));
        factory != m_factories.constEnd() && *factory) {
        if (FormFieldEditor *editor = (*factory)(field, parent))
            return editor;
    }
    switch (field.type) {
    case FieldType::Text:
        return new TextFieldEditor(field, parent);
    case FieldType::MultiLineText:
        return new MultiLineFieldEditor(field, parent);
    case FieldType::Number:
        return new NumberFieldEditor(field, parent);
    case FieldType::Date:
        return new DateFieldEditor(field, parent);
    case FieldType::SingleChoice:
        return new SingleChoiceEditor(field, m_language, parent);
    case FieldType::MultipleChoice:
        return new MultipleChoiceEditor(field, m_language, parent);
    case FieldType::Taxonomy:
        return new TaxonomyPicker(field, m_language, parent);
    case FieldType::Region:
        return new RegionPicker(field, m_language, parent);
    case FieldType::YesNo:
        return new YesNoEditor(field, parent);
    case FieldType::Screening:
        return new ScreeningPlaceholderEditor(field, parent);
    }
    return new TextFieldEditor(field, parent);
}

void FormView::build()
{
    for (const FieldWidgets &w : std::as_const(m_fields))
        disconnect(w.editor, nullptr, this, nullptr);
    m_sections.clear();
    m_fields.clear();
    // The old widgets may be on the call stack (a change signal): they go later, hidden.
    if (QWidget *old = m_scroll->takeWidget()) {
        old->hide();
        old->deleteLater();
    }
    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("formContent"));
    auto *outer = new QHBoxLayout(m_content);
    outer->setContentsMargins(24, 16, 24, 24);
    auto *column = new QWidget(m_content);
    column->setMaximumWidth(column->fontMetrics().averageCharWidth() * 104);
    outer->addWidget(column, 1);
    outer->addStretch(0);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(28);

    m_problemBanner = new QLabel(column);
    m_problemBanner->setObjectName(QStringLiteral("formProblems"));
    m_problemBanner->setWordWrap(true);
    m_problemBanner->setTextFormat(Qt::PlainText);
    m_problemBanner->setStyleSheet(
        riskBadgeStyleSheet(riskStyle(QStringLiteral("high"), palette())));
    m_problemBanner->hide();
    layout->addWidget(m_problemBanner);
    m_legend = new QLabel(column);
    m_legend->setObjectName(QStringLiteral("requiredLegend"));
    m_legend->setWordWrap(true);
    layout->addWidget(m_legend);

    const QString problemStyle = riskBadgeStyleSheet(riskStyle(QStringLiteral("high"), palette()));
    for (const FormSection &section : m_definition.sections()) {
        auto *sectionWidget = new QWidget(column);
        sectionWidget->setObjectName(section.id + QStringLiteral("Section"));
        auto *sectionLayout = new QVBoxLayout(sectionWidget);
        sectionLayout->setContentsMargins(0, 0, 0, 0);
        sectionLayout->setSpacing(14);
        auto *heading =
            new QLabel(FormDefinition::localized(section.labels, m_language), sectionWidget);
        heading->setObjectName(section.id + QStringLiteral("Heading"));
        QFont headingFont = heading->font();
        headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
        headingFont.setBold(true);
        heading->setFont(headingFont);
        heading->setWordWrap(true);
        heading->setAccessibleName(heading->text());
        sectionLayout->addWidget(heading);
        if (!section.help.isEmpty()) {
            auto *help =
                new QLabel(FormDefinition::localized(section.help, m_language), sectionWidget);
            help->setObjectName(section.id + QStringLiteral("SectionHelp"));
            help->setWordWrap(true);
            sectionLayout->addWidget(help);
        }
        for (const FormField &field : section.fields) {
            FieldWidgets w;
            w.row = new QWidget(sectionWidget);
            w.row->setObjectName(field.id + QStringLiteral("Row"));
            auto *rowLayout = new QVBoxLayout(w.row);
            rowLayout->setContentsMargins(0, 0, 0, 0);
            rowLayout->setSpacing(4);
            const QString labelText = FormDefinition::localized(field.labels, m_language);
            w.label = new QLabel(w.row);
            w.label->setObjectName(field.id + QStringLiteral("Label"));
            w.label->setWordWrap(true);
            w.label->setTextFormat(Qt::PlainText);
            w.label->setProperty("plainLabel", labelText);
            QFont labelFont = w.label->font();
            labelFont.setBold(true);
            w.label->setFont(labelFont);
            rowLayout->addWidget(w.label);

            w.editor = createEditor(field, w.row);
            w.editor->setObjectName(field.id + QStringLiteral("Editor"));
            rowLayout->addWidget(w.editor);
            w.editor->setAccessibleLabel(labelText);
            if (w.editor->accessibleName().isEmpty())
                w.editor->setAccessibleName(labelText);
            if (QWidget *target = w.editor->focusTarget()) {
                w.label->setBuddy(target);
                if (target->accessibleName().isEmpty())
                    target->setAccessibleName(labelText);
            }

            if (!field.help.isEmpty()) {
                w.help = new QLabel(FormDefinition::localized(field.help, m_language), w.row);
                w.help->setObjectName(field.id + QStringLiteral("Help"));
                w.help->setWordWrap(true);
                w.help->setTextFormat(Qt::PlainText);
                w.help->setForegroundRole(QPalette::PlaceholderText);
                rowLayout->addWidget(w.help);
            }
            w.problem = new QLabel(w.row);
            w.problem->setObjectName(field.id + QStringLiteral("Problem"));
            w.problem->setWordWrap(true);
            w.problem->setTextFormat(Qt::PlainText);
            w.problem->setStyleSheet(problemStyle);
            w.problem->hide();
            rowLayout->addWidget(w.problem);

            sectionLayout->addWidget(w.row);
            const QString id = field.id;
            connect(w.editor, &FormFieldEditor::changed, this, [this, id] { editorChanged(id); });
            m_fields.insert(field.id, w);
        }
        layout->addWidget(sectionWidget);
        m_sections.insert(section.id, sectionWidget);
    }
    layout->addStretch(1);
    m_scroll->setWidget(m_content);
    retranslate();
}

void FormView::editorChanged(const QString &fieldId)
{
    if (m_updating)
        return;
    // The counsellor is dealing with it: the message goes.
    const auto it = m_fields.constFind(fieldId);
    if (it != m_fields.constEnd() && it->problem->isVisible()) {
        it->problem->hide();
        describe(fieldId, {});
        m_problems.erase(std::remove_if(m_problems.begin(), m_problems.end(),
                                        [&](const FieldProblem &p) { return p.field == fieldId; }),
                         m_problems.end());
    }
    updateVisibility();
    emit valuesChanged();
}

void FormView::updateVisibility()
{
    const QJsonObject current = values();
    for (auto it = m_sections.constBegin(); it != m_sections.constEnd(); ++it)
        it.value()->setVisible(m_definition.isVisible(it.key(), current));
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it)
        it->row->setVisible(m_definition.isVisible(it.key(), current));
}

QJsonObject FormView::values() const
{
    QJsonObject result;
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it) {
        const QJsonValue value = it->editor->value();
        if (holdsValue(value))
            result.insert(it.key(), value);
    }
    return result;
}

void FormView::setValues(const QJsonObject &values)
{
    m_updating = true;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        it->editor->setValue(values.value(it.key()));
    m_updating = false;
    updateVisibility();
    emit valuesChanged();
}

void FormView::clear()
{
    clearProblems();
    setValues(m_definition.defaults());
}

FormFieldEditor *FormView::editor(const QString &fieldId) const
{
    const auto it = m_fields.constFind(fieldId);
    return it == m_fields.constEnd() ? nullptr : it->editor;
}

QStringList FormView::visibleFieldIds() const
{
    const QJsonObject current = values();
    QStringList ids;
    for (const QString &id : m_definition.fieldIds())
        if (m_definition.isVisible(id, current))
            ids << id;
    return ids;
}

void FormView::focusFirstField()
{
    const QStringList ids = visibleFieldIds();
    if (!ids.isEmpty())
        if (QWidget *target = editor(ids.first())->focusTarget())
            target->setFocus(Qt::OtherFocusReason);
}

void FormView::describe(const QString &fieldId, const QString &problem)
{
    const auto it = m_fields.constFind(fieldId);
    if (it == m_fields.constEnd())
        return;
    QWidget *target = it->editor->focusTarget();
    if (!target)
        return;
    const FormField *field = m_definition.field(fieldId);
    QStringList parts;
    if (!problem.isEmpty())
        parts << tr("Problem: %1").arg(problem);
    if (field && field->required)
        parts << tr("Required.");
    if (field && !field->help.isEmpty())
        parts << FormDefinition::localized(field->help, m_language);
    target->setAccessibleDescription(parts.join(u' '));
}

void FormView::showProblems(const Problems &problems)
{
    applyProblems(problems, true);
}

void FormView::applyProblems(Problems problems, bool moveFocus)
{
    clearProblems();
    m_problems = problems;
    const QJsonObject current = values();
    QHash<QString, QStringList> byField;
    QStringList general;
    for (const FieldProblem &problem : problems) {
        if (m_fields.contains(problem.field) && m_definition.isVisible(problem.field, current)) {
            byField[problem.field] << problem.message;
            continue;
        }
        const QString label = m_definition.label(problem.field, m_language);
        general << (label.isEmpty() ? problem.message
                                    : tr("%1: %2", "a field's label, then its problem")
                                          .arg(label, problem.message));
    }
    for (auto it = byField.constBegin(); it != byField.constEnd(); ++it) {
        const FieldWidgets &w = m_fields[it.key()];
        const QString message = it.value().join(u'\n');
        w.problem->setText(QStringLiteral("⚠ ") + message);
        w.problem->setAccessibleName(tr("Problem: %1").arg(message));
        w.problem->show();
        describe(it.key(), message);
    }
    if (!general.isEmpty()) {
        m_problemBanner->setText(QStringLiteral("⚠ ") + general.join(u'\n'));
        m_problemBanner->setAccessibleName(tr("Problems: %1").arg(general.join(u' ')));
        m_problemBanner->show();
    }
    if (!moveFocus)
        return;
    for (const QString &id : m_definition.fieldIds()) {
        if (!byField.contains(id))
            continue;
        const FieldWidgets &w = m_fields[id];
        if (QWidget *target = w.editor->focusTarget())
            target->setFocus(Qt::OtherFocusReason);
        m_scroll->ensureWidgetVisible(w.row, 0, 24);
        return;
    }
    if (!general.isEmpty())
        m_scroll->ensureWidgetVisible(m_problemBanner);
}

void FormView::clearProblems()
{
    m_problems.clear();
    if (m_problemBanner)
        m_problemBanner->hide();
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it) {
        if (!it->problem->isHidden()) {
            it->problem->hide();
            it->problem->clear();
        }
        describe(it.key(), {});
    }
}

void FormView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange && m_content) {
        const QString style = riskBadgeStyleSheet(riskStyle(QStringLiteral("high"), palette()));
        m_problemBanner->setStyleSheet(style);
        for (const FieldWidgets &w : std::as_const(m_fields))
            w.problem->setStyleSheet(style);
    }
    QWidget::changeEvent(event);
}

void FormView::retranslate()
{
    if (!m_legend)
        return;
    m_legend->setText(tr("Fields marked * are required."));
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it) {
        const FormField *field = m_definition.field(it.key());
        const QString label = it->label->property("plainLabel").toString();
        it->label->setText(
            field && field->required ? tr("%1 *", "a required field's label").arg(label) : label);
    }
    if (!m_problems.isEmpty())
        applyProblems(m_problems, false);
    else
        for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it)
            describe(it.key(), {});
}

} // namespace helpline
