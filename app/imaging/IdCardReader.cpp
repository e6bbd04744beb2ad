#include "imaging/IdCardReader.h"

#include "imaging/CardLocator.h"
#include "imaging/DocumentDecoder.h"
#include "imaging/FieldImage.h"
#include "imaging/IdFieldLayout.h"
#include "imaging/IdNumberParser.h"
#include "imaging/TesseractEngine.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>

#include <cmath>
#include <exception>
#include <optional>

namespace reissuedesk {

namespace {

// Decoding beyond this many pixels on the long side adds time, not accuracy: the
// card then has 14 or more pixels per millimetre, its digits over 30 pixels high
// after FieldImage's resampling.
constexpr int WorkingSize = 2400;

// Resolutions the fields are resampled to: tesseract's LSTM reads lines best when
// characters are 30-40 pixels high.
constexpr double NumberPixelsPerMm = 12.0;
constexpr double TextPixelsPerMm = 11.0;

// A name whose least certain character is below this is not reported: tesseract's
// fast chi_sim model takes dense characters (磊, 鑫, 霞) for simpler ones with a
// mean confidence above 0.85, and the wrong character itself often scores lower
// (generated cards, seeds 4242 and 20261201: four of seven wrong names below 0.88,
// right ones from 0.886 up).
constexpr double NameWeakestSymbol = 0.88;

// Redness (red minus the mean of green and blue) of the back's emblem; the front has
// pale background and dark print there. Under-exposed photos keep about a third.
constexpr double EmblemRedness = 25.0;

struct Photo {
    QImage colour;
    QImage gray;
    CardGeometry card;
    double toFull = 1.0; // decoded pixels to displayed full-resolution pixels
};

struct FieldRead {
    TesseractEngine::Line line;
    QRect region;
};

QString chineseOnly(const QString &text)
{
    QString out;
    for (const QChar ch : text) {
        if ((ch.unicode() >= 0x4e00 && ch.unicode() <= 0x9fff) || ch == u'·')
            out.append(ch);
    }
    return out;
}

class Reading {
public:
    Reading(const Photo &photo, TesseractEngine &latin, TesseractEngine &chinese)
        : m_photo(photo)
        , m_latin(latin)
        , m_chinese(chinese)
    {
    }

    QRect regionOf(const QRectF &mm) const
    {
        const QRectF inImage = m_photo.card.mmToImage.mapRect(mm);
        const QRectF full(inImage.topLeft() * m_photo.toFull, inImage.size() * m_photo.toFull);
        return full.toAlignedRect();
    }

    enum class Variant { Grey, Binarized, Smaller };

    FieldRead read(const QRectF &mm, double pixelsPerMm, TesseractEngine &engine, const QString &whitelist,
                   Variant variant = Variant::Grey)
    {
        QImage field = FieldImage::extract(m_photo.gray, m_photo.card.mmToImage, mm, pixelsPerMm);
        FieldImage::stretchContrast(field);
        if (variant == Variant::Binarized)
            field = FieldImage::binarized(field);
        else if (variant == Variant::Smaller)
            field = FieldImage::scaled(field, 0.75);
        field = FieldImage::padded(field, field.height() / 4);
        return {engine.readLine(field, whitelist), regionOf(mm)};
    }

    double emblemRedness() const
    {
        double sum = 0;
        int count = 0;
        for (double dy = -IdFieldLayout::EmblemRadius; dy <= IdFieldLayout::EmblemRadius; dy += 1.0) {
            for (double dx = -IdFieldLayout::EmblemRadius; dx <= IdFieldLayout::EmblemRadius; dx += 1.0) {
                if (dx * dx + dy * dy > IdFieldLayout::EmblemRadius * IdFieldLayout::EmblemRadius)
                    continue;
                const QPoint p =
                    m_photo.card.mmToImage.map(QPointF(IdFieldLayout::EmblemX + dx, IdFieldLayout::EmblemY + dy))
                        .toPoint();
                if (!m_photo.colour.valid(p))
                    continue;
                const QRgb rgb = m_photo.colour.pixel(p);
                sum += qRed(rgb) - (qGreen(rgb) + qBlue(rgb)) / 2.0;
                ++count;
            }
        }
        return count > 0 ? sum / count : 0.0;
    }

    void readFront(IdCardReading &out)
    {
        const QDate today = QDate::currentDate();
        // Birth date and sex first: the number must agree with them.
        // No whitelist: restricted to 男女, chi_sim's LSTM reads a lone character as nothing.
        for (const Variant variant : {Variant::Grey, Variant::Binarized}) {
            const FieldRead sex = read(IdFieldLayout::Sex, TextPixelsPerMm, m_chinese, QString(), variant);
            const bool male = sex.line.text.contains(u'男');
            if (male != sex.line.text.contains(u'女')) {
                out.sex = {male ? QStringLiteral("男") : QStringLiteral("女"), sex.line.confidence, sex.region};
                break;
            }
        }

        const FieldRead birth =
            read(IdFieldLayout::Birth, TextPixelsPerMm, m_chinese, QStringLiteral("0123456789年月日"));
        static const QRegularExpression datePattern(QStringLiteral("(\\d{4})\\D+(\\d{1,2})\\D+(\\d{1,2})"));
        const QRegularExpressionMatch match = datePattern.match(birth.line.text);
        if (match.hasMatch()) {
            const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
            if (date.isValid() && date.year() >= 1900 && date <= today)
                out.birthDate = {date.toString(Qt::ISODate), birth.line.confidence, birth.region};
        }

        struct Attempt {
            double pixelsPerMm;
            bool binarize;
            double shiftMm;
        };
        // Cheapest first; the rest only run when the check digit or the birth date
        // rejected what was read.
        static constexpr Attempt attempts[] = {
            {NumberPixelsPerMm, false, 0.0},  {NumberPixelsPerMm, true, 0.0},  {16.0, false, 0.0},
            {NumberPixelsPerMm, false, -0.8}, {NumberPixelsPerMm, false, 0.8},
        };
        for (const Attempt &attempt : attempts) {
            const FieldRead number =
                read(IdFieldLayout::Number.translated(0, attempt.shiftMm), attempt.pixelsPerMm, m_latin,
                     QStringLiteral("0123456789X"), attempt.binarize ? Variant::Binarized : Variant::Grey);
            const QString parsed = IdNumberParser::parse(number.line.text, out.birthDateValue(), out.sex.text, today);
            if (!parsed.isEmpty()) {
                out.idNumber = {parsed, number.line.confidence, number.region};
                break;
            }
        }

        // A misread name cannot be caught by a check digit, and one stroke changes the
        // character: three differently prepared images vote, and a name is only
        // reported when two of them read the same and its weakest character is sure.
        QHash<QString, int> votes;
        QHash<QString, double> confidence;
        QRect nameRegion;
        for (const Variant variant : {Variant::Grey, Variant::Binarized, Variant::Smaller}) {
            const FieldRead name = read(IdFieldLayout::Name, TextPixelsPerMm, m_chinese, QString(), variant);
            nameRegion = name.region;
            const QString nameText = chineseOnly(name.line.text);
            if (nameText.size() < 2 || nameText.size() > 12)
                continue;
            ++votes[nameText];
            confidence[nameText] = std::max(confidence.value(nameText), name.line.weakestSymbol);
        }
        QString bestName;
        for (auto it = votes.constBegin(); it != votes.constEnd(); ++it) {
            if (it.value() >= 2)
                bestName = it.key();
        }
        if (!bestName.isEmpty() && confidence.value(bestName) >= NameWeakestSymbol)
            out.name = {bestName, confidence.value(bestName), nameRegion};
    }

    void readBack(IdCardReading &out)
    {
        const FieldRead authority = read(IdFieldLayout::Authority, TextPixelsPerMm, m_chinese, QString());
        const QString authorityText = chineseOnly(authority.line.text);
        if (authorityText.size() >= 4 && authorityText.size() <= 30 &&
            (authorityText.contains(QStringLiteral("公安")) || authorityText.endsWith(u'局')))
            out.issuingAuthority = {authorityText, authority.line.confidence, authority.region};

        for (const bool binarize : {false, true}) {
            const FieldRead validity =
                read(IdFieldLayout::Validity, TextPixelsPerMm, m_chinese, QStringLiteral("0123456789.-长期"),
                     binarize ? Variant::Binarized : Variant::Grey);
            if (readValidity(validity, out))
                break;
        }
    }

private:
    static bool readValidity(const FieldRead &validity, IdCardReading &out)
    {
        QString digits;
        for (const QChar ch : validity.line.text) {
            if (ch >= u'0' && ch <= u'9')
                digits.append(ch);
        }
        const bool longTerm = validity.line.text.contains(u'长') || validity.line.text.contains(u'期');
        const auto date = [](QStringView text) {
            return QDate::fromString(text.toString(), QStringLiteral("yyyyMMdd"));
        };
        QDate from;
        QDate until;
        if (digits.size() == 16) {
            from = date(QStringView(digits).left(8));
            until = date(QStringView(digits).mid(8));
            // Cards run 5, 10 or 20 years from the day of issue: anything else means a
            // digit was misread.
            if (!from.isValid() || !until.isValid() ||
                (until != from.addYears(5) && until != from.addYears(10) && until != from.addYears(20)))
                return false;
        } else if (digits.size() == 8 && longTerm) {
            from = date(digits);
            if (!from.isValid())
                return false;
        } else {
            return false;
        }
        if (from.year() < 1984 || from > QDate::currentDate())
            return false;
        const double confidence = validity.line.confidence;
        out.validFrom = {from.toString(Qt::ISODate), confidence, validity.region};
        out.validUntil = {until.isValid() ? until.toString(Qt::ISODate) : QStringLiteral("long-term"), confidence,
                          validity.region};
        return true;
    }

    const Photo &m_photo;
    TesseractEngine &m_latin;
    TesseractEngine &m_chinese;
};

double overallConfidence(const IdCardReading &reading)
{
    double sum = 0;
    int count = 0;
    for (const IdCardField *field : {&reading.idNumber, &reading.name, &reading.sex, &reading.birthDate,
                                     &reading.issuingAuthority, &reading.validFrom, &reading.validUntil}) {
        if (field->isRead()) {
            sum += field->confidence;
            ++count;
        }
    }
    return count > 0 ? sum / count : 0.0;
}

IdCardReading readUnguarded(const QByteArray &imageBytes)
{
    IdCardReading reading;
    if (imageBytes.isEmpty()) {
        reading.error = QStringLiteral("the file is empty");
        return reading;
    }
    DecodeRequest request;
    request.bytes = imageBytes;
    request.targetSize = QSize(WorkingSize, WorkingSize);
    request.scaling = DecodeRequest::Scaling::Fast;
    request.maxPixels = IdCardReader::MaxPixels;
    const DecodeResult decoded = DocumentDecoder::decode(request);
    if (decoded.image.isNull()) {
        reading.error = decoded.error.isEmpty() ? QStringLiteral("the image could not be decoded") : decoded.error;
        return reading;
    }
    if (decoded.image.width() < 64 || decoded.image.height() < 40) {
        reading.error = QStringLiteral("the image is too small (%1 × %2 pixels) to show an ID card")
                            .arg(decoded.image.width())
                            .arg(decoded.image.height());
        return reading;
    }

    QString engineError;
    TesseractEngine *latin = TesseractEngine::forThisThread(TesseractEngine::Language::Latin, &engineError);
    TesseractEngine *chinese =
        latin ? TesseractEngine::forThisThread(TesseractEngine::Language::Chinese, &engineError) : nullptr;
    if (!latin || !chinese) {
        reading.error = engineError;
        return reading;
    }

    Photo photo;
    photo.colour = decoded.image.convertToFormat(QImage::Format_RGB32);
    photo.gray = decoded.image.convertToFormat(QImage::Format_Grayscale8);
    photo.card = CardLocator::locate(photo.gray);
    photo.toFull = decoded.fullSize.width() > 0 ? double(decoded.fullSize.width()) / decoded.image.width() : 1.0;

    Reading card(photo, *latin, *chinese);
    const bool redEmblem = card.emblemRedness() >= EmblemRedness;
    if (redEmblem) {
        card.readBack(reading);
        if (reading.validUntil.isRead() || reading.issuingAuthority.isRead() || photo.card.found)
            reading.side = IdCardSide::Back;
    } else {
        card.readFront(reading);
        if (reading.idNumber.isRead() || reading.birthDate.isRead() || reading.name.isRead())
            reading.side = IdCardSide::Front;
    }
    reading.confidence = overallConfidence(reading);
    if (decoded.partial && reading.error.isEmpty() && reading.side == IdCardSide::Unknown)
        reading.error = decoded.error;
    return reading;
}

} // namespace

IdCardReading IdCardReader::read(const QByteArray &imageBytes)
{
    QElapsedTimer timer;
    timer.start();
    IdCardReading reading;
    try {
        reading = readUnguarded(imageBytes);
    } catch (const std::exception &e) {
        reading = IdCardReading();
        reading.error = QStringLiteral("the ID card could not be read: %1").arg(QString::fromLocal8Bit(e.what()));
    } catch (...) {
        reading = IdCardReading();
        reading.error = QStringLiteral("the ID card could not be read");
    }
    reading.milliseconds = timer.elapsed();
    return reading;
}

} // namespace reissuedesk
