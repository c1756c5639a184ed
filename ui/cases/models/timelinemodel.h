#pragma once

#include "core/domain/casetimeline.h"

#include <QAbstractListModel>

namespace helpline {

class Workspace;

// A case's timeline (loadTimeline), oldest first. DisplayRole is the entry's title; the case
// view draws the rest from the roles. Reloads when Workspace::recordsChanged names its case.
class TimelineModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role : int {
        KindRole = Qt::UserRole + 1, // int: TimelineEntry::Kind
        AtRole,                      // QDateTime (UTC)
        AuthorRole,                  // display name
        TitleRole,
        BodyRole,
        RecordIdRole,
        RiskCodeRole,
        AtTextRole, // the time in the locale's format, local time
        AuthorIdRole,
        StatusCodeRole, // referral or follow-up status, a status change's new status
        DueRole,        // QDateTime (UTC), follow-ups
        RelatedIdRole,  // the corrected note of a correction
        IsCorrectionRole,
    };

    explicit TimelineModel(Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setCase(const QString &caseId); // empty = no case
    QString caseId() const { return m_caseId; }
    void reload();
    TimelineEntry entryAt(int row) const;

signals:
    void loadFailed(const QString &message);

private:
    Workspace &m_workspace;
    QString m_caseId;
    QList<TimelineEntry> m_entries;
};

} // namespace helpline
