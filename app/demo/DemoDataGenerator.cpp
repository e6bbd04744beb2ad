#include "demo/DemoDataGenerator.h"

#include "core/Iccid.h"
#include "core/IdCardChecks.h"
#include "core/ResidentIdNumber.h"

#include <array>

namespace reissuedesk::demo {
namespace {

constexpr std::array surnames{u"王", u"李", u"张", u"刘", u"陈", u"杨", u"黄", u"赵",   u"吴",   u"周",  u"徐",
                              u"孙", u"马", u"朱", u"胡", u"郭", u"何", u"高", u"林",   u"罗",   u"郑",  u"梁",
                              u"谢", u"宋", u"唐", u"许", u"韩", u"冯", u"邓", u"曹",   u"彭",   u"曾",  u"肖",
                              u"田", u"董", u"袁", u"潘", u"于", u"蒋", u"蔡", u"欧阳", u"司马", u"上官"};
constexpr std::array givenNameCharacters{u"伟", u"芳", u"娜", u"敏", u"静", u"丽", u"强", u"磊", u"军", u"洋",
                                         u"勇", u"艳", u"杰", u"娟", u"涛", u"明", u"超", u"秀", u"霞", u"平",
                                         u"刚", u"桂", u"英", u"华", u"建", u"文", u"辉", u"玲", u"鑫", u"宇",
                                         u"浩", u"婷", u"晨", u"欣", u"博", u"悦", u"思", u"嘉", u"子", u"梓"};

struct Region {
    const char16_t *code;  // first six digits of the ID number
    const char16_t *place; // province + city + district
    const char16_t *authority;
};
constexpr std::array regions{
    Region{u"110105", u"北京市朝阳区", u"北京市公安局朝阳分局"},
    Region{u"110108", u"北京市海淀区", u"北京市公安局海淀分局"},
    Region{u"310115", u"上海市浦东新区", u"上海市公安局浦东分局"},
    Region{u"440106", u"广东省广州市天河区", u"广州市公安局天河区分局"},
    Region{u"440305", u"广东省深圳市南山区", u"深圳市公安局南山分局"},
    Region{u"330106", u"浙江省杭州市西湖区", u"杭州市公安局西湖区分局"},
    Region{u"510107", u"四川省成都市武侯区", u"成都市公安局武侯区分局"},
    Region{u"420111", u"湖北省武汉市洪山区", u"武汉市公安局洪山区分局"},
    Region{u"320102", u"江苏省南京市玄武区", u"南京市公安局玄武分局"},
    Region{u"610113", u"陕西省西安市雁塔区", u"西安市公安局雁塔分局"},
    Region{u"500103", u"重庆市渝中区", u"重庆市公安局渝中区分局"},
    Region{u"370202", u"山东省青岛市市南区", u"青岛市公安局市南分局"},
};
constexpr std::array streets{u"建国路", u"人民路",   u"中山路", u"解放路",   u"长江路", u"和平街",
                             u"文化路", u"科技园路", u"学府路", u"滨江大道", u"东风路", u"花园街"};
constexpr std::array agents{u"华强北星联通讯店",       u"城南数码广场手机专营", u"校园通讯服务点",
                            u"万达广场移动营业厅代理", u"老街便民通讯社",       u"高铁站数码便利店"};
constexpr std::array otherReasons{u"卡片被洗衣机洗坏", u"换新手机需要更换卡型", u"卡片芯片接触不良", u"eSIM 误删除",
                                  u"手机被盗"};

QString text(const char16_t *utf16)
{
    return QString::fromUtf16(utf16);
}

// A stable pseudo-random fraction of a key (FNV-1a), in [0, 1). Drawing from
// the generator's random stream instead would change every later value of an
// existing seed's data.
double stableFraction(const QString &key)
{
    quint32 hash = 2166136261u;
    for (const QChar c : key) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return double(hash % 10000u) / 10000.0;
}

} // namespace

DemoDataGenerator::DemoDataGenerator(quint32 seed, const QDateTime &now)
    : m_random(seed)
    , m_seed(seed)
    , m_now(now.toUTC())
{
}

int DemoDataGenerator::pick(int bound)
{
    return std::uniform_int_distribution<int>(0, bound - 1)(m_random);
}

bool DemoDataGenerator::chance(double probability)
{
    return std::uniform_real_distribution<double>(0.0, 1.0)(m_random) < probability;
}

QString DemoDataGenerator::personName()
{
    QString name = text(surnames[std::size_t(pick(int(surnames.size())))]);
    const int givenLength = chance(0.7) ? 2 : 1;
    for (int i = 0; i < givenLength; ++i)
        name += text(givenNameCharacters[std::size_t(pick(int(givenNameCharacters.size())))]);
    return name;
}

QString DemoDataGenerator::idNumber(QDate birth, bool male, bool valid)
{
    const Region &region = regions[std::size_t(pick(int(regions.size())))];
    int order = pick(500) * 2 + (male ? 1 : 0); // odd: male, even: female (GB 11643)
    const QString first17 = text(region.code) + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(order, 3, 10, QLatin1Char('0'));
    const QString number = ResidentIdNumber::withCheckCharacter(first17);
    if (valid)
        return number;
    // A typo in the last character: the check character no longer fits.
    const QChar correct = number.back();
    const QString wrong = QStringLiteral("0123456789X");
    QChar replacement = wrong.at(pick(int(wrong.size())));
    if (replacement == correct)
        replacement = correct == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    return number.left(17) + replacement;
}

QString DemoDataGenerator::address()
{
    const Region &region = regions[std::size_t(pick(int(regions.size())))];
    return text(region.place) + text(streets[std::size_t(pick(int(streets.size())))]) +
           QStringLiteral("%1号%2栋%3室").arg(pick(300) + 1).arg(pick(20) + 1).arg((pick(30) + 1) * 100 + pick(4) + 1);
}

QString DemoDataGenerator::mobile()
{
    static const std::array prefixes{"134", "135", "136", "137", "138", "139", "150", "151", "152", "157",
                                     "158", "159", "182", "183", "187", "188", "130", "131", "132", "155",
                                     "156", "185", "186", "133", "153", "177", "180", "181", "189", "199"};
    QString number = QString::fromLatin1(prefixes[std::size_t(pick(int(prefixes.size())))]);
    for (int i = 0; i < 8; ++i)
        number += QChar(u'0' + pick(10));
    return number;
}

QString DemoDataGenerator::iccid()
{
    QString digits = QStringLiteral("898600");
    while (digits.size() < 19)
        digits += QChar(u'0' + pick(10));
    return digits + Iccid::luhnCheckDigit(digits);
}

Account DemoDataGenerator::newAccount()
{
    Account account;
    account.accountNumber = QStringLiteral("AC%1").arg(10000000 + ++m_accountSerial, 9, 10, QLatin1Char('0'));
    account.holderName = personName();
    const QDate birth = QDate(1950, 1, 1).addDays(pick(365 * 55));
    account.holderIdNumber = idNumber(birth, chance(0.5), true);
    account.phone = mobile();
    if (chance(0.6))
        account.email = QStringLiteral("user%1@example.com").arg(m_accountSerial);
    account.address = address();
    account.cardNumbers = {account.phone, iccid()};
    return account;
}

IdCardFace DemoDataGenerator::faceFor(const QString &name, const QString &number, const QString &homeAddress)
{
    IdCardFace face;
    face.name = name;
    face.idNumber = number;
    const int sexDigit = number.size() >= 17 ? number.at(16).digitValue() : 1;
    face.sex = sexDigit % 2 == 1 ? QStringLiteral("男") : QStringLiteral("女");
    face.ethnicity = chance(0.9) ? QStringLiteral("汉") : QStringLiteral("回");
    face.birthDate = QDate::fromString(number.mid(6, 8), QStringLiteral("yyyyMMdd"));
    face.address = homeAddress;
    face.issuingAuthority = text(regions[std::size_t(pick(int(regions.size())))].authority);
    face.validFrom = m_now.date().addDays(-pick(3650) - 30);
    const int years = face.birthDate.isValid() && face.birthDate.daysTo(face.validFrom) > 46 * 365 ? 0 : 20;
    face.validUntil = years == 0 ? QDate() : face.validFrom.addYears(years);
    return face;
}

double DemoDataGenerator::documentMegapixels()
{
    // Phone photos: mostly a few megapixels, some full-resolution 12-24 MP shots.
    const double roll = std::uniform_real_distribution<double>(0.0, 1.0)(m_random);
    std::uniform_real_distribution<double> small(1.0, 3.0), medium(3.0, 6.0), large(6.0, 12.0), huge(12.0, 24.0);
    if (roll < 0.62)
        return small(m_random);
    if (roll < 0.87)
        return medium(m_random);
    if (roll < 0.96)
        return large(m_random);
    return huge(m_random);
}

void DemoDataGenerator::addCardMismatches(PlannedApplication &plan, qsizetype index, bool proxy) const
{
    std::mt19937 odd(m_seed ^ (quint32(index) * 2654435761u) ^ 0x1d0cu);
    std::uniform_real_distribution<double> roll(0.0, 1.0);
    IdCardFace &face = plan.face;
    const bool number = roll(odd) < CardNumberMismatchShare;
    const bool name = roll(odd) < CardNameMismatchShare;
    const bool expired = roll(odd) < ExpiredCardShare;
    // Someone else's card with the holder's birth date and sex: a valid number
    // that is not the one typed (a proxy's card already differs from the holder).
    if (number && !proxy && ResidentIdNumber::validate(face.idNumber, m_now.date()).valid) {
        const QString first14 = face.idNumber.left(14);
        const int sexDigit = face.idNumber.at(16).digitValue();
        QString other = face.idNumber;
        while (other == face.idNumber) {
            const int sequence = int(odd() % 100u);
            const int last = (int(odd() % 5u) * 2 + sexDigit % 2);
            other = ResidentIdNumber::withCheckCharacter(
                QStringLiteral("%1%2%3").arg(first14).arg(sequence, 2, 10, QLatin1Char('0')).arg(last));
        }
        face.idNumber = other;
    }
    if (name && face.name.size() >= 2) {
        static const std::array givenNames{u"伟", u"芳", u"娜", u"敏", u"静", u"丽", u"强", u"磊"};
        QString other = face.name;
        while (other == face.name)
            other = face.name.left(face.name.size() - 1) + QString::fromUtf16(givenNames[odd() % givenNames.size()]);
        face.name = other;
    }
    if (expired && face.birthDate.isValid()) {
        // Expired 1-24 months before submission, after the term the holder's age gave it.
        const QDate until = plan.application.submittedAt.date().addDays(-30 - int(odd() % 700u));
        int years = 20;
        for (const int term : {20, 10, 5}) {
            if (IdCardChecks::termYearsForAge(IdCardChecks::ageOn(face.birthDate, until.addYears(-term))) == term) {
                years = term;
                break;
            }
        }
        face.validUntil = until;
        face.validFrom = until.addYears(-years);
    }
}

PlannedApplication DemoDataGenerator::next()
{
    PlannedApplication plan;
    const qsizetype index = m_generated++;

    // About 3 % of applications come from an account that applied before (most of
    // them within 90 days: a repeat replacement for the review policy).
    const bool repeat = !m_recentAccounts.isEmpty() && chance(RepeatAccountShare);
    plan.account = repeat ? m_recentAccounts.at(pick(int(m_recentAccounts.size()))) : newAccount();
    if (!repeat) {
        if (m_recentAccounts.size() < 2000)
            m_recentAccounts.append(plan.account);
        else
            m_recentAccounts[pick(2000)] = plan.account;
    }

    Application &a = plan.application;
    const bool proxy = chance(ProxyShare); // someone other than the holder applies
    if (proxy) {
        a.applicantName = personName();
        const QDate birth = QDate(1960, 1, 1).addDays(pick(365 * 45));
        a.applicantIdNumber = idNumber(birth, chance(0.5), true);
    } else {
        a.applicantName = plan.account.holderName;
        a.applicantIdNumber = plan.account.holderIdNumber;
    }
    if (chance(InvalidIdNumberShare)) // a typo in the form's ID number
        a.applicantIdNumber = idNumber(QDate::fromString(a.applicantIdNumber.mid(6, 8), QStringLiteral("yyyyMMdd")),
                                       a.applicantIdNumber.at(16).digitValue() % 2 == 1, false);

    const int reasonRoll = pick(100);
    a.reason = reasonRoll < 60 ? ReplacementReason::Lost
                               : (reasonRoll < 90 ? ReplacementReason::Damaged : ReplacementReason::Other);
    if (a.reason == ReplacementReason::Other)
        a.reasonText = text(otherReasons[std::size_t(pick(int(otherReasons.size())))]);
    else if (a.reason == ReplacementReason::Damaged && chance(0.3))
        a.reasonText = QStringLiteral("卡片断裂");

    a.contactEmail = plan.account.email;
    a.language = stableFraction(plan.account.accountNumber) < EnglishSpeakingShare ? QStringLiteral("en")
                                                                                   : QStringLiteral("zh_CN");
    const int cardRoll = pick(100);
    if (chance(ForeignOldCardShare)) // a card that is not registered on the account
        a.oldCardNumber = iccid();
    else if (cardRoll < 40)
        a.oldCardNumber = plan.account.phone;
    else if (cardRoll < 70)
        a.oldCardNumber = plan.account.cardNumbers.value(1);
    // Whoever lost the card with the account's number mostly gives another number
    // to reach them; a few give the lost one, which cannot receive our SMS.
    const bool lostPhoneNumber = a.reason == ReplacementReason::Lost && a.oldCardNumber == plan.account.phone;
    if (lostPhoneNumber)
        a.contactPhone = chance(LostNumberAsContactShare) ? plan.account.phone : mobile();
    else if (a.reason == ReplacementReason::Lost && !a.oldCardNumber.isEmpty())
        a.contactPhone = plan.account.phone; // the lost card was another one: the phone still works
    else
        a.contactPhone = chance(0.9) ? plan.account.phone : mobile();

    a.channel = chance(0.25) ? SalesChannel::Agent : SalesChannel::Direct;
    if (a.channel == SalesChannel::Agent)
        a.agentName = text(agents[std::size_t(pick(int(agents.size())))]);
    a.shippingAddress = chance(0.85) ? plan.account.address : address();
    a.specialServiceFeeCents = chance(FeeShare) ? (chance(0.5) ? 2000 : 5000) : 0;

    // Most applications arrived within the last 48 hours (so some are overdue);
    // about 4 % are older, already decided ones that make up account histories.
    const bool historical = chance(0.04);
    if (historical) {
        a.submittedAt = m_now.addSecs(-qint64(10 + pick(80)) * 86400 - pick(86400));
    } else {
        a.submittedAt = m_now.addSecs(-pick(48 * 3600));
    }
    a.submittedAt = a.submittedAt.addMSecs(-a.submittedAt.time().msec());
    a.dueAt = a.submittedAt.addSecs(ReviewDeadlineSeconds);

    if (historical || chance(0.12)) {
        PlannedDecision decision;
        decision.approve = !proxy && chance(0.75);
        if (!decision.approve) {
            static const std::array reasons{"id_front_unclear", "id_back_unclear", "voucher_missing",
                                            "address_incomplete", "not_account_holder"};
            decision.rejectReasonCode = proxy
                                            ? QStringLiteral("not_account_holder")
                                            : QString::fromLatin1(reasons[std::size_t(pick(int(reasons.size()) - 1))]);
            decision.resubmissionAllowed = decision.rejectReasonCode != QLatin1String("not_account_holder");
        }
        const qint64 reviewDelay = 600 + pick(20 * 3600);
        decision.decidedAt = std::min(a.submittedAt.addSecs(reviewDelay), m_now.addSecs(-60));
        if (decision.decidedAt <= a.submittedAt)
            decision.decidedAt = a.submittedAt.addSecs(1);
        a.status = decision.approve ? (historical ? ApplicationStatus::Shipped : ApplicationStatus::Approved)
                                    : ApplicationStatus::Rejected;
        plan.decision = decision;
    } else if (chance(0.01)) {
        a.status = ApplicationStatus::Cancelled;
    }

    const QString homeAddress = proxy ? address() : plan.account.address;
    plan.face = faceFor(a.applicantName, a.applicantIdNumber, homeAddress);
    addCardMismatches(plan, index, proxy);

    auto planned = [&](DocumentKind kind) {
        PlannedDocument document;
        document.kind = kind;
        document.megapixels = documentMegapixels();
        const int quality = pick(100);
        document.blemish = quality < 5 ? Blemish::Blurred : (quality < 10 ? Blemish::Dim : Blemish::None);
        const int rotation = pick(100);
        document.exifOrientation = rotation < 8 ? 6 : (rotation < 12 ? 8 : (rotation < 14 ? 3 : 1));
        document.seed = quint32(m_random());
        return document;
    };
    // A reused scan comes from another account's application (the same account
    // uploading its own scan again is no fraud signal); both get flagged.
    PlannedDocument front = planned(DocumentKind::IdFront);
    if (!m_applicationsWithIdFront.isEmpty() && chance(ReusedDocumentShare)) {
        const auto &[source, sourceAccount] = m_applicationsWithIdFront.at(pick(int(m_applicationsWithIdFront.size())));
        if (sourceAccount != plan.account.accountNumber)
            front.reuseOf = source;
    }
    if (front.reuseOf < 0)
        m_applicationsWithIdFront.append({index, plan.account.accountNumber});
    plan.documents.append(front);
    if (chance(0.98)) // a few forget the back side
        plan.documents.append(planned(DocumentKind::IdBack));
    if (a.channel == SalesChannel::Agent && chance(0.9)) {
        PlannedDocument voucher = planned(DocumentKind::PurchaseProof);
        voucher.asPdf = chance(0.4);
        voucher.exifOrientation = 1;
        voucher.blemish = Blemish::None;
        plan.documents.append(voucher);
        plan.voucher.agentName = a.agentName;
        plan.voucher.receiptNumber =
            QStringLiteral("R%1").arg(quint32(m_random()) % 100000000u, 8, 10, QLatin1Char('0'));
        plan.voucher.soldAt = a.submittedAt.addDays(-30 - pick(700));
        plan.voucher.customerName = plan.account.holderName;
        plan.voucher.cardNumber = a.oldCardNumber.isEmpty() ? plan.account.phone : a.oldCardNumber;
        plan.voucher.amountCents = (pick(5) + 1) * 1000;
    }
    return plan;
}

} // namespace reissuedesk::demo
