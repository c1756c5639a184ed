#include "ui/form/regionpicker.h"

#include "ui/form/regionmodel.h"
#include "ui/form/regionsearchmodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace helpline {

RegionPicker::RegionPicker(const FormField &field, const QString &language, QWidget *parent)
    : FormFieldEditor(parent)
    , m_model(new RegionModel(Regions::builtIn(), this))
    , m_searchModel(new RegionSearchModel(Regions::builtIn(), this))
    , m_search(new QLineEdit(this))
    , m_results(new QListView(this))
    , m_regionCombo(new QComboBox(this))
    , m_unitCombo(new QComboBox(this))
{
    m_model->setLanguage(language);
    m_searchModel->setLanguage(language);
    m_search->setObjectName(field.id + QStringLiteral("Search"));
    m_search->setClearButtonEnabled(true);
    m_results->setObjectName(field.id + QStringLiteral("Results"));
    m_results->setModel(m_searchModel);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setMaximumHeight(m_results->fontMetrics().lineSpacing() * 7);
    m_results->hide();
    m_regionCombo->setObjectName(field.id + QStringLiteral("RegionCombo"));
    m_regionCombo->setModel(m_model);
    m_regionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_regionCombo->setMaxVisibleItems(17);
    m_unitCombo->setObjectName(field.id + QStringLiteral("UnitCombo"));
    m_unitCombo->setModel(m_model);
    m_unitCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_unitCombo->setMaxVisibleItems(20);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_search);
    layout->addWidget(m_results);
    auto *combos = new QHBoxLayout;
    combos->setSpacing(12);
    combos->addWidget(m_regionCombo);
    combos->addWidget(m_unitCombo);
    combos->addStretch(1);
    layout->addLayout(combos);
    setFocusProxy(m_search);

    m_search->installEventFilter(this);
    m_results->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &RegionPicker::search);
    connect(m_results, &QListView::activated, this,
            [this](const QModelIndex &index) { pick(index.row()); });
    connect(m_regionCombo, &QComboBox::activated, this, &RegionPicker::regionChosen);
    connect(m_unitCombo, &QComboBox::activated, this, &RegionPicker::unitChosen);
    showPosition(0, -1);
    retranslate();
}

QJsonValue RegionPicker::value() const
{
    return m_value.isEmpty() ? QJsonValue() : QJsonValue(m_value);
}

void RegionPicker::setValue(const QJsonValue &value)
{
    m_value = value.toString();
    const QPair<int, int> position = m_model->positionOf(m_value);
    // A code Regions does not know (an old draft) is kept exactly; the combos show nothing.
    showPosition(qMax(position.first, 0), position.first < 0 ? -1 : position.second);
}

QWidget *RegionPicker::focusTarget()
{
    return m_search;
}

void RegionPicker::setAccessibleLabel(const QString &label)
{
    m_label = label;
    setAccessibleName(label);
    retranslate();
}

void RegionPicker::showPosition(int top, int child)
{
    const QSignalBlocker regionBlocker(m_regionCombo);
    const QSignalBlocker unitBlocker(m_unitCombo);
    m_regionCombo->setCurrentIndex(top);
    const QModelIndex root = m_model->index(top, 0);
    const bool hasUnits = m_model->rowCount(root) > 0;
    m_unitCombo->setRootModelIndex(root);
    m_unitCombo->setCurrentIndex(hasUnits ? qMax(child, 0) : -1);
    m_unitCombo->setEnabled(hasUnits);
}

void RegionPicker::regionChosen(int row)
{
    const QString code = m_model->index(row, 0).data(RegionModel::CodeRole).toString();
    if (code == m_value)
        return;
    m_value = code;
    showPosition(row, 0);
    emit changed();
}

void RegionPicker::unitChosen(int row)
{
    const QModelIndex root = m_model->index(m_regionCombo->currentIndex(), 0);
    const QString code = m_model->index(row, 0, root).data(RegionModel::CodeRole).toString();
    if (code == m_value)
        return;
    m_value = code;
    emit changed();
}

void RegionPicker::search(const QString &text)
{
    m_searchModel->setQuery(text);
    const bool any = m_searchModel->rowCount() > 0;
    m_results->setVisible(any);
    if (any)
        m_results->setCurrentIndex(m_searchModel->index(0, 0));
}

void RegionPicker::pick(int resultRow)
{
    const QString code = m_searchModel->codeAt(resultRow);
    if (code.isEmpty())
        return;
    const bool changedValue = code != m_value;
    setValue(code);
    const bool hadFocus = m_results->hasFocus();
    m_search->clear();
    m_results->hide();
    if (hadFocus)
        m_search->setFocus(Qt::OtherFocusReason);
    if (changedValue)
        emit changed();
}

bool RegionPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return FormFieldEditor::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (watched == m_search) {
        if (key->key() == Qt::Key_Down && m_results->isVisible()) {
            m_results->setFocus(Qt::OtherFocusReason);
            if (!m_results->currentIndex().isValid())
                m_results->setCurrentIndex(m_searchModel->index(0, 0));
            return true;
        }
        if (enter && m_results->isVisible()) {
            pick(m_results->currentIndex().isValid() ? m_results->currentIndex().row() : 0);
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    } else if (watched == m_results) {
        if (enter) {
            pick(m_results->currentIndex().row());
            return true;
        }
        if (key->key() == Qt::Key_Escape ||
            (key->key() == Qt::Key_Up && m_results->currentIndex().row() <= 0)) {
            m_search->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return FormFieldEditor::eventFilter(watched, event);
}

void RegionPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    FormFieldEditor::changeEvent(event);
}

void RegionPicker::retranslate()
{
    m_model->retranslate();
    m_search->setPlaceholderText(tr("Search a town or rayon, for example Sheki"));
    m_search->setAccessibleName(m_label.isEmpty() ? tr("Search places")
                                                  : tr("%1: search").arg(m_label));
    m_results->setAccessibleName(tr("Places found"));
    m_regionCombo->setAccessibleName(m_label.isEmpty() ? tr("Economic region")
                                                       : tr("%1: economic region").arg(m_label));
    m_unitCombo->setAccessibleName(m_label.isEmpty() ? tr("Rayon or city")
                                                     : tr("%1: rayon or city").arg(m_label));
}

} // namespace helpline
