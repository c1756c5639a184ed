#pragma once

#include "ui/form/formfieldeditor.h"

class QComboBox;
class QLineEdit;
class QListView;

namespace helpline {

class RegionModel;
class RegionSearchModel;

// Where a person lives (type "region"): a search line that finds places by any name or alias
// (Regions::search: "Sheki", "Шеки" → Şəki) and sets both levels at once, then the economic
// region combo and the rayon/city combo. Keyboard: type, Down into the results (or Enter for the
// first), Enter picks, Escape clears the search. value() is a unit code, an economic region code
// (when the rayon or city is not known) or empty.
class RegionPicker : public FormFieldEditor {
    Q_OBJECT
public:
    RegionPicker(const FormField &field, const QString &language, QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QWidget *focusTarget() override;
    void setAccessibleLabel(const QString &label) override;

    QLineEdit *searchEdit() const { return m_search; }
    QListView *resultsView() const { return m_results; }
    QComboBox *regionCombo() const { return m_regionCombo; }
    QComboBox *unitCombo() const { return m_unitCombo; }
    RegionModel *model() const { return m_model; }
    RegionSearchModel *searchModel() const { return m_searchModel; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void search(const QString &text);
    void pick(int resultRow);
    void showPosition(int top, int child);
    void regionChosen(int row);
    void unitChosen(int row);
    void retranslate();

    RegionModel *m_model;
    RegionSearchModel *m_searchModel;
    QLineEdit *m_search;
    QListView *m_results;
    QComboBox *m_regionCombo;
    QComboBox *m_unitCombo;
    QString m_value;
    QString m_label;
};

} // namespace helpline
