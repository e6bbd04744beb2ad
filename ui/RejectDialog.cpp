#include "ui/RejectDialog.h"

#include "ui_RejectDialog.h"

#include <QKeySequence>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>

namespace reissuedesk {
namespace {

// Notifications go out in Chinese (ReviewService), so the count is of that SMS.
const QString customerLanguage = QStringLiteral("zh_CN");

QString reasonTitle(const RejectReason &reason)
{
    return QLocale().language() == QLocale::Chinese ? reason.titleZh : reason.titleEn;
}

} // namespace

RejectDialog::RejectDialog(const QList<RejectReason> &reasons, const QString &applicationNumber, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::RejectDialog>())
    , m_reasons(reasons)
    , m_applicationNumber(applicationNumber)
{
    ui->setupUi(this);
    QFont titleFont = ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    ui->titleLabel->setFont(titleFont);
    ui->titleLabel->setText(tr("Reject %1").arg(applicationNumber));
    ui->problemLabel->setStyleSheet(QStringLiteral("QLabel { color: #b01c1c; font-weight: 600; }"));
    ui->reasonsList->setStyleSheet(QStringLiteral("QListWidget::item { padding: 2px 0; }"));

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
    // From inside the text fields, Ctrl+Enter sends.
    for (const QKeyCombination keys : {Qt::CTRL | Qt::Key_Return, Qt::CTRL | Qt::Key_Enter}) {
        auto *send = new QShortcut(QKeySequence(keys), this);
        connect(send, &QShortcut::activated, this, [this] {
            if (ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
                accept();
        });
    }

    connect(ui->messageEdit, &QPlainTextEdit::textChanged, this, &RejectDialog::validate);
    connect(ui->resubmissionCheck, &QCheckBox::toggled, this, &RejectDialog::validate);
    connect(ui->noteEdit, &QPlainTextEdit::textChanged, this, &RejectDialog::validate);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QPushButton *ok = ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("Reject"));
    ok->setDefault(true);
    ui->reasonsList->setFocus(Qt::OtherFocusReason);
    setMinimumWidth(640);
    validate();
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

void RejectDialog::reasonChanged(QListWidgetItem *item)
{
    const int row = ui->reasonsList->row(item);
    if (row < 0 || row >= m_reasons.size())
        return;
    // Add or take out this reason's text, keeping whatever the operator wrote.
    const QString text = m_reasons.at(row).customerTextZh;
    QString message = ui->messageEdit->toPlainText();
    if (item->checkState() == Qt::Checked) {
        if (!message.contains(text))
            message += text;
    } else {
        message.remove(text);
    }
    if (message != ui->messageEdit->toPlainText()) {
        const QSignalBlocker blocker(ui->messageEdit);
        ui->messageEdit->setPlainText(message);
        ui->messageEdit->moveCursor(QTextCursor::End);
    }

    bool allowed = true;
    for (int i = 0; i < ui->reasonsList->count(); ++i) {
        if (ui->reasonsList->item(i)->checkState() == Qt::Checked && !m_reasons.at(i).resubmissionAllowed)
            allowed = false;
    }
    {
        const QSignalBlocker blocker(ui->resubmissionCheck);
        ui->resubmissionCheck->setChecked(allowed);
    }
    validate();
}

QStringList RejectDialog::reasonCodes() const
{
    QStringList codes;
    for (int i = 0; i < ui->reasonsList->count(); ++i) {
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

Decision RejectDialog::decision(qint64 applicationId) const
{
    Decision decision;
    decision.applicationId = applicationId;
    decision.approve = false;
    decision.reasonCodes = reasonCodes();
    decision.resubmissionAllowed = resubmissionAllowed();
    decision.customerMessage = customerMessage();
    decision.internalNote = internalNote();
    return decision;
}

QString RejectDialog::problem() const
{
    // The same rules the service applies; the id and key are filled in later.
    Decision preview = decision(1);
    preview.idempotencyKey = QStringLiteral("preview");
    QString problem = preview.problem();
    if (!problem.isEmpty())
        problem[0] = problem.at(0).toUpper();
    return problem;
}

void RejectDialog::validate()
{
    const int length = int(
        CustomerMessages::rejectionSms(m_applicationNumber, customerMessage(), resubmissionAllowed(), customerLanguage)
            .size());
    ui->countLabel->setText(tr("SMS: %1 / %2 characters").arg(length).arg(SmsMaxCharacters));
    ui->countLabel->setStyleSheet(length > SmsMaxCharacters ? QStringLiteral("QLabel { color: #b01c1c; }") : QString());
    const QString why = problem();
    ui->problemLabel->setText(why);
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

// Interface placeholder: the policy display lands with the dialog work (issue 8).
void RejectDialog::setPolicy(const ReviewPolicyOutcome &policy)
{
    Q_UNUSED(policy);
}

} // namespace reissuedesk
