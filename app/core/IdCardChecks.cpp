#include "core/IdCardChecks.h"

#include "core/Masking.h"
#include "core/ResidentIdNumber.h"

#include <optional>

// Texts are in the "ReviewChecks" translation context, with the other checks.
// Values read off a card are customer data like the form's: masked as the
// other checks mask them, and shown as plain text.

namespace reissuedesk {
namespace {

CheckResult make(CheckId id, CheckVerdict verdict, const QString &explanation)
{
    CheckResult result;
    result.id = id;
    result.verdict = verdict;
    result.title = ReviewChecks::title(id);
    result.explanation = explanation;
    return result;
}

QString sideName(DocumentKind kind)
{
    return kind == DocumentKind::IdBack ? ReviewChecks::tr("ID back") : ReviewChecks::tr("ID front");
}

// Why a document has no usable reading, or nullopt when it has one.
std::optional<QString> notReadSentence(const DocumentIdReading &document)
{
    const QString side = sideName(document.kind);
    switch (document.state) {
    case IdReadingState::Missing:
        if (!document.hasDocument())
            return ReviewChecks::tr("No %1 uploaded: nothing to read").arg(side);
        return ReviewChecks::tr("The %1 is not read yet: compare by eye").arg(side);
    case IdReadingState::Pending:
    case IdReadingState::Reading:
        return ReviewChecks::tr("The %1 is not read yet: compare by eye").arg(side);
    case IdReadingState::Failed:
        return ReviewChecks::tr("Could not read the %1 (%2): compare by eye").arg(side, document.lastError);
    case IdReadingState::Done:
        if (!document.reading.error.isEmpty())
            return ReviewChecks::tr("Could not read the %1 (%2): compare by eye").arg(side, document.reading.error);
        return std::nullopt;
    }
    return std::nullopt;
}

CheckResult fromField(CheckResult result, const DocumentIdReading &document, const IdCardField &field)
{
    result.documentId = document.documentId;
    result.region = field.region;
    return result;
}

QString withoutWhiteSpace(const QString &s)
{
    QString compact;
    compact.reserve(s.size());
    for (QChar c : s) {
        if (!c.isSpace())
            compact.append(c);
    }
    return compact;
}

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

int IdCardChecks::ageOn(QDate born, QDate on)
{
    int age = on.year() - born.year();
    if (on.month() < born.month() || (on.month() == born.month() && on.day() < born.day()))
        --age;
    return age;
}

int IdCardChecks::termYearsForAge(int age)
{
    if (age < 16)
        return 5;
    if (age <= 25)
        return 10;
    if (age <= 45)
        return 20;
    return 0;
}

QDate IdCardChecks::validUntilRead(const ReviewContext &context)
{
    const DocumentIdReading &back = context.idBackReading;
    return back.isUsable() ? back.reading.validUntilValue() : QDate();
}

CheckResult IdCardChecks::cardNumber(const ReviewContext &context)
{
    const DocumentIdReading &front = context.idFrontReading;
    const QString form = ResidentIdNumber::normalize(context.application.applicantIdNumber);
    CheckResult result;
    if (const std::optional<QString> why = notReadSentence(front)) {
        result = make(CheckId::CardNumber, CheckVerdict::Info, *why);
        result.formValue = Masking::maskIdNumber(form);
        return result;
    }
    const IdCardField &field = front.reading.idNumber;
    if (!field.isRead()) {
        result = make(CheckId::CardNumber, CheckVerdict::Info,
                      ReviewChecks::tr("The number on the ID front could not be read: compare by eye"));
        result.formValue = Masking::maskIdNumber(form);
        return result;
    }
    const QString card = ResidentIdNumber::normalize(field.text);
    const QString maskedCard = Masking::maskIdNumber(card);
    const QString maskedForm = Masking::maskIdNumber(form);
    if (card == form) {
        result = make(CheckId::CardNumber, CheckVerdict::Pass,
                      ReviewChecks::tr("The card says %1, as the form does").arg(maskedCard));
    } else {
        // Masked, two different numbers can look the same: name the first digit
        // that differs so the operator knows where to look on the scan.
        qsizetype position = 0;
        while (position < card.size() && position < form.size() && card.at(position) == form.at(position))
            ++position;
        result = make(CheckId::CardNumber, CheckVerdict::Fail,
                      ReviewChecks::tr("The card says %1, the form says %2 (they differ from digit %3)")
                          .arg(maskedCard, maskedForm, QString::number(position + 1)));
    }
    result.cardValue = maskedCard;
    result.formValue = maskedForm;
    return fromField(result, front, field);
}

CheckResult IdCardChecks::cardName(const ReviewContext &context)
{
    const DocumentIdReading &front = context.idFrontReading;
    const QString form = context.application.applicantName.trimmed();
    const QString maskedForm = Masking::maskName(form);
    CheckResult result;
    if (const std::optional<QString> why = notReadSentence(front)) {
        result = make(CheckId::CardName, CheckVerdict::Info, *why);
        result.formValue = maskedForm;
        return result;
    }
    const IdCardField &field = front.reading.name;
    if (!field.isRead()) {
        result = make(CheckId::CardName, CheckVerdict::Info,
                      ReviewChecks::tr("The name on the ID front could not be read: compare by eye"));
        result.formValue = maskedForm;
        return result;
    }
    const QString card = field.text.trimmed().left(MaxNameLength);
    const QString maskedCard = Masking::maskName(card);
    if (withoutWhiteSpace(card) == withoutWhiteSpace(form))
        result = make(CheckId::CardName, CheckVerdict::Pass,
                      ReviewChecks::tr("The card says %1, as the form does").arg(maskedCard));
    else
        result = make(CheckId::CardName, CheckVerdict::Warning,
                      ReviewChecks::tr("The card seems to say %1, the form says %2: names are read less surely than "
                                       "numbers, compare by eye")
                          .arg(maskedCard, maskedForm));
    result.cardValue = maskedCard;
    result.formValue = maskedForm;
    return fromField(result, front, field);
}

CheckResult IdCardChecks::cardValidity(const ReviewContext &context)
{
    const DocumentIdReading &back = context.idBackReading;
    CheckResult result;
    if (const std::optional<QString> why = notReadSentence(back))
        return make(CheckId::CardValidity, CheckVerdict::Info, *why);
    const IdCardField &field = back.reading.validUntil;
    const QDate until = back.reading.validUntilValue();
    if (!back.reading.isLongTerm() && !until.isValid())
        return make(CheckId::CardValidity, CheckVerdict::Info,
                    ReviewChecks::tr("The validity on the ID back could not be read: compare by eye"));

    const QDateTime submittedAt = context.application.submittedAt;
    const QDate submitted = submittedAt.isValid()     ? submittedAt.date()
                            : context.today.isValid() ? context.today
                                                      : QDate::currentDate();
    if (back.reading.isLongTerm()) {
        result = make(CheckId::CardValidity, CheckVerdict::Pass, ReviewChecks::tr("Valid long-term (长期)"));
        result.cardValue = ReviewChecks::tr("long-term");
    } else if (until < submitted) {
        result = make(CheckId::CardValidity, CheckVerdict::Fail,
                      ReviewChecks::tr("The card expired on %1, before the application was submitted on %2")
                          .arg(isoDate(until), isoDate(submitted)));
        result.suggestedReasonCode = expiredReasonCode();
        result.cardValue = isoDate(until);
    } else {
        result = make(CheckId::CardValidity, CheckVerdict::Pass,
                      ReviewChecks::tr("Valid until %1; the application was submitted on %2")
                          .arg(isoDate(until), isoDate(submitted)));
        result.cardValue = isoDate(until);
    }
    if (context.applicantIdValidUntil.isValid())
        result.formValue = isoDate(context.applicantIdValidUntil);
    return fromField(result, back, field);
}

CheckResult IdCardChecks::cardSides(const ReviewContext &context)
{
    const DocumentIdReading &front = context.idFrontReading;
    const DocumentIdReading &back = context.idBackReading;
    if (const std::optional<QString> why = notReadSentence(front))
        return make(CheckId::CardSides, CheckVerdict::Info, *why);
    if (const std::optional<QString> why = notReadSentence(back))
        return make(CheckId::CardSides, CheckVerdict::Info, *why);

    // An upload under the wrong kind: the reader tells the sides apart.
    if (front.reading.side == IdCardSide::Back || back.reading.side == IdCardSide::Front)
        return fromField(make(CheckId::CardSides, CheckVerdict::Warning,
                              ReviewChecks::tr("The ID front and back look swapped or duplicated: check that both "
                                               "sides of one card were uploaded")),
                         front, IdCardField());

    QDate born = front.reading.birthDateValue();
    if (!born.isValid() && front.reading.idNumber.isRead())
        born = ResidentIdNumber::birthDate(front.reading.idNumber.text).value_or(QDate());
    const QDate from = back.reading.validFromValue();
    const bool longTerm = back.reading.isLongTerm();
    const QDate until = back.reading.validUntilValue();
    if (!born.isValid() || !from.isValid() || (!longTerm && !until.isValid()))
        return make(CheckId::CardSides, CheckVerdict::Info,
                    ReviewChecks::tr("Not enough was read to tell whether the front and back are of one card: "
                                     "compare by eye"));

    const int age = ageOn(born, from);
    const int expectedYears = termYearsForAge(age);
    const int years = longTerm ? 0 : until.year() - from.year();
    const bool wholeYears = longTerm || (until == from.addYears(years));
    const QString term = longTerm ? ReviewChecks::tr("long-term") : ReviewChecks::tr("%1 years").arg(years);
    const QString expected =
        expectedYears == 0 ? ReviewChecks::tr("long-term") : ReviewChecks::tr("%1 years").arg(expectedYears);
    CheckResult result;
    if (wholeYears && years == expectedYears)
        result = make(CheckId::CardSides, CheckVerdict::Pass,
                      ReviewChecks::tr("The back's validity (%1 from %2) fits a card issued at age %3")
                          .arg(term, isoDate(from), QString::number(age)));
    else
        result = make(CheckId::CardSides, CheckVerdict::Warning,
                      ReviewChecks::tr("The back's validity (%1 from %2) does not fit the front's birth date: a card "
                                       "issued at age %3 is valid %4. Are both sides of the same card?")
                          .arg(wholeYears ? term : ReviewChecks::tr("%1 to %2").arg(isoDate(from), isoDate(until)),
                               isoDate(from), QString::number(age), expected));
    result.cardValue = term;
    return fromField(result, back, back.reading.validFrom);
}

} // namespace reissuedesk
