#pragma once

#include <QStyledItemDelegate>

namespace helpline {

// One search result in two lines: "case number · child" with the case's risk badge (words and
// colour), then where the words were found and the snippet around them. The roles are the
// search model's, given at construction.
class SearchResultDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    struct Roles {
        int snippet = -1;
        int recordType = -1; // "contact", "note", "person"
        int riskCode = -1;
    };

    explicit SearchResultDelegate(Roles roles, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QString foundIn(const QString &recordType);

private:
    Roles m_roles;
};

} // namespace helpline
