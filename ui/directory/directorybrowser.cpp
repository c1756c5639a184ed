#include "ui/directory/directorybrowser.h"

#include "core/directory/openinghours.h"
#include "core/domain/regions.h"
#include "core/util/clock.h"
#include "ui/directory/directorydetailpanel.h"
#include "ui/directory/directoryentrydelegate.h"
#include "ui/directory/directorylistmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace helpline {

namespace {
const QString kSuggested = QStringLiteral("*suggested");
}

DirectoryBrowser::DirectoryBrowser(Clock &clock, const Regions &regions, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_regions(regions)
{
    setObjectName(QStringLiteral("directoryBrowser"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("directorySearchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_service = new QComboBox(this);
    m_service->setObjectName(QStringLiteral("directoryServiceCombo"));
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("directoryRegionCombo"));
    m_region->setMaxVisibleItems(20);
    m_ageLabel = new QLabel(this);
    m_age = new QSpinBox(this);
    m_age->setObjectName(QStringLiteral("directoryAgeSpin"));
    m_age->setRange(-1, DirectoryEntry::kMaxAge);
    m_age->setValue(-1);
    m_ageLabel->setBuddy(m_age);
    m_gender = new QComboBox(this);
    m_gender->setObjectName(QStringLiteral("directoryGenderCombo"));
    m_languageFilter = new QComboBox(this);
    m_languageFilter->setObjectName(QStringLiteral("directoryLanguageCombo"));
    m_free = new QCheckBox(this);
    m_free->setObjectName(QStringLiteral("directoryFreeCheck"));
    m_openNow = new QCheckBox(this);
    m_openNow->setObjectName(QStringLiteral("directoryOpenNowCheck"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("directoryCountLabel"));

    m_model = new DirectoryListModel(regions, this);
    m_results = new QListView(this);
    m_results->setObjectName(QStringLiteral("directoryResultsView"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new DirectoryEntryDelegate(m_results));
    m_results->setUniformItemSizes(true);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->installEventFilter(this);
    m_detail = new DirectoryDetailPanel(regions, this);

    // The search on its own line; the filters below it, the narrowing ones first.
    auto *choices = new QHBoxLayout;
    choices->setSpacing(8);
    choices->addWidget(m_service, 3);
    choices->addWidget(m_region, 3);
    choices->addWidget(m_ageLabel);
    choices->addWidget(m_age, 1);
    choices->addWidget(m_gender, 2);
    choices->addWidget(m_languageFilter, 2);
    auto *toggles = new QHBoxLayout;
    toggles->setSpacing(16);
    toggles->addWidget(m_free);
    toggles->addWidget(m_openNow);
    toggles->addStretch(1);
    toggles->addWidget(m_count);
    auto *filters = new QVBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(m_search);
    filters->addLayout(choices);
    filters->addLayout(toggles);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("directorySplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_results);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    setTabOrder(m_search, m_service);
    setTabOrder(m_service, m_region);
    setTabOrder(m_region, m_age);
    setTabOrder(m_age, m_gender);
    setTabOrder(m_gender, m_languageFilter);
    setTabOrder(m_languageFilter, m_free);
    setTabOrder(m_free, m_openNow);
    setTabOrder(m_openNow, m_results);

    // The search is quick (an index in memory), so the list follows every key.
    connect(m_search, &QLineEdit::textChanged, this, &DirectoryBrowser::search);
    for (QComboBox *combo : {m_service, m_region, m_gender, m_languageFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &DirectoryBrowser::search);
    connect(m_age, &QSpinBox::valueChanged, this, &DirectoryBrowser::search);
    connect(m_free, &QCheckBox::toggled, this, &DirectoryBrowser::search);
    connect(m_openNow, &QCheckBox::toggled, this, &DirectoryBrowser::search);
    connect(m_results->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DirectoryBrowser::showCurrent);
    connect(m_results, &QListView::activated, this, [this](const QModelIndex &index) {
        if (const DirectoryEntry *entry = m_model->entryAt(index.row()))
            emit entryActivated(*entry);
    });
    retranslate();
}

void DirectoryBrowser::setIndex(std::shared_ptr<const DirectoryIndex> index)
{
    m_model->setIndex(std::move(index));
    search();
}

void DirectoryBrowser::setLanguage(const QString &language)
{
    m_language = language;
    m_model->setLanguage(language);
    m_detail->setLanguage(language);
    const DirectoryQuery kept = query();
    fillRegions();
    setQuery(kept);
}

void DirectoryBrowser::setQuery(const DirectoryQuery &q)
{
    m_filling = true;
    m_search->setText(q.text);
    m_suggestedTypes = q.serviceTypes.size() > 1 ? q.serviceTypes : QStringList();
    fillServices();
    if (q.serviceTypes.size() > 1)
        m_service->setCurrentIndex(m_service->findData(kSuggested));
    else
        m_service->setCurrentIndex(std::max(0, m_service->findData(q.serviceTypes.value(0))));
    m_region->setCurrentIndex(std::max(0, m_region->findData(q.regionCode)));
    m_age->setValue(q.age.value_or(-1));
    m_gender->setCurrentIndex(std::max(0, m_gender->findData(q.gender)));
    m_languageFilter->setCurrentIndex(std::max(0, m_languageFilter->findData(q.language)));
    m_free->setChecked(q.freeOnly);
    m_openNow->setChecked(q.openNow);
    m_filling = false;
    search();
}

DirectoryQuery DirectoryBrowser::query() const
{
    DirectoryQuery q;
    q.text = m_search->text();
    const QString service = m_service->currentData().toString();
    if (service == kSuggested)
        q.serviceTypes = m_suggestedTypes;
    else if (!service.isEmpty())
        q.serviceTypes = {service};
    q.regionCode = m_region->currentData().toString();
    if (m_age->value() >= 0)
        q.age = m_age->value();
    q.gender = m_gender->currentData().toString();
    q.language = m_languageFilter->currentData().toString();
    q.freeOnly = m_free->isChecked();
    q.openNow = m_openNow->isChecked();
    q.now = m_clock.nowUtc();
    return q;
}

void DirectoryBrowser::refresh()
{
    search();
}

const DirectoryEntry *DirectoryBrowser::currentEntry() const
{
    return m_model->entryAt(m_results->currentIndex().row());
}

bool DirectoryBrowser::selectEntry(const QString &entryId)
{
    const int row = m_model->rowOf(entryId);
    if (row < 0)
        return false;
    m_results->setCurrentIndex(m_model->index(row));
    return true;
}

QWidget *DirectoryBrowser::focusTarget() const
{
    return m_search;
}

bool DirectoryBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_search && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return ||
                                    key->key() == Qt::Key_Enter)) {
            if (m_model->rowCount() == 0)
                return false;
            m_results->setFocus(Qt::TabFocusReason);
            if (!m_results->currentIndex().isValid())
                m_results->setCurrentIndex(m_model->index(0));
            if (key->key() != Qt::Key_Down)
                emit m_results->activated(m_results->currentIndex());
            return true;
        }
        if (watched == m_results && key->key() == Qt::Key_Up &&
            m_results->currentIndex().row() <= 0) {
            m_search->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DirectoryBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DirectoryBrowser::retranslate()
{
    m_search->setPlaceholderText(tr("Search services: name, place, what they do…"));
    m_search->setAccessibleName(tr("Search the directory"));
    m_ageLabel->setText(tr("Child's &age"));
    m_age->setSpecialValueText(tr("Any age"));
    m_age->setAccessibleName(tr("Child's age"));
    m_free->setText(tr("&Free only"));
    m_openNow->setText(tr("&Open now"));
    m_results->setAccessibleName(tr("Services"));
    const DirectoryQuery kept = query();
    m_filling = true;
    m_gender->clear();
    m_gender->addItem(tr("Any gender"), QString());
    m_gender->addItem(tr("Girls"), QStringLiteral("female"));
    m_gender->addItem(tr("Boys"), QStringLiteral("male"));
    m_languageFilter->clear();
    m_languageFilter->addItem(tr("Any language"), QString());
    m_languageFilter->addItem(tr("Azerbaijani"), QStringLiteral("az"));
    m_languageFilter->addItem(tr("Russian"), QStringLiteral("ru"));
    m_languageFilter->addItem(tr("English"), QStringLiteral("en"));
    m_service->setAccessibleName(tr("Service type"));
    m_region->setAccessibleName(tr("Region"));
    m_gender->setAccessibleName(tr("Gender"));
    m_languageFilter->setAccessibleName(tr("Language"));
    fillRegions();
    m_filling = false;
    setQuery(kept);
}

void DirectoryBrowser::fillServices()
{
    const bool filling = m_filling;
    m_filling = true;
    m_service->clear();
    m_service->addItem(tr("Any service"), QString());
    if (!m_suggestedTypes.isEmpty())
        m_service->addItem(tr("Suggested for this contact"), kSuggested);
    for (const DirectoryServiceType &type : directoryServiceTypes())
        m_service->addItem(directoryServiceTypeName(type.code), type.code);
    m_filling = filling;
}

void DirectoryBrowser::fillRegions()
{
    const bool filling = m_filling;
    m_filling = true;
    const QString current = m_region->currentData().toString();
    m_region->clear();
    m_region->addItem(tr("Anywhere"), QString());
    const QString indent = QStringLiteral("    ");
    for (const EconomicRegion &region : m_regions.economicRegions()) {
        m_region->addItem(region.name(m_language), region.code);
        for (const RegionUnit &unit : region.units) {
            m_region->addItem(indent + unit.name(m_language), unit.code);
            for (const RegionUnit &district : unit.districts)
                m_region->addItem(indent + indent + district.name(m_language), district.code);
        }
    }
    m_region->setCurrentIndex(std::max(0, m_region->findData(current)));
    m_filling = filling;
}

void DirectoryBrowser::search()
{
    if (m_filling)
        return;
    const QString keep = currentEntry() ? currentEntry()->meta.id : QString();
    const DirectoryQuery q = query();
    m_model->search(q, OpeningHours::bakuTime(q.now).date());
    m_count->setText(tr("Services found: %1").arg(m_model->rowCount()));
    if (!keep.isEmpty() && selectEntry(keep))
        return;
    if (m_model->rowCount() > 0)
        m_results->setCurrentIndex(m_model->index(0));
    else
        showCurrent();
}

void DirectoryBrowser::showCurrent()
{
    const DirectoryEntry *entry = currentEntry();
    m_detail->setEntry(entry ? std::optional<DirectoryEntry>(*entry) : std::nullopt,
                       m_clock.nowUtc());
}

} // namespace helpline
