#include "ui/PeoplePanel.h"

#include "core/Masking.h"
#include "ui/ApplicationPresentation.h"
#include "ui/ReviewStyle.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QToolButton>

namespace reissuedesk {

using presentation::orDash;

PeoplePanel::PeoplePanel(QWidget *parent)
    : QGroupBox(tr("Applicant and account holder"), parent)
    , m_grid(new QGridLayout(this))
    , m_revealButton(new QToolButton(this))
    , m_applicantHeader(new QLabel(tr("Applicant"), this))
    , m_holderHeader(new QLabel(tr("Account holder"), this))
{
    setObjectName(QStringLiteral("peopleGroup"));
    m_revealButton->setObjectName(QStringLiteral("revealButton"));
    m_revealButton->setCheckable(true);
    m_revealButton->setText(tr("Show"));
    m_revealButton->setToolTip(tr("Show the full names, ID numbers, phone numbers and e-mail addresses (to compare "
                                  "with the ID photo); every showing is recorded"));
    m_applicantHeader->setObjectName(QStringLiteral("applicantHeaderLabel"));
    m_holderHeader->setObjectName(QStringLiteral("holderHeaderLabel"));
    m_holderHeader->setTextFormat(Qt::PlainText);
    // Own style: the group's style sheet keeps values regular.
    for (QLabel *header : {m_applicantHeader, m_holderHeader})
        header->setStyleSheet(QStringLiteral("QLabel { font-weight: 600; }"));
    m_grid->addWidget(m_applicantHeader, 0, 1);
    m_grid->addWidget(m_holderHeader, 0, 2);
    m_grid->addWidget(m_revealButton, 0, 3, Qt::AlignRight);
    const char *captions[] = {QT_TR_NOOP("Name"), QT_TR_NOOP("ID number"), QT_TR_NOOP("Phone"), QT_TR_NOOP("E-mail"),
                              QT_TR_NOOP("ID card valid until")};
    for (int row = 0; row < 5; ++row) {
        auto *caption = new QLabel(tr(captions[row]), this);
        reviewstyle::makeCaption(caption);
        m_grid->addWidget(caption, row + 1, 0);
    }
    m_applicantName = addValue(1, 1, "applicantNameLabel");
    m_holderName = addValue(1, 2, "holderNameLabel");
    m_applicantId = addValue(2, 1, "applicantIdLabel");
    m_holderId = addValue(2, 2, "holderIdLabel");
    m_contactPhone = addValue(3, 1, "contactPhoneLabel");
    m_accountPhone = addValue(3, 2, "accountPhoneLabel");
    m_contactEmail = addValue(4, 1, "contactEmailLabel");
    m_accountEmail = addValue(4, 2, "accountEmailLabel");
    m_idValidUntil = addValue(5, 1, "idValidUntilLabel");
    // ID and card numbers in a fixed-pitch font: easier to compare digit by
    // digit with the photo of the ID card.
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSizeF(font().pointSizeF());
    m_applicantId->setFont(fixed);
    m_holderId->setFont(fixed);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(2, 1);

    connect(m_revealButton, &QToolButton::toggled, this, [this](bool revealed) {
        render();
        Q_EMIT revealToggled(revealed);
    });
}

QLabel *PeoplePanel::addValue(int row, int column, const char *objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(QString::fromLatin1(objectName));
    reviewstyle::makeValue(label);
    m_grid->addWidget(label, row, column, Qt::AlignLeft | Qt::AlignVCenter);
    return label;
}

bool PeoplePanel::isRevealed() const
{
    return m_revealButton->isChecked();
}

void PeoplePanel::setContext(const ReviewContext &context, bool newApplication)
{
    m_context = context;
    if (newApplication) {
        const QSignalBlocker blocker(m_revealButton);
        m_revealButton->setChecked(false);
    }
    render();
}

void PeoplePanel::render()
{
    const Application &a = m_context.application;
    const Account &c = m_context.account;
    const bool reveal = isRevealed();
    m_revealButton->setText(reveal ? tr("Hide") : tr("Show"));
    m_holderHeader->setText(tr("Account holder · %1").arg(c.accountNumber));
    m_applicantName->setText(orDash(reveal ? a.applicantName : Masking::maskName(a.applicantName)));
    m_holderName->setText(orDash(reveal ? c.holderName : Masking::maskName(c.holderName)));
    m_applicantId->setText(orDash(reveal ? a.applicantIdNumber : Masking::maskIdNumber(a.applicantIdNumber)));
    m_holderId->setText(orDash(reveal ? c.holderIdNumber : Masking::maskIdNumber(c.holderIdNumber)));
    m_contactPhone->setText(orDash(reveal ? a.contactPhone : Masking::maskPhone(a.contactPhone)));
    m_accountPhone->setText(orDash(reveal ? c.phone : Masking::maskPhone(c.phone)));
    m_contactEmail->setText(orDash(reveal ? a.contactEmail : Masking::maskEmail(a.contactEmail)));
    m_accountEmail->setText(orDash(reveal ? c.email : Masking::maskEmail(c.email)));

    const QString same = QStringLiteral("QLabel { font-weight: normal; }");
    const QString differs = QStringLiteral("QLabel { background: #fde2e1; color: #a31b1b; font-weight: 600; "
                                           "border-radius: 3px; padding: 0 4px; }");
    const bool sameName = a.applicantName.trimmed() == c.holderName.trimmed();
    const bool sameId = a.applicantIdNumber.trimmed().toUpper() == c.holderIdNumber.trimmed().toUpper();
    for (QLabel *label : {m_applicantName, m_holderName})
        label->setStyleSheet(sameName ? same : differs);
    for (QLabel *label : {m_applicantId, m_holderId})
        label->setStyleSheet(sameId ? same : differs);

    const QDate validUntil = m_context.applicantIdValidUntil;
    if (!validUntil.isValid()) {
        m_idValidUntil->setText(tr("Unknown"));
        m_idValidUntil->setStyleSheet(same);
    } else {
        const bool expired = validUntil < QDate::currentDate();
        m_idValidUntil->setText(expired ? tr("%1 (expired)").arg(validUntil.toString(Qt::ISODate))
                                        : validUntil.toString(Qt::ISODate));
        m_idValidUntil->setStyleSheet(expired ? differs : same);
    }
}

} // namespace reissuedesk
