#pragma once

#include "ui/form/formfieldeditor.h"

class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeView;

namespace helpline {

class TaxonomyModel;

// The category picker (type "taxonomy"): a filter line, a tree of categories and their
// subcategories with check boxes, and the chosen ones as a list of chips. Keyboard only: type to
// filter, Down into the tree, Space (or Enter) toggles, Up from the top row back to the filter;
// Enter in the filter toggles the only match; Delete removes the current chip.
class TaxonomyPicker : public FormFieldEditor {
    Q_OBJECT
public:
    TaxonomyPicker(const FormField &field, const QString &language, QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QWidget *focusTarget() override;
    void setAccessibleLabel(const QString &label) override;

    TaxonomyModel *model() const { return m_model; }
    QLineEdit *filterEdit() const { return m_filter; }
    QTreeView *tree() const { return m_tree; }
    QListWidget *chosenList() const { return m_chosen; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyFilter(const QString &text);
    void toggle(const QModelIndex &index);
    void removeCurrentChip();
    void refreshChips();
    void retranslate();

    TaxonomyModel *m_model;
    QLineEdit *m_filter;
    QTreeView *m_tree;
    QListWidget *m_chosen;
    QPushButton *m_remove;
    QString m_label;
    bool m_setting = false;
};

} // namespace helpline
