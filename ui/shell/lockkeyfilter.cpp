#include "ui/shell/lockkeyfilter.h"

#include <QCoreApplication>
#include <QKeyEvent>

namespace helpline {

LockKeyFilter::LockKeyFilter(QKeySequence key, std::function<bool()> isArmed, QObject *parent)
    : QObject(parent)
    , m_key(std::move(key))
    , m_isArmed(std::move(isArmed))
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

LockKeyFilter::~LockKeyFilter()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

bool LockKeyFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (!key->isAutoRepeat() && QKeySequence(key->keyCombination()) == m_key && m_isArmed &&
            m_isArmed()) {
            if (event->type() == QEvent::KeyPress)
                emit lockRequested();
            // A shortcut override is accepted so that the key press follows, to us.
            event->accept();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace helpline
