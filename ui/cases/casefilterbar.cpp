#include "ui/cases/casefilterbar.h"

#include "core/domain/codes.h"
#include "core/domain/regions.h"
#include "core/domain/screening.h"
#include "core/domain/taxonomy.h"
#include "core/util/clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

#include <functional>

namespace helpline {

namespace {

const QString kNotClosed = QStringLiteral("not_closed");
const QString kHighOrAcute = QStringLiteral("high_or_acute");
const QString kNotScreened = QStringLiteral("not_screened");

void refill(QComboBox *combo, const std::function<void()> &fill)
{
    const QVariant selected = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    fill();
    const int index = combo->findData(selected);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

void selectData(QComboBox *combo, const QVariant &key)
{
    const int index = combo->findData(key);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

QComboBox *filterCombo(const char *name, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QString::fromLatin1(name));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(14);
    return combo;
}

QDateTime startOfLocalDay(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), Qt::LocalTime).toUTC();
}

} // namespace

CaseFilterBar::CaseFilterBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("caseFilterBar"));

    m_statusLabel = new QLabel(this);
    m_status = filterCombo("statusFilterCombo", this);
    m_statusLabel->setBuddy(m_status);
    m_riskLabel = new QLabel(this);
    m_risk = filterCombo("riskFilterCombo", this);
    m_riskLabel->setBuddy(m_risk);
    m_categoryLabel = new QLabel(this);
    m_category = filterCombo("categoryFilterCombo", this);
    m_categoryLabel->setBuddy(m_category);
    m_regionLabel = new QLabel(this);
    m_region = filterCombo("regionFilterCombo", this);
    m_regionLabel->setBuddy(m_region);

    m_mine = new QCheckBox(this);
    m_mine->setObjectName(QStringLiteral("assignedToMeCheck"));

    m_periodLabel = new QLabel(this);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("lastContactPeriodCombo"));
    m_periodLabel->setBuddy(m_period);

    // Chosen dates: shown only for "Chosen dates…". Never a placeholder date such as "any":
    // a date field showing special text keeps Tab inside it.
    m_range = new QWidget(this);
    m_range->setObjectName(QStringLiteral("lastContactRange"));
    m_fromLabel = new QLabel(m_range);
    m_from = new QDateEdit(m_range);
    m_from->setObjectName(QStringLiteral("lastContactFromEdit"));
    m_from->setCalendarPopup(true);
    m_fromLabel->setBuddy(m_from);
    m_toLabel = new QLabel(m_range);
    m_to = new QDateEdit(m_range);
    m_to->setObjectName(QStringLiteral("lastContactToEdit"));
    m_to->setCalendarPopup(true);
    m_toLabel->setBuddy(m_to);
    auto *rangeLayout = new QHBoxLayout(m_range);
    rangeLayout->setContentsMargins(0, 0, 0, 0);
    rangeLayout->addWidget(m_fromLabel);
    rangeLayout->addWidget(m_from);
    rangeLayout->addWidget(m_toLabel);
    rangeLayout->addWidget(m_to);
    m_range->hide();

    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));

    auto *second = new QHBoxLayout;
    second->setSpacing(8);
    second->addWidget(m_mine);
    second->addSpacing(16);
    second->addWidget(m_periodLabel);
    second->addWidget(m_period);
    second->addWidget(m_range);
    second->addStretch(1);
    second->addWidget(m_clear);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(6);
    grid->addWidget(m_statusLabel, 0, 0);
    grid->addWidget(m_status, 0, 1);
    grid->addWidget(m_riskLabel, 0, 2);
    grid->addWidget(m_risk, 0, 3);
    grid->addWidget(m_categoryLabel, 0, 4);
    grid->addWidget(m_category, 0, 5);
    grid->addWidget(m_regionLabel, 0, 6);
    grid->addWidget(m_region, 0, 7);
    grid->addLayout(second, 1, 0, 1, 8);
    for (int column : {1, 3, 5, 7})
        grid->setColumnStretch(column, 1);

    setTabOrder(m_status, m_risk);
    setTabOrder(m_risk, m_category);
    setTabOrder(m_category, m_region);
    setTabOrder(m_region, m_mine);
    setTabOrder(m_mine, m_period);
    setTabOrder(m_period, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_clear);

    retranslate();

    for (QComboBox *combo : {m_status, m_risk, m_category, m_region})
        connect(combo, &QComboBox::currentIndexChanged, this, &CaseFilterBar::filterChanged);
    connect(m_period, &QComboBox::currentIndexChanged, this, &CaseFilterBar::periodChosen);
    connect(m_mine, &QCheckBox::toggled, this, &CaseFilterBar::filterChanged);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &CaseFilterBar::filterChanged);
    connect(m_clear, &QPushButton::clicked, this, &CaseFilterBar::clear);
}

void CaseFilterBar::setClock(const Clock *clock)
{
    m_clock = clock;
}

QDate CaseFilterBar::today() const
{
    const Clock &clock = m_clock ? *m_clock : Clock::system();
    return clock.nowUtc().toLocalTime().date();
}

void CaseFilterBar::applyTo(CaseListQuery &query, const QString &myAccountId) const
{
    const QString status = m_status->currentData().toString();
    query.statuses.clear();
    if (status == kNotClosed) {
        for (const QString &code : codes::caseStatuses().codes())
            if (code != QLatin1String("closed"))
                query.statuses << code;
    } else if (!status.isEmpty()) {
        query.statuses << status;
    }

    const QString risk = m_risk->currentData().toString();
    query.riskLevels.clear();
    if (risk == kHighOrAcute)
        query.riskLevels << QStringLiteral("high") << QStringLiteral("acute");
    else if (risk == kNotScreened)
        query.riskLevels << QString();
    else if (!risk.isEmpty())
        query.riskLevels << risk;

    query.assigneeId = m_mine->isChecked() ? myAccountId : QString();
    query.category = m_category->currentData().toString();
    query.regionCode = m_region->currentData().toString();

    // Periods are of local days: from the start of the first to the end of the last.
    query.lastContactFrom = {};
    query.lastContactTo = {};
    const QDate day = today();
    switch (static_cast<Period>(m_period->currentData().toInt())) {
    case Period::Any:
        break;
    case Period::Today:
        query.lastContactFrom = startOfLocalDay(day);
        break;
    case Period::Last7Days:
        query.lastContactFrom = startOfLocalDay(day.addDays(-6));
        break;
    case Period::Last30Days:
        query.lastContactFrom = startOfLocalDay(day.addDays(-29));
        break;
    case Period::Last12Months:
        query.lastContactFrom = startOfLocalDay(day.addYears(-1).addDays(1));
        break;
    case Period::Custom:
        query.lastContactFrom = startOfLocalDay(m_from->date());
        query.lastContactTo = startOfLocalDay(m_to->date().addDays(1)).addMSecs(-1);
        break;
    }
}

void CaseFilterBar::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    fillCategories();
    fillRegions();
}

void CaseFilterBar::clear()
{
    if (!isFiltering())
        return;
    {
        const QSignalBlocker b1(m_status), b2(m_risk), b3(m_category), b4(m_region), b5(m_mine),
            b6(m_period);
        m_status->setCurrentIndex(0);
        m_risk->setCurrentIndex(0);
        m_category->setCurrentIndex(0);
        m_region->setCurrentIndex(0);
        m_mine->setChecked(false);
        m_period->setCurrentIndex(0);
        m_range->hide();
    }
    emit filterChanged();
}

bool CaseFilterBar::isFiltering() const
{
    return m_status->currentIndex() > 0 || m_risk->currentIndex() > 0 ||
           m_category->currentIndex() > 0 || m_region->currentIndex() > 0 || m_mine->isChecked() ||
           m_period->currentIndex() > 0;
}

QWidget *CaseFilterBar::firstInput() const
{
    return m_status;
}

QWidget *CaseFilterBar::lastInput() const
{
    return m_clear;
}

void CaseFilterBar::setStatusFilter(const QString &key)
{
    selectData(m_status, key);
}

void CaseFilterBar::setRiskFilter(const QString &key)
{
    selectData(m_risk, key);
}

void CaseFilterBar::setCategoryFilter(const QString &code)
{
    selectData(m_category, code);
}

void CaseFilterBar::setRegionFilter(const QString &code)
{
    selectData(m_region, code);
}

void CaseFilterBar::setAssignedToMe(bool mine)
{
    m_mine->setChecked(mine);
}

void CaseFilterBar::setLastContactPeriod(Period period)
{
    selectData(m_period, int(period));
}

void CaseFilterBar::setLastContactRange(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker b1(m_from), b2(m_to), b3(m_period);
        m_from->setDate(from);
        m_to->setDate(to);
        selectData(m_period, int(Period::Custom));
        m_range->show();
    }
    emit filterChanged();
}

void CaseFilterBar::periodChosen()
{
    const bool custom = static_cast<Period>(m_period->currentData().toInt()) == Period::Custom;
    if (custom && !m_range->isVisible()) {
        // Start from the last 30 days; the counsellor changes the dates from there.
        const QSignalBlocker b1(m_from), b2(m_to);
        m_to->setDate(today());
        m_from->setDate(today().addDays(-29));
    }
    m_range->setVisible(custom);
    emit filterChanged();
}

void CaseFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CaseFilterBar::fillStatuses()
{
    refill(m_status, [this] {
        m_status->addItem(tr("Any status"), QString());
        m_status->addItem(tr("Not closed"), kNotClosed);
        const CodeList &statuses = codes::caseStatuses();
        for (const QString &code : statuses.codes())
            m_status->addItem(statuses.displayName(code), code);
    });
}

void CaseFilterBar::fillRisks()
{
    refill(m_risk, [this] {
        m_risk->addItem(tr("Any risk"), QString());
        m_risk->addItem(tr("High or acute"), kHighOrAcute);
        for (RiskLevel level : {RiskLevel::Acute, RiskLevel::High, RiskLevel::Moderate,
                                RiskLevel::Low, RiskLevel::None})
            m_risk->addItem(riskLevelDisplayName(level), riskLevelCode(level));
        m_risk->addItem(tr("Not screened"), kNotScreened);
    });
}

void CaseFilterBar::fillCategories()
{
    refill(m_category, [this] {
        m_category->addItem(tr("Any category"), QString());
        const Taxonomy &taxonomy = Taxonomy::builtIn();
        for (const TaxonomyCategory &category : taxonomy.categories()) {
            m_category->addItem(taxonomy.label(category.code, m_language), category.code);
            // Indented under their category; retired ones stay, for older cases.
            for (const TaxonomySubcategory &sub : category.subcategories)
                m_category->addItem(QStringLiteral("    ") + taxonomy.label(sub.code, m_language),
                                    sub.code);
        }
    });
}

void CaseFilterBar::fillRegions()
{
    refill(m_region, [this] {
        m_region->addItem(tr("Any region"), QString());
        const Regions &regions = Regions::builtIn();
        for (const EconomicRegion &region : regions.economicRegions()) {
            m_region->addItem(region.name(m_language), region.code);
            for (const RegionUnit &unit : region.units) {
                m_region->addItem(QStringLiteral("    ") + unit.name(m_language), unit.code);
                for (const RegionUnit &district : unit.districts)
                    m_region->addItem(QStringLiteral("        ") + district.name(m_language),
                                      district.code);
            }
        }
        for (const RegionUnit &unit : regions.specialUnits())
            m_region->addItem(unit.name(m_language), unit.code);
    });
}

void CaseFilterBar::fillPeriods()
{
    refill(m_period, [this] {
        m_period->addItem(tr("Any time"), int(Period::Any));
        m_period->addItem(tr("Today"), int(Period::Today));
        m_period->addItem(tr("In the last 7 days"), int(Period::Last7Days));
        m_period->addItem(tr("In the last 30 days"), int(Period::Last30Days));
        m_period->addItem(tr("In the last 12 months"), int(Period::Last12Months));
        m_period->addItem(tr("Between chosen dates…"), int(Period::Custom));
    });
}

void CaseFilterBar::retranslate()
{
    m_statusLabel->setText(tr("&Status"));
    m_status->setAccessibleName(tr("Status filter"));
    m_riskLabel->setText(tr("&Risk"));
    m_risk->setAccessibleName(tr("Risk filter"));
    m_categoryLabel->setText(tr("Ca&tegory"));
    m_category->setAccessibleName(tr("Category filter"));
    m_regionLabel->setText(tr("Re&gion"));
    m_region->setAccessibleName(tr("Region filter"));
    m_mine->setText(tr("Assigned to &me"));
    m_mine->setAccessibleName(tr("Only cases assigned to me"));
    m_periodLabel->setText(tr("Last &contact"));
    m_period->setAccessibleName(tr("When the last contact was"));
    m_fromLabel->setText(tr("&from"));
    m_from->setAccessibleName(tr("Last contact from"));
    m_toLabel->setText(tr("&until"));
    m_to->setAccessibleName(tr("Last contact until"));
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    for (QDateEdit *edit : {m_from, m_to})
        edit->setDisplayFormat(format);
    m_clear->setText(tr("Cl&ear filters"));
    fillStatuses();
    fillRisks();
    fillCategories();
    fillRegions();
    fillPeriods();
}

} // namespace helpline
