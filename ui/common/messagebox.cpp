#include "ui/common/messagebox.h"

namespace helpline {

std::optional<QMessageBox::StandardButton> MessageBox::s_nextAnswer;
int MessageBox::s_asked = 0;
QString MessageBox::s_lastText;

QMessageBox::StandardButton MessageBox::ask(QWidget *parent, const QString &title,
                                            const QString &text,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton,
                                            QMessageBox::Icon icon)
{
    ++s_asked;
    s_lastText = text;
    if (s_nextAnswer) {
        const auto answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    // Escape means "do nothing": the safe answer is always Cancel or No when offered.
    if (buttons.testFlag(QMessageBox::Cancel))
        box.setEscapeButton(QMessageBox::Cancel);
    else if (buttons.testFlag(QMessageBox::No))
        box.setEscapeButton(QMessageBox::No);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

void MessageBox::inform(QWidget *parent, const QString &title, const QString &text,
                        QMessageBox::Icon icon)
{
    ++s_asked;
    s_lastText = text;
    if (s_nextAnswer) {
        s_nextAnswer.reset();
        return;
    }
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.exec();
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

int MessageBox::takeAskedCount()
{
    const int asked = s_asked;
    s_asked = 0;
    return asked;
}

QString MessageBox::lastText()
{
    return s_lastText;
}

} // namespace helpline
