#pragma once

#include <QString>
#include <QStringList>

namespace helpline {

// A closed list of codes with translated display names (channels, call types, statuses, ...).
// Codes are stored and synced; display names are shown.
struct CodeList {
    const char *context; // translation context
    QList<QPair<QString, const char *>> entries;

    bool contains(const QString &code) const;
    QStringList codes() const;
    QString displayName(const QString &code) const; // the code itself when unknown
};

namespace codes {
const CodeList &channels();            // phone, sms, email, instagram, facebook, whatsapp, ...
const CodeList &callTypes();           // child_about_self, caller_about_child, silent, ...
const CodeList &nonCounsellingTypes(); // the one-key call types (a subset of callTypes)
const CodeList &genders();
const CodeList &callerRelationships();
const CodeList &caseStatuses(); // open, active, referred, pending_closure, closed
const CodeList &noteKinds();
const CodeList &referralStatuses();
const CodeList &referralUrgencies();
const CodeList &referralMethods();
const CodeList &followUpStatuses();
} // namespace codes

} // namespace helpline
