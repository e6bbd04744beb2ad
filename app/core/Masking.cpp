#include "core/Masking.h"

#include "core/CardNumber.h"
#include "core/Iccid.h"
#include "core/MobileNumber.h"

#include <QList>
#include <QStringView>

namespace reissuedesk {
namespace {

constexpr QChar Asterisk = u'*';
constexpr QChar Ellipsis = u'\u2026';

// Splits s into code points, each one or two UTF-16 units. Views rather than
// char32_t values, so the visible characters come back out exactly as they went in
// (QString::toUcs4() would turn a lone surrogate into U+FFFD).
QList<QStringView> codePoints(QStringView s)
{
    QList<QStringView> points;
    points.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const qsizetype length =
            (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) ? 2 : 1;
        points.append(s.sliced(i, length));
        i += length - 1;
    }
    return points;
}

// Keeps the first `head` and the last `tail` code points and replaces the others
// with one asterisk each.
QString keepEnds(QStringView s, qsizetype head, qsizetype tail)
{
    const QList<QStringView> points = codePoints(s);
    QString masked;
    masked.reserve(s.size());
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (i < head || i >= points.size() - tail)
            masked.append(points.at(i));
        else
            masked.append(Asterisk);
    }
    return masked;
}

bool isAsciiDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool isNameSeparator(QStringView point)
{
    if (point.size() != 1)
        return false;
    const QChar c = point.front();
    switch (c.unicode()) {
    case u'-':
    case u'\u00B7': // middle dot, the usual separator in transcribed names
    case u'\u2022': // bullet
    case u'\u30FB': // katakana middle dot, which Chinese input methods also produce
    case u'\uFF0E': // full-width full stop
        return true;
    default:
        return c.isSpace();
    }
}

} // namespace

QString Masking::maskIdNumber(const QString &idNumber)
{
    const QString id = idNumber.trimmed();
    const qsizetype length = codePoints(id).size();
    if (length == 18)
        return keepEnds(id, 6, 4);
    if (length == 15)
        return keepEnds(id, 6, 3);
    if (length < 8)
        return QString(length, Asterisk);
    return keepEnds(id, 2, 2);
}

QString Masking::maskPhone(const QString &phone)
{
    const QString number = MobileNumber::normalize(phone);
    if (number.size() == 11 && isAsciiDigits(number))
        return keepEnds(number, 3, 4);
    const qsizetype length = codePoints(number).size();
    return keepEnds(number, 0, length > 4 ? 2 : 0);
}

QString Masking::maskIccid(const QString &iccid)
{
    const QString number = Iccid::normalize(iccid);
    const QList<QStringView> points = codePoints(number);
    if (points.size() <= 4)
        return QString(points.size(), Asterisk);
    QString masked(Ellipsis);
    for (qsizetype i = points.size() - 4; i < points.size(); ++i)
        masked.append(points.at(i));
    return masked;
}

QString Masking::maskCardNumber(const QString &cardNumber)
{
    switch (CardNumber::classify(cardNumber)) {
    case CardNumberKind::Empty:
        return {};
    case CardNumberKind::Iccid:
        return maskIccid(cardNumber);
    case CardNumberKind::Msisdn:
    case CardNumberKind::Unknown:
        break;
    }
    return maskPhone(cardNumber);
}

QString Masking::maskName(const QString &name)
{
    const QString trimmed = name.trimmed();
    const QList<QStringView> points = codePoints(trimmed);
    if (points.size() <= 1)
        return trimmed;

    QString masked;
    masked.reserve(trimmed.size());
    bool atWordStart = true;
    for (QStringView point : points) {
        if (isNameSeparator(point)) {
            masked.append(point);
            atWordStart = true;
        } else if (atWordStart) {
            masked.append(point);
            atWordStart = false;
        } else {
            masked.append(Asterisk);
        }
    }
    return masked;
}

QString Masking::maskEmail(const QString &email)
{
    constexpr qsizetype MaxAsterisks = 8; // a long local part does not give away its exact length
    const QString address = email.trimmed();
    const qsizetype at = address.lastIndexOf(u'@');
    const QStringView local = at < 0 ? QStringView(address) : QStringView(address).first(at);
    const QStringView domain = at < 0 ? QStringView() : QStringView(address).sliced(at);

    const QList<QStringView> points = codePoints(local);
    QString masked;
    if (!points.isEmpty()) {
        masked.append(points.front());
        masked.append(QString(qMin(points.size() - 1, MaxAsterisks), Asterisk));
    }
    masked.append(domain);
    return masked;
}

QString Masking::maskAddress(const QString &address)
{
    constexpr qsizetype MaxVisible = 10;
    const QString simplified = address.simplified();
    const QList<QStringView> points = codePoints(simplified);
    QString masked;
    if (points.size() > 2) {
        const qsizetype visible = qMin((points.size() + 1) / 2, MaxVisible);
        for (qsizetype i = 0; i < visible; ++i)
            masked.append(points.at(i));
    }
    masked.append(QString(4, Asterisk));
    return masked;
}

} // namespace reissuedesk
