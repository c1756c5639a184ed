#pragma once

#include <QWidget>

class QLabel;

namespace helpline {

// A page whose screen arrives with a later issue (Review): its title and one line saying so.
class PlaceholderPage : public QWidget {
    Q_OBJECT
public:
    enum class Kind { Review };
    explicit PlaceholderPage(Kind kind, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    Kind m_kind;
    QLabel *m_title;
    QLabel *m_text;
};

} // namespace helpline
