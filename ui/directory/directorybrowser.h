#pragma once

#include "core/directory/directorysearch.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QSpinBox;

namespace helpline {

class Clock;
class DirectoryDetailPanel;
class DirectoryListModel;
class Regions;

// Search the referral directory as you type, narrow it with filters (service type, region,
// age, gender, language, free, open now), and read one service's details. The Directory page
// shows it; the referral dialog uses it to choose a service. Keyboard first: typing searches,
// Down moves into the list, Enter chooses (entryActivated).
class DirectoryBrowser : public QWidget {
    Q_OBJECT
public:
    DirectoryBrowser(Clock &clock, const Regions &regions, QWidget *parent = nullptr);

    void setIndex(std::shared_ptr<const DirectoryIndex> index);
    void setLanguage(const QString &language);
    // Sets the filters (and the text) to `query`; service types that are more than one show as
    // "Suggested for this contact".
    void setQuery(const DirectoryQuery &query);
    DirectoryQuery query() const;
    // Runs the search again (the clock moved on: "open now").
    void refresh();

    const DirectoryEntry *currentEntry() const;
    bool selectEntry(const QString &entryId);

    QLineEdit *searchEdit() const { return m_search; }
    QListView *resultsView() const { return m_results; }
    DirectoryListModel *model() const { return m_model; }
    DirectoryDetailPanel *detailPanel() const { return m_detail; }
    QComboBox *serviceCombo() const { return m_service; }
    QComboBox *regionCombo() const { return m_region; }
    QSpinBox *ageSpin() const { return m_age; }
    QCheckBox *freeCheck() const { return m_free; }
    QCheckBox *openNowCheck() const { return m_openNow; }
    QWidget *focusTarget() const;

signals:
    void entryActivated(const helpline::DirectoryEntry &entry);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillServices();
    void fillRegions();
    void search();
    void showCurrent();

    Clock &m_clock;
    const Regions &m_regions;
    QString m_language = QStringLiteral("en");
    QStringList m_suggestedTypes;
    QLineEdit *m_search = nullptr;
    QComboBox *m_service = nullptr;
    QComboBox *m_region = nullptr;
    QLabel *m_ageLabel = nullptr;
    QSpinBox *m_age = nullptr;
    QComboBox *m_gender = nullptr;
    QComboBox *m_languageFilter = nullptr;
    QCheckBox *m_free = nullptr;
    QCheckBox *m_openNow = nullptr;
    QLabel *m_count = nullptr;
    QListView *m_results = nullptr;
    DirectoryListModel *m_model = nullptr;
    DirectoryDetailPanel *m_detail = nullptr;
    bool m_filling = false;
};

} // namespace helpline
