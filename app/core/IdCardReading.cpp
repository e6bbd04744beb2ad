#include "core/IdCardReading.h"

#include "core/PrintableText.h"

#include <QJsonArray>
#include <QJsonValue>

// JSON shape (what `read-id --json` prints, minus its "file" key):
// { "reader_version": 1, "side": "front", "confidence": 0.93, "ms": 212,
//   "id_number": "11010519491231002X" | null, "name": ..., "birth_date": ...,
//   "valid_until": "2031-05-01" | "long-term" | null, "error": "..." (only when set),
//   "fields": { "id_number": { "text": ..., "confidence": 0.97, "region": [x, y, w, h] }, ... } }
// The flat keys are for people and scripts; "fields" carries what the desk needs to
// show confidences and highlight regions.

namespace reissuedesk {

namespace {

struct FieldKey {
    const char *key;
    IdCardField IdCardReading::*field;
};

constexpr FieldKey Fields[] = {
    {"id_number", &IdCardReading::idNumber},
    {"name", &IdCardReading::name},
    {"sex", &IdCardReading::sex},
    {"birth_date", &IdCardReading::birthDate},
    {"issuing_authority", &IdCardReading::issuingAuthority},
    {"valid_from", &IdCardReading::validFrom},
    {"valid_until", &IdCardReading::validUntil},
};

// Longest text kept from a stored field: an ID card carries nothing longer.
constexpr qsizetype MaxFieldLength = 64;

QDate isoDate(const IdCardField &field)
{
    return field.isRead() ? QDate::fromString(field.text, Qt::ISODate) : QDate();
}

QJsonValue textOrNull(const IdCardField &field)
{
    return field.isRead() ? QJsonValue(field.text) : QJsonValue(QJsonValue::Null);
}

QJsonObject fieldToJson(const IdCardField &field)
{
    QJsonObject object;
    object.insert(QStringLiteral("text"), field.text);
    object.insert(QStringLiteral("confidence"), field.confidence);
    const QRect r = field.region;
    object.insert(QStringLiteral("region"), QJsonArray{r.x(), r.y(), r.width(), r.height()});
    return object;
}

bool fieldFromJson(const QJsonValue &value, IdCardField &field)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    const QJsonValue text = object.value(QStringLiteral("text"));
    const QJsonValue confidence = object.value(QStringLiteral("confidence"));
    const QJsonArray region = object.value(QStringLiteral("region")).toArray();
    if (!text.isString() || !confidence.isDouble() || region.size() != 4)
        return false;
    const double c = confidence.toDouble();
    if (!(c >= 0.0 && c <= 1.0) || text.toString().size() > MaxFieldLength)
        return false;
    int numbers[4];
    for (int i = 0; i < 4; ++i) {
        const QJsonValue n = region.at(i);
        if (!n.isDouble() || n.toDouble() < 0 || n.toDouble() > 1'000'000)
            return false;
        numbers[i] = n.toInt();
    }
    // A stored reading is data from the database, which a hand-written row can make
    // hostile: what is shown is one printable line.
    field.text = PrintableText::oneLine(text.toString(), MaxFieldLength);
    field.confidence = c;
    field.region = QRect(numbers[0], numbers[1], numbers[2], numbers[3]);
    return true;
}

} // namespace

QDate IdCardReading::birthDateValue() const
{
    return isoDate(birthDate);
}

QDate IdCardReading::validFromValue() const
{
    return isoDate(validFrom);
}

QDate IdCardReading::validUntilValue() const
{
    return isLongTerm() ? QDate() : isoDate(validUntil);
}

QString IdCardReading::sideName(IdCardSide side)
{
    switch (side) {
    case IdCardSide::Front:
        return QStringLiteral("front");
    case IdCardSide::Back:
        return QStringLiteral("back");
    case IdCardSide::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QJsonObject IdCardReading::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("reader_version"), readerVersion);
    object.insert(QStringLiteral("side"), sideName(side));
    object.insert(QStringLiteral("confidence"), confidence);
    object.insert(QStringLiteral("ms"), milliseconds);
    object.insert(QStringLiteral("id_number"), textOrNull(idNumber));
    object.insert(QStringLiteral("name"), textOrNull(name));
    object.insert(QStringLiteral("birth_date"), textOrNull(birthDate));
    object.insert(QStringLiteral("valid_until"), textOrNull(validUntil));
    if (!error.isEmpty())
        object.insert(QStringLiteral("error"), error);
    QJsonObject fields;
    for (const FieldKey &f : Fields) {
        const IdCardField &field = this->*(f.field);
        if (field.isRead())
            fields.insert(QLatin1String(f.key), fieldToJson(field));
    }
    object.insert(QStringLiteral("fields"), fields);
    return object;
}

IdCardReading IdCardReading::fromJson(const QJsonObject &object)
{
    IdCardReading reading;
    const QJsonValue version = object.value(QStringLiteral("reader_version"));
    const QString sideText = object.value(QStringLiteral("side")).toString();
    const QJsonValue confidence = object.value(QStringLiteral("confidence"));
    const QJsonValue ms = object.value(QStringLiteral("ms"));
    if (!version.isDouble() || !confidence.isDouble() || !ms.isDouble() ||
        !(confidence.toDouble() >= 0.0 && confidence.toDouble() <= 1.0)) {
        reading.error = QStringLiteral("the stored reading is malformed (version, confidence or time missing)");
        return reading;
    }
    reading.readerVersion = version.toInt();
    reading.confidence = confidence.toDouble();
    reading.milliseconds = qint64(ms.toDouble());
    if (sideText == QLatin1String("front"))
        reading.side = IdCardSide::Front;
    else if (sideText == QLatin1String("back"))
        reading.side = IdCardSide::Back;
    reading.error = PrintableText::oneLine(object.value(QStringLiteral("error")).toString(), 500);

    const QJsonObject fields = object.value(QStringLiteral("fields")).toObject();
    for (const FieldKey &f : Fields) {
        if (!fieldFromJson(fields.value(QLatin1String(f.key)), reading.*(f.field))) {
            IdCardReading malformed;
            malformed.readerVersion = reading.readerVersion;
            malformed.error = QStringLiteral("the stored reading is malformed (field %1)").arg(QLatin1String(f.key));
            return malformed;
        }
    }
    return reading;
}

} // namespace reissuedesk
