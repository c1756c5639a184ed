#pragma once

#include <QAbstractTableModel>

namespace helpline {

class Workspace;

// A table model that reads its rows from the store: again whenever records change
// (Workspace::recordsChanged, a save or a pull), and repaints its headers and cells in the new
// language. Subclasses read their rows in load() and report a failure through loadFailed.
class ReloadingTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    ReloadingTableModel(Workspace &workspace, int columnCount, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    // Reads the rows again; emits loadFailed with the store's message when that fails (the
    // rows are then empty).
    void reload();

signals:
    void loadFailed(const QString &message);

protected:
    // Replaces the rows (called between beginResetModel and endResetModel); returns the
    // translated failure, or an empty string.
    virtual QString load() = 0;
    bool eventFilter(QObject *watched, QEvent *event) override;
    Workspace &workspace() const { return m_workspace; }

private:
    Workspace &m_workspace;
    int m_columnCount;
};

} // namespace helpline
