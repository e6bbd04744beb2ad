#pragma once
// The exact texts that will go to the customer, as the decision dialogs show
// them before anything is sent: the SMS (with its length, encoding and parts,
// see SmsLength) and the e-mail. The dialogs render them with the same
// CustomerMessages functions ReviewService uses for the outbox, so what is
// shown is what goes out, prefix and closing sentence included. Customer text:
// read-only plain-text fields, never rich text.

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace reissuedesk {

class CustomerMessagePreview : public QWidget {
    Q_OBJECT

public:
    explicit CustomerMessagePreview(QWidget *parent = nullptr);

    // `sendSms` false: the SMS is not sent (e-mail only). `email` empty: no
    // e-mail goes out (the application has no address).
    void setMessages(const QString &sms, bool sendSms, const QString &email);
    // One line above the texts, e.g. when they go out ("sent when the second
    // reviewer confirms"); empty: none.
    void setTiming(const QString &when);

    // How many lines of each text show without scrolling.
    void setVisibleLines(int smsLines, int emailLines);

    QString smsText() const;
    QString emailText() const;
    QString smsLengthText() const;

private:
    QLabel *m_timing = nullptr;
    QLabel *m_smsCaption = nullptr;
    QLabel *m_smsLength = nullptr;
    QPlainTextEdit *m_sms = nullptr;
    QLabel *m_emailCaption = nullptr;
    QPlainTextEdit *m_email = nullptr;
};

} // namespace reissuedesk
