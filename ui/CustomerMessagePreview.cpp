#include "ui/CustomerMessagePreview.h"

#include "core/SmsLength.h"

#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace reissuedesk {
namespace {

void setLines(QPlainTextEdit *view, int lines)
{
    const QFontMetrics metrics(view->font());
    view->setFixedHeight(metrics.lineSpacing() * lines + 2 * view->frameWidth() + 8);
}

QPlainTextEdit *makeTextView(const QString &name, int lines, QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setReadOnly(true);
    // Selectable with the mouse, out of the Tab chain: nothing to fill in here.
    view->setFocusPolicy(Qt::ClickFocus);
    view->setTabChangesFocus(true);
    view->setStyleSheet(QStringLiteral("QPlainTextEdit { background: #f6f6f4; }"));
    setLines(view, lines);
    return view;
}

} // namespace

CustomerMessagePreview::CustomerMessagePreview(QWidget *parent)
    : QWidget(parent)
    , m_timing(new QLabel(this))
    , m_smsCaption(new QLabel(this))
    , m_smsLength(new QLabel(this))
    , m_sms(makeTextView(QStringLiteral("smsPreview"), 4, this))
    , m_emailCaption(new QLabel(this))
    , m_email(makeTextView(QStringLiteral("emailPreview"), 7, this))
{
    setObjectName(QStringLiteral("customerMessagePreview"));
    m_timing->setObjectName(QStringLiteral("previewTimingLabel"));
    m_smsCaption->setObjectName(QStringLiteral("smsCaption"));
    m_smsLength->setObjectName(QStringLiteral("smsLengthLabel"));
    m_emailCaption->setObjectName(QStringLiteral("emailCaption"));
    m_timing->setWordWrap(true);
    m_timing->setVisible(false);
    m_smsLength->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setVerticalSpacing(4);
    layout->addWidget(m_timing, 0, 0, 1, 2);
    layout->addWidget(m_smsCaption, 1, 0);
    layout->addWidget(m_smsLength, 1, 1);
    layout->addWidget(m_sms, 2, 0, 1, 2);
    layout->addWidget(m_emailCaption, 3, 0, 1, 2);
    layout->addWidget(m_email, 4, 0, 1, 2);
    setMessages(QString(), true, QString());
}

void CustomerMessagePreview::setMessages(const QString &sms, bool sendSms, const QString &email)
{
    if (m_sms->toPlainText() != sms)
        m_sms->setPlainText(sms);
    m_sms->setEnabled(sendSms);
    m_smsCaption->setText(sendSms ? tr("SMS the customer will receive:") : tr("No SMS is sent (e-mail only):"));
    const SmsLength length = SmsLength::of(sms);
    const QString encoding =
        length.encoding == SmsLength::Encoding::Gsm7 ? QStringLiteral("GSM-7") : QStringLiteral("UCS-2");
    const QString parts = length.parts == 1 ? tr("1 part") : tr("%1 parts").arg(length.parts);
    m_smsLength->setText(tr("%1 characters, %2, %3").arg(length.units).arg(encoding, parts));
    // Several parts cost the customer (and us) several messages: say so
    // before it goes, not only in numbers.
    const bool split = length.parts > 1;
    m_smsLength->setStyleSheet(split ? QStringLiteral("QLabel { color: #9a5b00; font-weight: bold; }") : QString());
    m_smsLength->setToolTip(
        split ? tr("The customer's phone receives this SMS as %1 linked messages.").arg(length.parts) : QString());
    m_smsLength->setVisible(sendSms);

    m_emailCaption->setText(email.isEmpty() ? tr("No e-mail: the application has no e-mail address.")
                                            : tr("E-mail the customer will receive:"));
    if (m_email->toPlainText() != email)
        m_email->setPlainText(email);
    if (m_email->isVisibleTo(this) != !email.isEmpty()) {
        m_email->setVisible(!email.isEmpty());
        // Before the dialog is shown nothing else tells its layout that this
        // widget grew or shrank, and it would be squeezed to the old height.
        layout()->activate();
        updateGeometry();
    }
}

void CustomerMessagePreview::setTiming(const QString &when)
{
    m_timing->setText(when);
    m_timing->setVisible(!when.isEmpty());
}

void CustomerMessagePreview::setVisibleLines(int smsLines, int emailLines)
{
    setLines(m_sms, smsLines);
    setLines(m_email, emailLines);
}

QString CustomerMessagePreview::smsText() const
{
    return m_sms->toPlainText();
}

QString CustomerMessagePreview::emailText() const
{
    return m_email->toPlainText();
}

QString CustomerMessagePreview::smsLengthText() const
{
    return m_smsLength->text();
}

} // namespace reissuedesk
