#pragma once

#include <optional>
#include <QMessageBox>

namespace helpline {

// Every question the workstation asks goes through here, so that a test can answer it without a
// nested event loop: MessageBox::setNextAnswer(QMessageBox::Discard) makes the next ask() return
// at once (KeePassXC's gui/MessageBox does the same).
class MessageBox {
public:
    static QMessageBox::StandardButton ask(QWidget *parent, const QString &title,
                                           const QString &text,
                                           QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton,
                                           QMessageBox::Icon icon = QMessageBox::Question);
    static void inform(QWidget *parent, const QString &title, const QString &text,
                       QMessageBox::Icon icon = QMessageBox::Information);

    // Test seam: the answer of the next ask() (or the dismissal of the next inform()).
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // How many questions were asked since the last call (tests check that one was asked).
    static int takeAskedCount();
    static QString lastText();

private:
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static int s_asked;
    static QString s_lastText;
};

} // namespace helpline
