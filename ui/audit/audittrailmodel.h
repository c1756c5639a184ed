#pragma once

#include "core/store/auditlog.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace helpline {

class Workspace;

// The audit viewer's rows (AuditLog::query), newest first, a page at a time: when, who (the
// account's display name), what (the action in plain words; the code in the tooltip), on which
// record (a case by its number) and the entry's detail. Every read of a page is itself audited
// ("audit.view"), so the model reads only when asked: setFilter(), reload(), loadMore().
class AuditTrailModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column : int { When, Account, Action, Record, Detail, ColumnCount };
    enum Role : int {
        SeqRole = Qt::UserRole + 1, // qint64
        ActionCodeRole,             // "case.view"
        RecordIdRole,               // the record's id as stored
    };
    Q_ENUM(Column)

    explicit AuditTrailModel(Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Shows the first page of what `filter` matches (its limit and beforeSeq are the model's).
    // False when it cannot be read (loadFailed says why; the table is then empty).
    bool setFilter(const AuditQuery &filter);
    const AuditQuery &filter() const { return m_filter; }
    // Reads again from the newest entry, as many rows as are shown now (at least a page).
    bool reload();
    // Empties the table without reading (a filter that matches nothing, such as an unknown
    // case number).
    void clear();
    // Appends the next page of older entries; false when there is none or it cannot be read.
    bool loadMore();
    // Older entries exist beyond the rows shown.
    bool hasMore() const { return m_hasMore; }

    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    const AuditEntry &entryAt(int row) const { return m_entries.at(row); }

    // Repaints headers and cells in the current language.
    void retranslate();

    // An action code in plain words ("case.view": "Viewed a case"); the code itself when it is
    // not known.
    static QString actionText(const QString &code);
    // An entry's time in local time to the second: two entries a minute apart must not look
    // the same.
    static QString whenText(const QString &at);
    // The kind of record in plain words ("follow_up": "Follow-up").
    static QString recordTypeText(const QString &recordType);

signals:
    void loadFailed(const QString &message);

private:
    // Reads `limit` entries before `beforeSeq` (0: from the newest); nullopt on failure.
    std::optional<QList<AuditEntry>> read(int limit, qint64 beforeSeq);
    void learnNames(const QList<AuditEntry> &entries);
    QString recordText(const AuditEntry &entry) const;
    QString detailText(const AuditEntry &entry) const;

    Workspace &m_workspace;
    AuditQuery m_filter;
    QList<AuditEntry> m_entries;
    bool m_hasMore = false;
    int m_pageSize = 200;
    QHash<QString, QString> m_accountNames; // account id -> display name
    QHash<QString, QString> m_caseNumbers;  // case id -> case number
};

} // namespace helpline
