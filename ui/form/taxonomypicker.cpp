#include "ui/form/taxonomypicker.h"

#include "ui/form/taxonomymodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace helpline {

TaxonomyPicker::TaxonomyPicker(const FormField &field, const QString &language, QWidget *parent)
    : FormFieldEditor(parent)
    , m_model(new TaxonomyModel(Taxonomy::builtIn(), this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_chosen(new QListWidget(this))
    , m_remove(new QPushButton(this))
{
    m_model->setLanguage(language);
    m_filter->setObjectName(field.id + QStringLiteral("Filter"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setObjectName(field.id + QStringLiteral("Tree"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setMinimumHeight(m_tree->fontMetrics().lineSpacing() * 12);
    m_chosen->setObjectName(field.id + QStringLiteral("Chosen"));
    // Chips: the chosen items flow left to right and wrap.
    m_chosen->setFlow(QListView::LeftToRight);
    m_chosen->setWrapping(true);
    m_chosen->setResizeMode(QListView::Adjust);
    m_chosen->setSpacing(4);
    m_chosen->setFixedHeight(int(m_chosen->fontMetrics().lineSpacing() * 3.6));
    m_remove->setObjectName(field.id + QStringLiteral("RemoveButton"));
    m_remove->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);
    auto *chips = new QHBoxLayout;
    chips->addWidget(m_chosen, 1);
    chips->addWidget(m_remove, 0, Qt::AlignTop);
    layout->addLayout(chips);
    setFocusProxy(m_filter);

    m_filter->installEventFilter(this);
    m_tree->installEventFilter(this);
    m_chosen->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &TaxonomyPicker::applyFilter);
    connect(m_model, &TaxonomyModel::checkedCodesChanged, this, [this] {
        refreshChips();
        if (!m_setting)
            emit changed();
    });
    connect(m_tree, &QTreeView::doubleClicked, this, &TaxonomyPicker::toggle);
    connect(m_chosen, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
    connect(m_chosen, &QListWidget::itemDoubleClicked, this, &TaxonomyPicker::removeCurrentChip);
    connect(m_remove, &QPushButton::clicked, this, &TaxonomyPicker::removeCurrentChip);
    retranslate();
    refreshChips();
}

QJsonValue TaxonomyPicker::value() const
{
    const QStringList codes = m_model->checkedCodes();
    return codes.isEmpty() ? QJsonValue() : QJsonValue(QJsonArray::fromStringList(codes));
}

void TaxonomyPicker::setValue(const QJsonValue &value)
{
    QStringList codes;
    for (const QJsonValue &item : value.toArray())
        codes << item.toString();
    m_setting = true;
    m_model->setCheckedCodes(codes);
    m_setting = false;
    refreshChips();
}

QWidget *TaxonomyPicker::focusTarget()
{
    return m_filter;
}

void TaxonomyPicker::setAccessibleLabel(const QString &label)
{
    m_label = label;
    setAccessibleName(label);
    retranslate();
}

void TaxonomyPicker::applyFilter(const QString &text)
{
    m_model->setFilter(text);
    if (text.trimmed().isEmpty())
        m_tree->collapseAll();
    else
        m_tree->expandAll();
}

void TaxonomyPicker::toggle(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    if (index.data(TaxonomyModel::IsCategoryRole).toBool()) {
        m_tree->setExpanded(index, !m_tree->isExpanded(index));
        return;
    }
    const QString code = index.data(TaxonomyModel::CodeRole).toString();
    m_model->setChecked(code, !m_model->isChecked(code));
}

void TaxonomyPicker::removeCurrentChip()
{
    QListWidgetItem *item = m_chosen->currentItem();
    if (!item)
        return;
    const int row = m_chosen->currentRow();
    m_model->setChecked(item->data(Qt::UserRole).toString(), false);
    if (m_chosen->count() > 0)
        m_chosen->setCurrentRow(qMin(row, m_chosen->count() - 1));
    else
        m_filter->setFocus(Qt::OtherFocusReason);
}

void TaxonomyPicker::refreshChips()
{
    const QString current = m_chosen->currentItem()
                                ? m_chosen->currentItem()->data(Qt::UserRole).toString()
                                : QString();
    m_chosen->clear();
    for (const QString &code : m_model->checkedCodes()) {
        auto *item = new QListWidgetItem(m_model->displayPath(code), m_chosen);
        item->setData(Qt::UserRole, code);
        item->setToolTip(tr("Press Delete to remove"));
        if (code == current)
            m_chosen->setCurrentItem(item);
    }
    m_chosen->setVisible(m_chosen->count() > 0);
    m_remove->setVisible(m_chosen->count() > 0);
    m_remove->setEnabled(m_chosen->currentItem() != nullptr);
}

bool TaxonomyPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return FormFieldEditor::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_filter) {
        if (key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            const QModelIndex target = m_filter->text().trimmed().isEmpty()
                                           ? m_model->index(0, 0)
                                           : m_model->firstSubcategory();
            m_tree->setCurrentIndex(target);
            m_tree->setFocus(Qt::OtherFocusReason);
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            m_model->visibleSubcategoryCount() == 1) {
            toggle(m_model->firstSubcategory());
            return true;
        }
    } else if (watched == m_tree) {
        const QModelIndex current = m_tree->currentIndex();
        if (key->key() == Qt::Key_Up && current.isValid() && !current.parent().isValid() &&
            current.row() == 0) {
            m_filter->setFocus(Qt::OtherFocusReason);
            return true;
        }
        if (key->key() == Qt::Key_Space || key->key() == Qt::Key_Return ||
            key->key() == Qt::Key_Enter) {
            toggle(current);
            return true;
        }
    } else if (watched == m_chosen) {
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            removeCurrentChip();
            return true;
        }
    }
    return FormFieldEditor::eventFilter(watched, event);
}

void TaxonomyPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    FormFieldEditor::changeEvent(event);
}

void TaxonomyPicker::retranslate()
{
    m_filter->setPlaceholderText(tr("Type to filter, for example \"bully\""));
    m_filter->setAccessibleName(m_label.isEmpty() ? tr("Filter categories")
                                                  : tr("%1: filter").arg(m_label));
    m_tree->setAccessibleName(m_label.isEmpty() ? tr("Categories") : m_label);
    m_tree->setAccessibleDescription(tr("Space chooses or removes a category"));
    m_chosen->setAccessibleName(m_label.isEmpty() ? tr("Chosen categories")
                                                  : tr("%1: chosen").arg(m_label));
    m_chosen->setAccessibleDescription(tr("Delete removes the current one"));
    m_remove->setText(tr("Remove"));
    m_remove->setAccessibleName(tr("Remove the chosen category"));
    for (int i = 0; i < m_chosen->count(); ++i)
        m_chosen->item(i)->setToolTip(tr("Press Delete to remove"));
}

} // namespace helpline
