#include "ui/LockScreen.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace reissuedesk {

LockScreen::LockScreen(QWidget *window)
    : QWidget(window)
{
    setObjectName(QStringLiteral("lockScreen"));
    setAutoFillBackground(true); // opaque: nothing of the page shows through
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    auto *title = new QLabel(tr("The desk is locked"), this);
    title->setAlignment(Qt::AlignCenter);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    title->setFont(titleFont);
    layout->addWidget(title);
    m_whoLabel = new QLabel(this);
    m_whoLabel->setObjectName(QStringLiteral("lockedForLabel"));
    m_whoLabel->setTextFormat(Qt::PlainText);
    m_whoLabel->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_whoLabel);
    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("unlockPasswordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setPlaceholderText(tr("Password"));
    m_passwordEdit->setMaximumWidth(320);
    layout->addWidget(m_passwordEdit, 0, Qt::AlignHCenter);
    m_unlockButton = new QPushButton(tr("&Unlock"), this);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    layout->addWidget(m_unlockButton, 0, Qt::AlignHCenter);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("unlockMessageLabel"));
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_messageLabel);
    layout->addStretch(2);
    connect(m_passwordEdit, &QLineEdit::returnPressed, this, &LockScreen::submit);
    connect(m_unlockButton, &QPushButton::clicked, this, &LockScreen::submit);
    window->installEventFilter(this);
    hide();
}

LockScreen::~LockScreen()
{
    if (m_locked)
        QCoreApplication::instance()->removeEventFilter(this);
}

void LockScreen::lock(const QString &who)
{
    m_whoLabel->setText(tr("Locked for %1. Enter your password to go on.").arg(who));
    m_messageLabel->clear();
    m_passwordEdit->clear();
    m_passwordEdit->setEnabled(true);
    m_unlockButton->setEnabled(true);
    setGeometry(parentWidget()->rect());
    show();
    raise();
    m_passwordEdit->setFocus();
    if (!m_locked)
        QCoreApplication::instance()->installEventFilter(this);
    m_locked = true;
}

void LockScreen::unlock()
{
    if (m_locked)
        QCoreApplication::instance()->removeEventFilter(this);
    m_locked = false;
    m_passwordEdit->clear();
    hide();
}

void LockScreen::showFailure(const QString &message)
{
    m_messageLabel->setText(message);
    m_passwordEdit->clear();
    m_passwordEdit->setEnabled(true);
    m_unlockButton->setEnabled(true);
    m_passwordEdit->setFocus();
}

void LockScreen::submit()
{
    if (m_passwordEdit->text().isEmpty())
        return;
    m_passwordEdit->setEnabled(false);
    m_unlockButton->setEnabled(false);
    m_messageLabel->setText(tr("Checking…"));
    Q_EMIT unlockRequested(m_passwordEdit->text());
}

bool LockScreen::isMine(QObject *object) const
{
    auto *widget = qobject_cast<QWidget *>(object);
    return widget && (widget == this || isAncestorOf(widget));
}

bool LockScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize) {
        setGeometry(parentWidget()->rect());
        return false;
    }
    if (!m_locked)
        return false;
    switch (event->type()) {
    case QEvent::Shortcut: // delivered to the QAction, never to a widget of ours
        return !isMine(watched);
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::ContextMenu:
        // Windows (QWindow) pass events on to their widgets: judge at the widget.
        return qobject_cast<QWidget *>(watched) && !isMine(watched);
    default:
        return false;
    }
}

} // namespace reissuedesk
