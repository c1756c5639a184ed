#pragma once

#include <QStyledItemDelegate>

namespace helpline {

// Paints a risk level as a badge: the words from core on the colour from ui/common/riskstyle.h,
// never the colour alone. The risk code comes from `riskCodeRole` of the index.
class RiskBadgeDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit RiskBadgeDelegate(int riskCodeRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_riskCodeRole;
};

} // namespace helpline
