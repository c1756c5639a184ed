#pragma once

#include "core/domain/record.h"
#include "core/forms/formdefinition.h"
#include "ui/form/formfieldeditor.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QWidget>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace helpline {

// A form rendered from a FormDefinition (contract A): sections with headings, each field's label
// above its editor, help text under it, and a problem message under that when showProblems()
// names the field. Conditional visibility (FormDefinition::isVisible) is applied live as values
// change. Object names: "<fieldId>Editor", "<fieldId>Label", "<fieldId>Problem", "<fieldId>Row",
// "<sectionId>Section", "<sectionId>Heading"; problems without a visible field go to
// "formProblems" at the top.
//
// Labels, help and inline options come from the definition in the language given to
// setDefinition() / setLanguage() (the workspace language); the view's own words and code lists
// follow the interface translation (QEvent::LanguageChange).
class FormView : public QWidget {
    Q_OBJECT
public:
    explicit FormView(QWidget *parent = nullptr);

    // The editor for every field of `type` (H2 registers the screening panel). Takes effect at
    // once when a definition is shown (values are kept).
    void setEditorFactory(FieldType type, EditorFactory factory);

    // Builds the form, with the definition's default values.
    void setDefinition(const FormDefinition &definition, const QString &language);
    const FormDefinition &definition() const { return m_definition; }
    QString language() const { return m_language; }
    // Relabels in another language; values and shown problems are kept.
    void setLanguage(const QString &language);

    // Field id -> value of every field that holds one, hidden fields included (so switching the
    // call type back and forth loses nothing; IntakeMapping ignores hidden fields).
    QJsonObject values() const;
    // Restores exactly what values() returned (drafts): absent keys become empty, no defaults
    // are applied. Emits valuesChanged() once.
    void setValues(const QJsonObject &values);
    // Back to the definition's defaults, problems cleared. Emits valuesChanged() once.
    void clear();

    // Shows each problem under its field (and in the accessible description of the field's
    // editor); problems of unknown or hidden fields go to the list at the top. Focus moves to the
    // first problem in visual order, scrolled into view.
    void showProblems(const Problems &problems);
    void clearProblems();
    Problems problems() const { return m_problems; }

    FormFieldEditor *editor(const QString &fieldId) const;
    // The fields shown now, in visual order.
    QStringList visibleFieldIds() const;
    // Moves focus to the first visible field.
    void focusFirstField();

signals:
    void valuesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct FieldWidgets {
        QWidget *row = nullptr;
        QLabel *label = nullptr;
        QLabel *help = nullptr;
        QLabel *problem = nullptr;
        FormFieldEditor *editor = nullptr;
    };

    void build();
    FormFieldEditor *createEditor(const FormField &field, QWidget *parent);
    void editorChanged(const QString &fieldId);
    void updateVisibility();
    void applyProblems(Problems problems, bool moveFocus); // by value: may be m_problems
    void describe(const QString &fieldId, const QString &problem);
    void retranslate();

    FormDefinition m_definition;
    QString m_language = QStringLiteral("en");
    QMap<int, EditorFactory> m_factories;
    QScrollArea *m_scroll;
    QWidget *m_content = nullptr;
    QLabel *m_problemBanner = nullptr;
    QLabel *m_legend = nullptr;
    QHash<QString, QWidget *> m_sections;
    QHash<QString, FieldWidgets> m_fields;
    Problems m_problems;
    bool m_updating = false;
};

} // namespace helpline
