#pragma once

#include "core/store/casestore.h"

#include <QObject>
#include <QString>

namespace helpline {

class Clock;
class DeskSync;

// What every screen of a signed-in session works with: the open store, its clock, the session
// and the interface language. The shell creates one per sign-in and destroys it at sign-out;
// screens keep a reference and never outlive it. Screens talk to each other only through its
// signals (a save refreshes the lists; "open case" switches to the case view).
class Workspace : public QObject {
    Q_OBJECT
public:
    explicit Workspace(CaseStore &store, QObject *parent = nullptr);

    CaseStore &store() const { return m_store; }
    Clock &clock() const { return m_store.clock(); }
    const Session &session() const { return m_store.session(); }

    // "az", "ru" or "en": the language of labels taken from reference data (taxonomy, regions).
    QString language() const { return m_language; }
    void setLanguage(const QString &language);

    // Sync with the helpline server; nullptr on a desk that never talks to one. The shell sets
    // it before the screens are made and clears it before it destroys it.
    DeskSync *sync() const { return m_sync; }
    void setSync(DeskSync *sync) { m_sync = sync; }

    // Days after which an open referral without news shows on the Follow-ups page
    // (Setting::ReferralWaitDays; the shell sets it from the desk's settings).
    int referralWaitDays() const { return m_referralWaitDays; }
    void setReferralWaitDays(int days) { m_referralWaitDays = days; }

    // Call after writing records, so that every list showing them reloads.
    void notifyRecordsChanged(const QString &caseId = {});
    // Asks the shell to show a case (the Cases page switches to its case view).
    void requestOpenCase(const QString &caseId);

signals:
    void recordsChanged(const QString &caseId);
    void openCaseRequested(const QString &caseId);
    void languageChanged(const QString &language);

private:
    CaseStore &m_store;
    QString m_language = QStringLiteral("en");
    DeskSync *m_sync = nullptr;
    int m_referralWaitDays = 7;
};

} // namespace helpline
