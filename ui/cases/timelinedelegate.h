#pragma once

#include <QStyledItemDelegate>

class QTextLayout;

namespace helpline {

// Draws one timeline entry as a calm card: what it is (contact, note, correction, referral,
// follow-up, status change, assignment), when (local time), who wrote it, its title, and its
// text wrapped to the width of the view. A contact's risk shows as a badge in words and colour.
// The roles are the timeline model's, given at construction so the delegate stays independent.
class TimelineDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    struct Roles {
        int kind = -1;         // int of TimelineEntry::Kind
        int at = -1;           // QDateTime, UTC
        int author = -1;       // QString
        int title = -1;        // QString
        int body = -1;         // QString
        int riskCode = -1;     // QString, contacts only
        int isCorrection = -1; // bool; -1 when the model has no such role
    };

    explicit TimelineDelegate(Roles roles, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The words for an entry's kind ("Contact", "Note", ...): what the card's first line says.
    static QString kindLabel(int kind, bool correction);
    // The whole card as one sentence, for accessibility and tests.
    QString cardText(const QModelIndex &index) const;

private:
    struct Layout;
    Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
    int cardWidth(const QStyleOptionViewItem &option) const;

    Roles m_roles;
};

} // namespace helpline
