#pragma once

#include <QStyledItemDelegate>

namespace helpline {

// A directory row in two lines: the service's name in bold, then its service types and area in
// the secondary colour; "not verified for 12 months" shows as a marker at the right.
class DirectoryEntryDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace helpline
