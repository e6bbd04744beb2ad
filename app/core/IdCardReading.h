#pragma once
// What the OCR ID reader (imaging/IdCardReader) read off one image of a resident
// ID card: the contract between the reader, the table that stores readings by the
// document's sha256 (storage), the review checks (core) and the viewer's highlight
// (ui). Plain data with a JSON form, so that a reading survives the database and
// `reissuedesk-admin read-id --json` prints exactly what the desk stores.
//
// A field that could not be read is absent (empty value / invalid date), never a
// guess: an ID number is only reported when its GB 11643 check digit is right and
// it agrees with the birth date read beside it.
//
// Regions are in pixels of the image as displayed: EXIF orientation applied, full
// resolution (what DocumentDecoder returns with an invalid target size).

#include <QDate>
#include <QJsonObject>
#include <QRect>
#include <QString>

namespace reissuedesk {

enum class IdCardSide { Unknown, Front, Back };

struct IdCardField {
    QString text;            // as read and normalized; empty: not read
    double confidence = 0.0; // 0..1
    QRect region;            // where on the image it was read; null when not read

    bool isRead() const { return !text.isEmpty(); }
};

struct IdCardReading {
    // Bumped whenever the reader changes what it would read from the same image, so
    // stored readings of an older reader are read again.
    static constexpr int CurrentReaderVersion = 1;

    int readerVersion = CurrentReaderVersion;
    IdCardSide side = IdCardSide::Unknown;
    double confidence = 0.0; // of the reading as a whole, 0..1
    qint64 milliseconds = 0; // time spent reading
    QString error;           // not empty: the image could not be read at all (names why)

    // Front.
    IdCardField idNumber; // 18 characters, check digit verified; else not read
    IdCardField name;
    IdCardField sex;       // "男" / "女"
    IdCardField birthDate; // text "YYYY-MM-DD"
    // Back.
    IdCardField issuingAuthority;
    IdCardField validFrom;  // "YYYY-MM-DD"
    IdCardField validUntil; // "YYYY-MM-DD" or "long-term" (长期)

    bool isLongTerm() const { return validUntil.text == QLatin1String("long-term"); }
    QDate birthDateValue() const;  // invalid when not read
    QDate validFromValue() const;  // invalid when not read
    QDate validUntilValue() const; // invalid when not read or long-term

    // The stored / printed form. fromJson() of toJson() gives back an equal reading;
    // fromJson() of anything else (hostile, truncated) gives a reading whose fields
    // are empty and whose error says what was wrong, never a crash.
    QJsonObject toJson() const;
    static IdCardReading fromJson(const QJsonObject &object);

    static QString sideName(IdCardSide side); // "front", "back", "unknown"
};

} // namespace reissuedesk
