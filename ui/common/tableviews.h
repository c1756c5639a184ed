#pragma once

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace helpline {

// A read-only list as a table: whole rows selected, no grid, alternating rows, rows tall enough
// to click, Tab leaves the table (arrows move within it), the last column stretched.
QTableView *makeListTable(QAbstractItemModel *model, QWidget *parent);

} // namespace helpline
