#pragma once

#include <QStyledItemDelegate>

namespace helpline {

// The "Due" cell of the follow-ups list: an overdue follow-up shows an "Overdue" badge (words
// and colour from ui/common/riskstyle.h) before its due time. The roles are the model's.
class OverdueDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    OverdueDelegate(int overdueRole, int dueRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QString overdueText();

private:
    int m_overdueRole;
    int m_dueRole;
};

} // namespace helpline
