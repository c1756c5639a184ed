#include "ui/shell/idlewatcher.h"

#include "core/session/idlelock.h"

#include <QCoreApplication>
#include <QEvent>

namespace helpline {

IdleWatcher::IdleWatcher(IdleLock &idleLock, QObject *parent)
    : QObject(parent)
    , m_idleLock(idleLock)
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::InputMethod:
        m_idleLock.activity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace helpline
