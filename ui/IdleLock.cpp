#include "ui/IdleLock.h"

#include "models/Settings.h"

#include <QCoreApplication>
#include <QEvent>

namespace reissuedesk {

IdleLock::IdleLock(Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_locked = true;
        Q_EMIT lockRequested();
    });
    connect(&m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::IdleLockSeconds && m_started && !m_locked)
            restartTimer();
    });
    QCoreApplication::instance()->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

int IdleLock::idleSeconds() const
{
    return qMax(0, m_settings.get(Settings::Key::IdleLockSeconds).toInt());
}

void IdleLock::start()
{
    m_started = true;
    m_locked = false;
    restartTimer();
}

void IdleLock::restartTimer()
{
    if (idleSeconds() == 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(idleSeconds() * 1000);
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_started && !m_locked && m_timer.isActive())
            m_timer.start(); // same interval, from now
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace reissuedesk
