#pragma once
// Notices that nobody has touched the desk for Settings::IdleLockSeconds
// (default 10 minutes, 0 = never) and asks for the lock screen. It watches the
// whole application's keyboard, mouse and wheel input (an event filter on
// qApp), so typing in a dialog counts as being at the desk. Changing the
// setting takes effect at once.

#include <QObject>
#include <QTimer>

namespace reissuedesk {

class Settings;

class IdleLock : public QObject {
    Q_OBJECT

public:
    explicit IdleLock(Settings &settings, QObject *parent = nullptr);
    ~IdleLock() override;

    // Starts counting (after the login); after a lock, counts again from now.
    void start();
    bool isLocked() const { return m_locked; }
    int idleSeconds() const;

Q_SIGNALS:
    // Idle long enough: the caller covers the window. start() again after unlocking.
    void lockRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restartTimer();

    Settings &m_settings;
    QTimer m_timer;
    bool m_started = false;
    bool m_locked = false;
};

} // namespace reissuedesk
