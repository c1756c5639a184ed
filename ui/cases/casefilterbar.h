#pragma once

#include "core/store/caserepository.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace helpline {

class Clock;

// The filters above the case list: status, risk, category (taxonomy labels in the workspace's
// language), region (Regions), "assigned to me" and when the last contact was (any time, today,
// the last 7 or 30 days, the last 12 months, or chosen dates). Every change emits
// filterChanged(); applyTo() writes the filters into a CaseListQuery.
class CaseFilterBar : public QWidget {
    Q_OBJECT
public:
    enum class Period { Any, Today, Last7Days, Last30Days, Last12Months, Custom };

    explicit CaseFilterBar(QWidget *parent = nullptr);

    // "Today" for the periods (the workspace's clock; the system clock when not set).
    void setClock(const Clock *clock);
    // Copies the chosen filters into `query` (its sort, order, offset and limit stay).
    // `myAccountId` is used by "assigned to me".
    void applyTo(CaseListQuery &query, const QString &myAccountId) const;
    // Labels of categories and regions in `language` ("en", "az", "ru").
    void setLanguage(const QString &language);
    // Back to "any" everywhere.
    void clear();
    bool isFiltering() const;
    // The first and last field in the tab order.
    QWidget *firstInput() const;
    QWidget *lastInput() const;

    // For tests and the shell: choose filters by code.
    void setStatusFilter(const QString &key); // "", "not_closed" or a status code
    void setRiskFilter(const QString &key);   // "", "high_or_acute", "not_screened" or a code
    void setCategoryFilter(const QString &code);
    void setRegionFilter(const QString &code);
    void setAssignedToMe(bool mine);
    void setLastContactPeriod(Period period);
    // Chosen dates (local days, both included): the period becomes Custom.
    void setLastContactRange(const QDate &from, const QDate &to);

signals:
    void filterChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillStatuses();
    void fillRisks();
    void fillCategories();
    void fillPeriods();
    void fillRegions();
    void periodChosen();
    QDate today() const;

    const Clock *m_clock = nullptr;
    QString m_language = QStringLiteral("en");
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_riskLabel = nullptr;
    QComboBox *m_risk = nullptr;
    QLabel *m_categoryLabel = nullptr;
    QComboBox *m_category = nullptr;
    QLabel *m_regionLabel = nullptr;
    QComboBox *m_region = nullptr;
    QCheckBox *m_mine = nullptr;
    QLabel *m_periodLabel = nullptr;
    QComboBox *m_period = nullptr;
    QWidget *m_range = nullptr;
    QLabel *m_fromLabel = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace helpline
