#include "ui/ApplicationDetailPane.h"

#include "models/ReviewTexts.h"

#include "core/Masking.h"
#include "models/QueueModel.h"
#include "ui/ApplicationPresentation.h"
#include "ui/RiskFlagsDelegate.h"
#include "ui_ApplicationDetailPane.h"

#include <QFontDatabase>
#include <QLocale>
#include <QRegularExpression>

namespace reissuedesk {

using namespace presentation;

ApplicationDetailPane::ApplicationDetailPane(QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::ApplicationDetailPane>())
{
    ui->setupUi(this);
    ui->scrollArea->setMinimumWidth(300);
    ui->documentsHintLabel->setForegroundRole(QPalette::PlaceholderText);
    ui->loadingLabel->hide();
    ui->addressWarningLabel->setStyleSheet(QStringLiteral("QLabel { color: #7a4a00; font-weight: 600; }"));

    // ID and card numbers in a fixed-pitch font: easier to compare digit by digit
    // with the photo of the ID card.
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSizeF(font().pointSizeF());
    for (QLabel *label : {ui->applicantIdLabel, ui->holderIdLabel, ui->oldCardLabel, ui->accountNumberLabel})
        label->setFont(fixed);
    QFont numberFont = ui->numberLabel->font();
    numberFont.setPointSizeF(numberFont.pointSizeF() * 1.35);
    numberFont.setBold(true);
    ui->numberLabel->setFont(numberFont);

    // Applications come from a public web form: no label guesses rich text.
    const auto labels = findChildren<QLabel *>();
    for (QLabel *label : labels)
        label->setTextFormat(Qt::PlainText);

    // One caption column across all groups, so the values line up down the pane.
    int captionWidth = 0;
    for (const QLabel *label : labels) {
        if (label->objectName().endsWith(QLatin1String("Caption")))
            captionWidth = std::max(captionWidth, label->sizeHint().width());
    }
    for (QLabel *label : labels) {
        if (label->objectName().endsWith(QLatin1String("Caption")))
            label->setMinimumWidth(captionWidth);
    }
    // Captions sit level with one-line values and at the top of long texts.
    // (Every value may wrap, so that a narrow pane never cuts one off.)
    const QList<const QLabel *> longTexts{ui->reasonTextLabel, ui->agentLabel, ui->shippingAddressLabel,
                                          ui->accountAddressLabel};
    for (QLabel *caption : labels) {
        const QString name = caption->objectName();
        if (!name.endsWith(QLatin1String("Caption")))
            continue;
        QLabel *value = findChild<QLabel *>(name.chopped(int(qstrlen("Caption"))));
        caption->setAlignment(Qt::AlignLeft | (longTexts.contains(value) ? Qt::AlignTop : Qt::AlignVCenter));
        if (value) {
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            value->setWordWrap(true);
            value->setText(QStringLiteral("—"));
        }
    }
    for (QToolButton *button : {ui->revealApplicantButton, ui->revealHolderButton})
        button->setStyleSheet(QStringLiteral("QToolButton { padding: 1px 10px; }"));
    const auto groups = findChildren<QGroupBox *>();
    for (QGroupBox *group : groups) {
        group->setFlat(true);
        group->setStyleSheet(QStringLiteral("QGroupBox { font-weight: 600; }"));
    }
    applyPalette();

    m_loadingDelay.setSingleShot(true);
    m_loadingDelay.setInterval(150);
    connect(&m_loadingDelay, &QTimer::timeout, this, [this] {
        ui->loadingLabel->show();
        ui->scrollContents->setEnabled(false);
    });
    connect(ui->revealApplicantButton, &QToolButton::toggled, this, [this](bool reveal) {
        showApplicantFields();
        if (reveal && m_detail)
            Q_EMIT personalDataRevealed(m_detail->application.id, QStringLiteral("applicant"));
    });
    connect(ui->revealHolderButton, &QToolButton::toggled, this, [this](bool reveal) {
        showHolderFields();
        if (reveal && m_detail)
            Q_EMIT personalDataRevealed(m_detail->application.id, QStringLiteral("account_holder"));
    });
    clear();
}

ApplicationDetailPane::~ApplicationDetailPane() = default;

void ApplicationDetailPane::clear()
{
    m_loadingDelay.stop();
    m_detail.reset();
    ui->placeholderLabel->setText(tr("Select an application to see its details."));
    ui->placeholderLabel->setForegroundRole(QPalette::PlaceholderText);
    ui->stack->setCurrentWidget(ui->emptyPage);
    ui->documentsListLabel->clear();
}

void ApplicationDetailPane::showLoading()
{
    if (ui->stack->currentWidget() == ui->detailPage)
        m_loadingDelay.start();
    else
        ui->placeholderLabel->setText(tr("Loading…"));
}

void ApplicationDetailPane::showError(const QString &message)
{
    m_loadingDelay.stop();
    m_detail.reset();
    ui->placeholderLabel->setText(message);
    ui->placeholderLabel->setForegroundRole(QPalette::WindowText);
    ui->stack->setCurrentWidget(ui->emptyPage);
    ui->documentsListLabel->clear();
}

void ApplicationDetailPane::focusContent()
{
    ui->scrollArea->setFocus(Qt::OtherFocusReason);
}

void ApplicationDetailPane::showDetail(const ApplicationDetail &detail, int riskFlags)
{
    const bool sameApplication = m_detail && m_detail->application.id == detail.application.id;
    m_loadingDelay.stop();
    m_detail = detail;
    ui->loadingLabel->hide();
    ui->scrollContents->setEnabled(true);
    ui->stack->setCurrentWidget(ui->detailPage);
    if (!sameApplication) {
        // Every new application starts masked; a refresh of the same one keeps
        // what the operator chose to see.
        const QSignalBlocker applicantBlocker(ui->revealApplicantButton);
        const QSignalBlocker holderBlocker(ui->revealHolderButton);
        ui->revealApplicantButton->setChecked(false);
        ui->revealHolderButton->setChecked(false);
        ui->scrollArea->ensureVisible(0, 0);
    }

    const Application &a = detail.application;
    const Account &c = detail.account;
    const QLocale locale;

    ui->numberLabel->setText(a.applicationNumber);
    ui->statusLabel->setText(ReviewTexts::statusText(a.status));
    const auto [background, foreground] = statusColors(a.status);
    ui->statusLabel->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 9px; "
                                                  "padding: 2px 10px; font-weight: 600; }")
                                       .arg(background.name(), foreground.name()));

    ui->submittedLabel->setText(a.submittedAt.toLocalTime().toString(dateTimeFormat));
    // Time left sits in the header, next to the status: the first thing to read.
    ui->deadlineLabel->setText(a.dueAt.toLocalTime().toString(dateTimeFormat));
    QString deadlineStyle;
    QString urgencyStyle;
    ui->urgencyLabel->setVisible(isOpen(a.status));
    if (isOpen(a.status)) {
        const qint64 secondsLeft = QDateTime::currentDateTimeUtc().secsTo(a.dueAt);
        const QString left = QueueModel::timeLeftText(secondsLeft);
        switch (QueueModel::urgencyFor(secondsLeft)) {
        case QueueModel::Urgency::Overdue:
            ui->urgencyLabel->setText(left);
            deadlineStyle = QStringLiteral("QLabel { color: #b01c1c; font-weight: 600; }");
            urgencyStyle = QStringLiteral("background: #fde2e1; color: #a31b1b;");
            break;
        case QueueModel::Urgency::Soon:
            ui->urgencyLabel->setText(tr("%1 left").arg(left));
            deadlineStyle = QStringLiteral("QLabel { color: #9a5b00; font-weight: 600; }");
            urgencyStyle = QStringLiteral("background: #fff1cc; color: #7a4a00;");
            break;
        case QueueModel::Urgency::Normal:
            ui->urgencyLabel->setText(tr("%1 left").arg(left));
            urgencyStyle = QStringLiteral("background: #eeeeee; color: #444444;");
            break;
        }
    }
    ui->deadlineLabel->setStyleSheet(deadlineStyle);
    ui->urgencyLabel->setStyleSheet(
        QStringLiteral("QLabel { %1 border-radius: 9px; padding: 2px 10px; }").arg(urgencyStyle));
    if (detail.holderLogin.isEmpty()) {
        ui->holderLabel->setText(tr("Nobody"));
    } else if (a.leaseExpiresAt.isValid()) {
        ui->holderLabel->setText(
            tr("%1 (until %2)")
                .arg(detail.holderLogin, a.leaseExpiresAt.toLocalTime().toString(QStringLiteral("HH:mm"))));
    } else {
        ui->holderLabel->setText(detail.holderLogin);
    }
    ui->roundLabel->setText(QString::number(a.reviewRound));

    showApplicantFields();
    showHolderFields();

    // Proxy applications are not allowed: say plainly whether the applicant is the
    // account holder, even while both are masked.
    const bool sameName = a.applicantName.trimmed() == c.holderName.trimmed();
    const bool sameId = a.applicantIdNumber.trimmed().toUpper() == c.holderIdNumber.trimmed().toUpper();
    if (sameName && sameId) {
        ui->identityMatchLabel->setText(tr("✓ The applicant is the account holder (name and ID number match)."));
        ui->identityMatchLabel->setStyleSheet(QStringLiteral("QLabel { color: #1b6b34; }"));
    } else {
        ui->identityMatchLabel->setText(
            !sameName && !sameId ? tr("✗ The applicant's name and ID number differ from the account holder's.")
            : !sameName          ? tr("✗ The applicant's name differs from the account holder's.")
                                 : tr("✗ The applicant's ID number differs from the account holder's."));
        ui->identityMatchLabel->setStyleSheet(QStringLiteral("QLabel { color: #a31b1b; font-weight: 600; }"));
    }

    ui->reasonLabel->setText(ReviewTexts::reasonText(a.reason));
    ui->reasonTextLabel->setText(orDash(a.reasonText));
    ui->channelLabel->setText(ReviewTexts::salesChannelText(a.channel));
    ui->agentLabel->setText(a.channel == SalesChannel::Agent ? orDash(a.agentName) : tr("—"));
    ui->feeLabel->setText(a.specialServiceFeeCents == 0
                              ? tr("None (free replacement)")
                              : QStringLiteral("¥") +
                                    locale.toString(double(a.specialServiceFeeCents) / 100.0, 'f', 2));

    ui->shippingAddressLabel->setText(orDash(a.shippingAddress));
    ui->accountAddressLabel->setText(orDash(c.address));
    const bool addressDiffers = comparableAddress(a.shippingAddress) != comparableAddress(c.address);
    ui->addressWarningLabel->setVisible(addressDiffers);
    ui->shippingAddressLabel->setStyleSheet(addressDiffers ? QStringLiteral("QLabel { background: #fff1cc; }")
                                                           : QString());

    showRiskFlags(riskFlags);
    showDocuments(detail.documents);
}

void ApplicationDetailPane::showDocuments(const QList<Document> &documents)
{
    QStringList kinds;
    for (const Document &document : documents)
        kinds.append(QStringLiteral("• ") + ReviewTexts::documentKindText(document.kind));
    ui->documentsListLabel->setText(kinds.isEmpty() ? tr("No documents were uploaded.")
                                                    : kinds.join(QLatin1Char('\n')));
    ui->documentsHintLabel->setVisible(!kinds.isEmpty());
}

void ApplicationDetailPane::showApplicantFields()
{
    if (!m_detail)
        return;
    const Application &a = m_detail->application;
    const bool reveal = ui->revealApplicantButton->isChecked();
    ui->revealApplicantButton->setText(reveal ? tr("Hide") : tr("Show"));
    ui->applicantNameLabel->setText(orDash(reveal ? a.applicantName : Masking::maskName(a.applicantName)));
    ui->applicantIdLabel->setText(orDash(reveal ? a.applicantIdNumber : Masking::maskIdNumber(a.applicantIdNumber)));
    ui->contactPhoneLabel->setText(orDash(reveal ? a.contactPhone : Masking::maskPhone(a.contactPhone)));
    ui->contactEmailLabel->setText(orDash(reveal ? a.contactEmail : Masking::maskEmail(a.contactEmail)));
    ui->oldCardLabel->setText(a.oldCardNumber.isEmpty() ? tr("Unknown")
                              : reveal                  ? a.oldCardNumber
                                                        : Masking::maskCardNumber(a.oldCardNumber));
}

void ApplicationDetailPane::showHolderFields()
{
    if (!m_detail)
        return;
    const Account &c = m_detail->account;
    const bool reveal = ui->revealHolderButton->isChecked();
    ui->revealHolderButton->setText(reveal ? tr("Hide") : tr("Show"));
    ui->accountNumberLabel->setText(orDash(c.accountNumber));
    ui->holderNameLabel->setText(orDash(reveal ? c.holderName : Masking::maskName(c.holderName)));
    ui->holderIdLabel->setText(orDash(reveal ? c.holderIdNumber : Masking::maskIdNumber(c.holderIdNumber)));
    ui->accountPhoneLabel->setText(orDash(reveal ? c.phone : Masking::maskPhone(c.phone)));
    ui->accountEmailLabel->setText(orDash(reveal ? c.email : Masking::maskEmail(c.email)));
}

void ApplicationDetailPane::showRiskFlags(int flags)
{
    // Rebuilt per application: at most four rows.
    while (QLayoutItem *item = ui->riskListLayout->takeAt(0)) {
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *child = row->takeAt(0)) {
                delete child->widget();
                delete child;
            }
        }
        delete item->widget();
        delete item;
    }
    const QList<RiskFlag> list = RiskFlagsDelegate::flagsIn(flags);
    if (list.isEmpty()) {
        ui->riskTitleLabel->setText(tr("No risk flags"));
        ui->riskFrame->setStyleSheet(QStringLiteral("#riskFrame { background: #f1f8f3; border: 1px solid #cfe6d6; "
                                                    "border-radius: 6px; } #riskTitleLabel { color: #1b6b34; }"));
        return;
    }
    ui->riskTitleLabel->setText(tr("Risk flags (%1)").arg(list.size()));
    ui->riskFrame->setStyleSheet(QStringLiteral("#riskFrame { background: #fff5f5; border: 1px solid #f0c4c4; "
                                                "border-radius: 6px; } #riskTitleLabel { color: #a31b1b; "
                                                "font-weight: 600; }"));
    for (const RiskFlag flag : list) {
        auto *row = new QHBoxLayout;
        row->setSpacing(8);
        auto *badge = new QLabel;
        badge->setPixmap(RiskFlagsDelegate::badgePixmap(flag, font(), devicePixelRatioF()));
        badge->setAlignment(Qt::AlignTop);
        auto *text = new QLabel(RiskFlagsDelegate::flagName(flag));
        text->setWordWrap(true);
        row->addWidget(badge);
        row->addWidget(text, 1);
        ui->riskListLayout->addLayout(row);
    }
}

void ApplicationDetailPane::applyPalette()
{
    // Captions one step quieter than the values they name.
    QPalette captionPalette = palette();
    const QColor text = captionPalette.color(QPalette::WindowText);
    const QColor window = captionPalette.color(QPalette::Window);
    const QColor muted =
        QColor::fromRgbF(text.redF() * 0.6f + window.redF() * 0.4f, text.greenF() * 0.6f + window.greenF() * 0.4f,
                         text.blueF() * 0.6f + window.blueF() * 0.4f);
    captionPalette.setColor(QPalette::WindowText, muted);
    const auto labels = findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->objectName().endsWith(QLatin1String("Caption")))
            label->setPalette(captionPalette);
    }
    ui->loadingLabel->setPalette(captionPalette);
}

void ApplicationDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

} // namespace reissuedesk
