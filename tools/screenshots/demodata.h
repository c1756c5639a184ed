#pragma once

#include "core/store/storeerror.h"

#include <QString>
#include <QStringList>

namespace helpline {

class Clock;

// A small, realistic desk for screenshots and demonstrations: three accounts and a handful of
// cases with contacts, notes, a referral and follow-ups, one of them at acute risk. Everything
// is invented. The KDF is the cheapest (never for a real store).
struct DemoDesk {
    static constexpr const char *adminPassword = "demo-admin-password";
    static constexpr const char *counsellorPassword = "demo-counsellor-password";

    QString directory;
    QString adminId;
    QString counsellorId; // Kamran Əliyev: the demo signs in as him
    QString supervisorId;
    QString acuteCaseId;
    QStringList caseIds;

    // Creates the store in `directory` (which must not hold one).
    static Outcome<DemoDesk> create(const QString &directory, Clock &clock);
};

} // namespace helpline
