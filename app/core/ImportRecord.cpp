#include "core/ImportRecord.h"

#include "core/ApplicationNumber.h"
#include "core/CardNumber.h"
#include "core/EmailAddress.h"
#include "core/Iccid.h"
#include "core/ImportedText.h"
#include "core/MobileNumber.h"
#include "core/ResidentIdNumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QUrl>

#include <cmath>

namespace reissuedesk {
namespace {

constexpr int EarliestYear = 2000;

// What is wrong with the bytes of a line before they are read as JSON; "".
QString byteProblem(const QByteArray &line)
{
    if (line.contains('\0'))
        return QStringLiteral("the line contains a NUL byte");
    if (line.contains("\xEF\xBB\xBF"))
        return QStringLiteral("the line contains a byte order mark (U+FEFF)");
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder(line);
    if (decoder.hasError())
        return QStringLiteral("the line is not valid UTF-8");
    return {};
}

// Reads fields from one JSON object, collecting every problem rather than
// stopping at the first, so one pass over a file shows all that is wrong.
class FieldReader {
public:
    FieldReader(const QJsonObject &object, QString prefix, QStringList &errors)
        : m_object(object)
        , m_prefix(std::move(prefix))
        , m_errors(errors)
    {
    }

    QString text(const char *name, bool required, int maxLength = 500)
    {
        const QString key = QString::fromLatin1(name);
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                m_errors.append(QStringLiteral("missing field \"%1\"").arg(m_prefix + key));
            return {};
        }
        if (!value.isString()) {
            m_errors.append(QStringLiteral("field \"%1\" must be a string").arg(m_prefix + key));
            return {};
        }
        // Refused before anything else: text a database would alter or a
        // reader could not see (core/ImportedText.h). Stored in NFC.
        const QString refused = ImportedText::problem(value.toString());
        if (!refused.isEmpty()) {
            m_errors.append(QStringLiteral("field \"%1\" %2").arg(m_prefix + key, refused));
            return {};
        }
        const QString result = ImportedText::normalized(value.toString());
        if (required && result.isEmpty())
            m_errors.append(QStringLiteral("field \"%1\" is empty").arg(m_prefix + key));
        if (result.size() > maxLength)
            m_errors.append(
                QStringLiteral("field \"%1\" is longer than %2 characters").arg(m_prefix + key).arg(maxLength));
        return result;
    }

    qint64 integer(const char *name, qint64 fallback)
    {
        const QString key = QString::fromLatin1(name);
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return fallback;
        const double number = value.toDouble(-1.0);
        // Range first: converting a double outside qint64 (1e300) is undefined
        // behaviour, so qint64(number) may only run once the range is known.
        if (!value.isDouble() || !(number >= 0 && number <= 1e12) || number != std::trunc(number)) {
            m_errors.append(QStringLiteral("field \"%1\" must be a non-negative whole number").arg(m_prefix + key));
            return fallback;
        }
        return qint64(number);
    }

    QDateTime time(const char *name, bool required)
    {
        const QString raw = text(name, required);
        if (raw.isEmpty())
            return {};
        QDateTime parsed = QDateTime::fromString(raw, Qt::ISODateWithMs);
        if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime) {
            m_errors.append(QStringLiteral("field \"%1\" must be an ISO 8601 time with a zone, e.g. "
                                           "2026-11-24T09:30:00+08:00, not \"%2\"")
                                .arg(m_prefix + QString::fromLatin1(name), raw.left(40)));
            return {};
        }
        // Both databases store any such time; an earlier one is a typing
        // mistake (or a probe), not an application.
        if (parsed.toUTC().date().year() < EarliestYear) {
            m_errors.append(
                QStringLiteral("field \"%1\" must be in %2 or later, not \"%3\"")
                    .arg(m_prefix + QString::fromLatin1(name), QString::number(EarliestYear), raw.left(40)));
            return {};
        }
        return parsed.toUTC();
    }

private:
    const QJsonObject &m_object;
    QString m_prefix;
    QStringList &m_errors;
};

void check(QStringList &errors, const QString &field, const ValidationResult &result)
{
    if (!result.valid)
        errors.append(QStringLiteral("%1: %2").arg(field, result.problem));
}

} // namespace

ImportRecord ImportRecord::parse(const QByteArray &jsonLine, const QDateTime &now)
{
    ImportRecord record;
    QByteArray line = jsonLine;
    if (line.endsWith('\r'))
        line.chop(1); // CRLF files
    if (const QString problem = byteProblem(line); !problem.isEmpty()) {
        record.errors.append(problem);
        return record;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error == QJsonParseError::GarbageAtEnd) {
        // Two objects on one line must never become two applications, nor one.
        record.errors.append(
            QStringLiteral("the line holds more than one JSON value, or text after it (at character %1)")
                .arg(parseError.offset));
        return record;
    }
    if (parseError.error != QJsonParseError::NoError) {
        record.errors.append(
            QStringLiteral("not valid JSON at character %1: %2").arg(parseError.offset).arg(parseError.errorString()));
        return record;
    }
    if (!document.isObject()) {
        record.errors.append(QStringLiteral("each line must be one JSON object"));
        return record;
    }
    const QJsonObject object = document.object();
    QStringList &errors = record.errors;
    FieldReader fields(object, {}, errors);

    // The account the customer claims: must exist in our records' shape.
    const QJsonValue accountValue = object.value(QStringLiteral("account"));
    if (!accountValue.isObject()) {
        errors.append(QStringLiteral("missing object \"account\""));
    } else {
        const QJsonObject accountObject = accountValue.toObject();
        FieldReader accountFields(accountObject, QStringLiteral("account."), errors);
        Account &account = record.account;
        account.accountNumber = accountFields.text("account_number", true, 40);
        account.holderName = accountFields.text("holder_name", true, 100);
        account.holderIdNumber = ResidentIdNumber::normalize(accountFields.text("holder_id_number", true, 18));
        account.phone = MobileNumber::normalize(accountFields.text("phone", true, 20));
        account.email = accountFields.text("email", false, 254);
        account.address = accountFields.text("address", true);
        if (!account.holderIdNumber.isEmpty())
            check(errors, QStringLiteral("account.holder_id_number"),
                  ResidentIdNumber::validate(account.holderIdNumber, now.date()));
        if (!account.phone.isEmpty())
            check(errors, QStringLiteral("account.phone"), MobileNumber::validate(account.phone));
        if (!account.email.isEmpty())
            check(errors, QStringLiteral("account.email"), EmailAddress::validate(account.email));
        // The account's cards: its phone number always, plus any listed.
        if (!account.phone.isEmpty())
            account.cardNumbers.append(account.phone);
        const QJsonValue cards = accountObject.value(QStringLiteral("cards"));
        if (!cards.isUndefined() && !cards.isArray())
            errors.append(QStringLiteral("\"account.cards\" must be an array of card numbers"));
        for (const QJsonValue &card : cards.toArray()) {
            const QString number = card.toString().trimmed();
            const ValidationResult valid = CardNumber::validate(number);
            if (number.isEmpty() || !valid.valid) {
                errors.append(QStringLiteral("account.cards: %1")
                                  .arg(number.isEmpty() ? QStringLiteral("empty card number") : valid.problem));
                continue;
            }
            const QString normalized = CardNumber::classify(number) == CardNumberKind::Msisdn
                                           ? MobileNumber::normalize(number)
                                           : Iccid::normalize(number);
            if (!account.cardNumbers.contains(normalized))
                account.cardNumbers.append(normalized);
        }
    }

    Application &a = record.application;
    const QString number = fields.text("application_number", false, 40);
    if (!number.isEmpty()) {
        a.applicationNumber = ApplicationNumber::normalize(number);
        const auto parts = ApplicationNumber::parse(a.applicationNumber);
        static const QRegularExpression numberShape(QStringLiteral("^BK[0-9]{8}-[0-9]{6,}$"));
        const bool tooLong = numberShape.match(a.applicationNumber).hasMatch() &&
                             a.applicationNumber.size() > 11 + ApplicationNumber::MaxCountedSequenceDigits;
        if (!parts && !tooLong)
            errors.append(
                QStringLiteral("application_number \"%1\" is not of the form BK20261124-000123").arg(number.left(40)));
        else if (tooLong || parts->sequence > ApplicationNumber::MaxCountedSequence || parts->day.year() < EarliestYear)
            // The day's counter could never reach it: importing it would move
            // the counter out of its range for everyone after.
            errors.append(QStringLiteral("application_number \"%1\" is out of range (a day from %2 on, a "
                                         "sequence of at most %3 digits)")
                              .arg(number.left(40), QString::number(EarliestYear),
                                   QString::number(ApplicationNumber::MaxCountedSequenceDigits)));
    }
    a.applicantName = fields.text("applicant_name", true, 100);
    a.applicantIdNumber = ResidentIdNumber::normalize(fields.text("applicant_id_number", true, 18));
    static const QRegularExpression idShape(QStringLiteral("^[0-9]{17}[0-9X]$"));
    if (!a.applicantIdNumber.isEmpty()) {
        if (!idShape.match(a.applicantIdNumber).hasMatch()) {
            errors.append(QStringLiteral("applicant_id_number must be 17 digits and a digit or X"));
        } else {
            // A well-shaped number with a wrong check character or date is imported
            // and flagged: it is the customer's mistake for the reviewer to reject.
            const ValidationResult valid = ResidentIdNumber::validate(a.applicantIdNumber, now.date());
            if (!valid.valid)
                record.warnings.append(QStringLiteral("applicant_id_number: ") + valid.problem);
        }
    }
    a.contactPhone = MobileNumber::normalize(fields.text("contact_phone", true, 20));
    if (!a.contactPhone.isEmpty())
        check(errors, QStringLiteral("contact_phone"), MobileNumber::validate(a.contactPhone));
    a.contactEmail = fields.text("contact_email", false, 254);
    if (!a.contactEmail.isEmpty())
        check(errors, QStringLiteral("contact_email"), EmailAddress::validate(a.contactEmail));
    a.oldCardNumber = fields.text("old_card_number", false, 25);
    if (!a.oldCardNumber.isEmpty())
        check(errors, QStringLiteral("old_card_number"), CardNumber::validate(a.oldCardNumber));

    const QString reason = fields.text("reason", true, 20);
    if (const auto parsed = replacementReasonFromKey(reason))
        a.reason = *parsed;
    else if (!reason.isEmpty())
        errors.append(QStringLiteral("reason \"%1\" must be lost, damaged or other").arg(reason.left(20)));
    a.reasonText = fields.text("reason_text", false, 500);
    if (a.reason == ReplacementReason::Other && a.reasonText.isEmpty() && !reason.isEmpty())
        errors.append(QStringLiteral("reason \"other\" needs a reason_text"));

    const QString channel = fields.text("channel", true, 20);
    if (const auto parsed = salesChannelFromKey(channel))
        a.channel = *parsed;
    else if (!channel.isEmpty())
        errors.append(QStringLiteral("channel \"%1\" must be direct or agent").arg(channel.left(20)));
    a.agentName = fields.text("agent_name", false, 100);
    if (a.channel == SalesChannel::Agent && a.agentName.isEmpty() && !channel.isEmpty())
        errors.append(QStringLiteral("channel \"agent\" needs an agent_name"));
    if (a.channel == SalesChannel::Direct)
        a.agentName.clear();

    a.shippingAddress = fields.text("shipping_address", true);
    // The language of the customer's messages; absent means Chinese.
    const QString language = fields.text("language", false, 10);
    if (language == QLatin1String("en") || language == QLatin1String("zh_CN"))
        a.language = language;
    else if (!language.isEmpty())
        errors.append(QStringLiteral("language \"%1\" must be zh_CN or en (the language of the customer's "
                                     "messages; leave it out for zh_CN)")
                          .arg(language.left(10)));
    a.specialServiceFeeCents = fields.integer("special_service_fee_cents", 0);
    a.submittedAt = fields.time("submitted_at", true);
    if (a.submittedAt.isValid() && a.submittedAt > now.addSecs(300))
        errors.append(QStringLiteral("submitted_at %1 is in the future").arg(a.submittedAt.toString(Qt::ISODate)));
    a.dueAt = a.submittedAt.isValid() ? a.submittedAt.addSecs(ReviewDeadlineSeconds) : QDateTime();

    const QJsonValue documentsValue = object.value(QStringLiteral("documents"));
    if (!documentsValue.isUndefined() && !documentsValue.isArray())
        errors.append(QStringLiteral("\"documents\" must be an array"));
    static const QRegularExpression sha256Shape(QStringLiteral("^[0-9a-f]{64}$"));
    const QJsonArray documents = documentsValue.toArray();
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const QString prefix = QStringLiteral("documents[%1].").arg(i);
        if (!documents.at(i).isObject()) {
            errors.append(QStringLiteral("%1 must be an object").arg(prefix.chopped(1)));
            continue;
        }
        const QJsonObject documentObject = documents.at(i).toObject();
        FieldReader documentFields(documentObject, prefix, errors);
        Document d;
        const QString kind = documentFields.text("kind", true, 20);
        if (const auto parsed = documentKindFromKey(kind))
            d.kind = *parsed;
        else if (!kind.isEmpty())
            errors.append(QStringLiteral("%1kind \"%2\" must be id_front, id_back, purchase_proof or other")
                              .arg(prefix, kind.left(20)));
        d.url = documentFields.text("url", true, 2000);
        const QUrl url(d.url, QUrl::StrictMode);
        if (!d.url.isEmpty() &&
            (!url.isValid() ||
             !QStringList{QStringLiteral("file"), QStringLiteral("http"), QStringLiteral("https")}.contains(
                 url.scheme())))
            errors.append(QStringLiteral("%1url must be a file:, http: or https: URL").arg(prefix));
        d.mediaType = documentFields.text("media_type", true, 100);
        d.sizeBytes = documentFields.integer("size_bytes", 0);
        d.sha256 = documentFields.text("sha256", true, 64).toLower();
        if (!d.sha256.isEmpty() && !sha256Shape.match(d.sha256).hasMatch())
            errors.append(QStringLiteral("%1sha256 must be 64 hexadecimal digits").arg(prefix));
        d.uploadedAt = documentFields.time("uploaded_at", false);
        if (!d.uploadedAt.isValid())
            d.uploadedAt = a.submittedAt;
        record.documents.append(d);
    }
    return record;
}

} // namespace reissuedesk
