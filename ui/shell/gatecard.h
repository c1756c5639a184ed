#pragma once

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace helpline {

// The frame of the screens on the way in (first run, sign-in, lock): a card of readable width,
// centred on the window's background, with the product name on top. The card is laid into the
// screen given as parent; screens add their content to body().
class GateCard : public QFrame {
    Q_OBJECT
public:
    explicit GateCard(QWidget *screen, int maxWidth = 480);
    QVBoxLayout *body() const { return m_body; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *m_product;
    QVBoxLayout *m_body;
};

} // namespace helpline
