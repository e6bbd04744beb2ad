#include "ui/RejectDialog.h"

#include "ui_RejectDialog.h"

#include <QKeySequence>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>

namespace reissuedesk {
namespace {

QString reasonTitle(const RejectReason &reason)
{
    return QLocale().language() == QLocale::Chinese ? reason.titleZh : reason.titleEn;
}

// Takes `text` out of an edited message; a line left holding only its number
// ("2. ") goes with it.
QString removeReasonText(const QString &message, const QString &text)
{
    static const QRegularExpression numberOnly(QStringLiteral(R"(^\s*\d+\s*[.、]?\s*$)"));
    if (text.isEmpty())
        return message;
    QStringList kept;
    for (QString line : message.split(QLatin1Char('\n'))) {
        if (line.contains(text)) {
            line.remove(text);
            if (line.trimmed().isEmpty() || numberOnly.match(line).hasMatch())
                continue;
        }
        kept.append(line);
    }
    return kept.join(QLatin1Char('\n'));
}

} // namespace

RejectDialog::RejectDialog(const QList<RejectReason> &reasons, const QString &applicationNumber, QWidget *parent)
    : DecisionDialog(parent)
    , ui(std::make_unique<Ui::RejectDialog>())
    , m_reasons(reasons)
{
    m_facts.applicationNumber = applicationNumber;
    ui->setupUi(this);
    QFont titleFont = ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    ui->titleLabel->setFont(titleFont);
    ui->titleLabel->setTextFormat(Qt::PlainText);
    ui->titleLabel->setText(tr("Reject %1").arg(applicationNumber));
    ui->problemLabel->setTextFormat(Qt::PlainText);
    ui->problemLabel->setStyleSheet(QStringLiteral("QLabel { color: #b01c1c; font-weight: 600; }"));
    ui->finalReasonLabel->setStyleSheet(QStringLiteral("QLabel { color: #7a4a00; }"));
    ui->finalReasonLabel->setVisible(false);
    ui->refusalLabel->setStyleSheet(QStringLiteral("QLabel { background: #fbe3e3; color: #8a1414; border: 1px solid "
                                                   "#eab0b0; border-radius: 4px; padding: 6px 8px; }"));
    ui->refusalLabel->setVisible(false);
    ui->reasonsList->setStyleSheet(QStringLiteral("QListWidget::item { padding: 2px 0; }"));
    ui->messageEdit->setMaximumHeight(QFontMetrics(ui->messageEdit->font()).lineSpacing() * 6 + 12);

    for (qsizetype i = 0; i < m_reasons.size(); ++i) {
        const RejectReason &reason = m_reasons.at(i);
        // A figure space (as wide as a digit) keeps the titles past 9 in line.
        const QString key = i < 9 ? QString::number(i + 1) : QString(QChar(0x2007));
        QString text = QStringLiteral("%1   %2").arg(key, reasonTitle(reason));
        // The customer reads the Chinese text: name the reason in Chinese too.
        if (reasonTitle(reason) != reason.titleZh)
            text += QStringLiteral("  ·  ") + reason.titleZh;
        if (!reason.resubmissionAllowed)
            text += tr("   (final: no new application)");
        auto *item = new QListWidgetItem(text, ui->reasonsList);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(reason.customerTextZh);
    }
    // Tall enough for the whole catalogue without scrolling, when it is short.
    const int rows = int(std::min<qsizetype>(m_reasons.size(), 12));
    if (rows > 0)
        ui->reasonsList->setMinimumHeight(ui->reasonsList->sizeHintForRow(0) * rows +
                                          2 * ui->reasonsList->frameWidth() + 4);
    if (ui->reasonsList->count() > 0)
        ui->reasonsList->setCurrentRow(0);
    connect(ui->reasonsList, &QListWidget::itemChanged, this, &RejectDialog::reasonChanged);

    // Digits tick reasons wherever the focus is, except in the text fields,
    // which take their key presses first (typed digits stay digits there).
    for (int digit = 1; digit <= 9; ++digit) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::Key_0 + digit), this);
        connect(shortcut, &QShortcut::activated, this, [this, digit] { toggleReason(digit - 1); });
    }
    installConfirmKeys(ui->buttonBox);

    connect(ui->messageEdit, &QPlainTextEdit::textChanged, this, &RejectDialog::validate);
    connect(ui->resubmissionCheck, &QCheckBox::toggled, this, [this](bool checked) {
        if (ui->resubmissionCheck->isEnabled())
            m_resubmissionChoice = checked;
        validate();
    });
    connect(ui->noteEdit, &QPlainTextEdit::textChanged, this, &RejectDialog::validate);
    connect(ui->lostCardNotice, &LostCardSmsNotice::choiceChanged, this, &RejectDialog::validate);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &RejectDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &RejectDialog::reject);
    QPushButton *ok = ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("Reject"));
    ok->setDefault(true);
    ui->reasonsList->setFocus(Qt::OtherFocusReason);
    setMinimumWidth(900);
    validate();
    m_unchangedSnapshot = snapshot();
}

RejectDialog::~RejectDialog() = default;

void RejectDialog::toggleReason(int row)
{
    QListWidgetItem *item = ui->reasonsList->item(row);
    if (!item)
        return;
    item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    ui->reasonsList->setCurrentItem(item);
}

QString RejectDialog::reasonCustomerText(const RejectReason &reason) const
{
    return m_facts.language.startsWith(QLatin1String("zh")) || reason.customerTextEn.isEmpty() ? reason.customerTextZh
                                                                                               : reason.customerTextEn;
}

QStringList RejectDialog::tickedCustomerTexts() const
{
    QStringList texts;
    for (int i = 0; i < ui->reasonsList->count() && i < m_reasons.size(); ++i) {
        if (ui->reasonsList->item(i)->checkState() == Qt::Checked)
            texts.append(reasonCustomerText(m_reasons.at(i)));
    }
    return texts;
}

void RejectDialog::reasonChanged(QListWidgetItem *item)
{
    const int row = ui->reasonsList->row(item);
    if (row < 0 || row >= m_reasons.size())
        return;
    const QString current = ui->messageEdit->toPlainText();
    QString message;
    if (current.trimmed() == m_generatedMessage.trimmed()) {
        // Untouched by the operator: rebuilt whole, numbered in list order.
        message = CustomerMessages::joinReasonTexts(tickedCustomerTexts());
        m_generatedMessage = message;
    } else {
        // Edited: add or take out this reason's text, keeping what was written.
        const QString text = reasonCustomerText(m_reasons.at(row)).trimmed();
        message = current;
        if (item->checkState() == Qt::Checked) {
            if (!message.contains(text))
                message = message.trimmed().isEmpty() ? text : message.trimmed() + QLatin1Char('\n') + text;
        } else {
            message = removeReasonText(message, text);
        }
    }
    if (message != current) {
        const QSignalBlocker blocker(ui->messageEdit);
        ui->messageEdit->setPlainText(message);
        ui->messageEdit->moveCursor(QTextCursor::End);
    }
    applyFinalReasons();
    validate();
}

void RejectDialog::applyFinalReasons()
{
    QStringList finalTitles;
    for (int i = 0; i < ui->reasonsList->count() && i < m_reasons.size(); ++i) {
        if (ui->reasonsList->item(i)->checkState() == Qt::Checked && !m_reasons.at(i).resubmissionAllowed)
            finalTitles.append(reasonTitle(m_reasons.at(i)));
    }
    const bool anyFinal = !finalTitles.isEmpty();
    {
        // Programmatic: not the operator's choice, which is kept for later.
        const QSignalBlocker blocker(ui->resubmissionCheck);
        ui->resubmissionCheck->setEnabled(!anyFinal);
        ui->resubmissionCheck->setChecked(anyFinal ? false : m_resubmissionChoice);
    }
    ui->finalReasonLabel->setVisible(anyFinal);
    if (finalTitles.size() == 1)
        ui->finalReasonLabel->setText(
            tr("“%1” is a final reason: the customer may not apply again after it.").arg(finalTitles.constFirst()));
    else if (anyFinal)
        ui->finalReasonLabel->setText(tr("“%1” are final reasons: the customer may not apply again after them.")
                                          .arg(finalTitles.join(tr("”, “"))));
}

QStringList RejectDialog::reasonCodes() const
{
    QStringList codes;
    for (int i = 0; i < ui->reasonsList->count() && i < m_reasons.size(); ++i) {
        if (ui->reasonsList->item(i)->checkState() == Qt::Checked)
            codes.append(m_reasons.at(i).code);
    }
    return codes;
}

QString RejectDialog::customerMessage() const
{
    return ui->messageEdit->toPlainText().trimmed();
}

bool RejectDialog::resubmissionAllowed() const
{
    return ui->resubmissionCheck->isChecked();
}

QString RejectDialog::internalNote() const
{
    return ui->noteEdit->toPlainText().trimmed();
}

bool RejectDialog::emailInsteadOfSms() const
{
    return ui->lostCardNotice->emailInsteadOfSms();
}

Decision RejectDialog::decision(qint64 applicationId) const
{
    Decision decision;
    decision.applicationId = applicationId;
    decision.approve = false;
    decision.reasonCodes = reasonCodes();
    decision.resubmissionAllowed = resubmissionAllowed();
    decision.customerMessage = customerMessage();
    decision.internalNote = internalNote();
    decision.emailInsteadOfSms = emailInsteadOfSms();
    return decision;
}

QString RejectDialog::problem() const
{
    if (!m_policy.approvalAllowed && !m_policy.requiredReasonCode.isEmpty() &&
        !reasonCodes().contains(m_policy.requiredReasonCode)) {
        QString required = m_policy.requiredReasonCode;
        for (const RejectReason &reason : m_reasons) {
            if (reason.code == m_policy.requiredReasonCode)
                required = reasonTitle(reason);
        }
        return tr("This application can only be rejected with the reason “%1”.").arg(required);
    }
    // The same rules the service applies; the id and key are filled in later.
    Decision preview = decision(1);
    preview.idempotencyKey = QStringLiteral("preview");
    QString problem = preview.problem();
    if (!problem.isEmpty())
        problem[0] = problem.at(0).toUpper();
    return problem;
}

void RejectDialog::setPolicy(const ReviewPolicyOutcome &policy)
{
    const bool unchanged = snapshot() == m_unchangedSnapshot;
    m_policy = policy;
    ui->refusalLabel->setText(policy.refusal);
    ui->refusalLabel->setVisible(!policy.approvalAllowed && !policy.refusal.isEmpty());
    if (!policy.approvalAllowed) {
        for (int i = 0; i < m_reasons.size(); ++i) {
            if (m_reasons.at(i).code == policy.requiredReasonCode &&
                ui->reasonsList->item(i)->checkState() != Qt::Checked)
                toggleReason(i);
        }
    }
    ui->lostCardNotice->setSituation(policy.smsGoesToLostCard, m_facts.hasEmail);
    validate();
    // What the policy fills in is not the operator's work to lose.
    if (unchanged)
        m_unchangedSnapshot = snapshot();
}

void RejectDialog::setMessageFacts(const CustomerMessageFacts &facts)
{
    const bool unchanged = snapshot() == m_unchangedSnapshot;
    m_facts = facts;
    ui->lostCardNotice->setSituation(m_policy.smsGoesToLostCard, m_facts.hasEmail);
    validate();
    if (unchanged)
        m_unchangedSnapshot = snapshot();
}

QString RejectDialog::previewSms() const
{
    return ui->messagePreview->smsText();
}

QString RejectDialog::previewEmail() const
{
    return ui->messagePreview->emailText();
}

void RejectDialog::accept()
{
    if (!problem().isEmpty())
        return;
    DecisionDialog::accept();
}

bool RejectDialog::hasChanges() const
{
    return snapshot() != m_unchangedSnapshot;
}

QString RejectDialog::discardQuestionText() const
{
    return tr("Discard this rejection?");
}

QString RejectDialog::snapshot() const
{
    return reasonCodes().join(QLatin1Char(',')) + QChar(0x1F) + customerMessage() + QChar(0x1F) +
           (resubmissionAllowed() ? QLatin1Char('1') : QLatin1Char('0')) + QChar(0x1F) + internalNote() + QChar(0x1F) +
           (emailInsteadOfSms() ? QLatin1Char('1') : QLatin1Char('0'));
}

void RejectDialog::validate()
{
    const CustomerMessageFacts &f = m_facts;
    const QString sms =
        CustomerMessages::rejectionSms(f.applicationNumber, customerMessage(), resubmissionAllowed(), f.language);
    const QString email = f.hasEmail
                              ? CustomerMessages::rejectionEmail(f.applicantName, f.applicationNumber,
                                                                 customerMessage(), resubmissionAllowed(), f.language)
                              : QString();
    ui->messagePreview->setMessages(sms, !emailInsteadOfSms(), email);

    // The limit Decision::problem() enforces is on the longer of the Chinese
    // and the English SMS of a placeholder number; the count shown is of this
    // customer's SMS.
    const int length = int(sms.size());
    ui->countLabel->setText(tr("SMS: %1 / %2 characters").arg(length).arg(SmsMaxCharacters));
    ui->countLabel->setStyleSheet(length > SmsMaxCharacters ? QStringLiteral("QLabel { color: #b01c1c; }") : QString());
    const QString why = problem();
    ui->problemLabel->setText(why);
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    fitHeight();
}

} // namespace reissuedesk
