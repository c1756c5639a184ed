#pragma once

#include "core/domain/record.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>

namespace helpline {

// One call, chat or message, as recorded on the intake form. Append-only once saved: a correction
// is a new revision that names what it corrects and why.
struct Contact {
    RecordMeta meta;
    QString caseId; // empty for non-counselling contacts
    QString channel;
    QString callType;
    QDateTime startedAt;
    int durationSeconds = 0;
    QString counsellorId;
    QString childPersonId;
    QString callerPersonId;
    QString callerRelationship;
    QStringList categories; // taxonomy subcategory codes
    QString summary;
    QStringList actions;
    QString riskLevel;     // none, low, moderate, high, acute; empty = not screened
    QJsonObject screening; // the answers, as the screening module writes them
    bool keepConfidential = true;
    QString formId;
    int formVersion = 0;
    QJsonObject data; // further fields of the form definition
    QString correctionOf;
    QString correctionReason;

    bool isCounselling() const;
    // Every problem, each with its field. `isKnownCategory` (optional, e.g. the taxonomy's
    // contains()) checks category codes.
    Problems validate(const QDateTime &now,
                      const std::function<bool(const QString &)> &isKnownCategory = {}) const;

    // A complete non-counselling record (silent, hang-up, prank, ...) in one call.
    static Contact nonCounselling(const QString &callType, const QString &channel,
                                  const QDateTime &startedAt, int durationSeconds,
                                  const QString &counsellorId);
};

} // namespace helpline
