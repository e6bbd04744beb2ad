#include "imaging/IdNumberParser.h"

#include "core/ResidentIdNumber.h"

namespace reissuedesk {

QString IdNumberParser::normalize(const QString &ocrText)
{
    QString out;
    out.reserve(ocrText.size());
    for (const QChar ch : ocrText) {
        switch (ch.unicode()) {
        case u'O':
        case u'o':
        case u'D':
        case u'Q':
            out.append(u'0');
            break;
        case u'I':
        case u'l':
        case u'|':
        case u'i':
            out.append(u'1');
            break;
        case u'Z':
        case u'z':
            out.append(u'2');
            break;
        case u'S':
        case u's':
            out.append(u'5');
            break;
        case u'B':
            out.append(u'8');
            break;
        case u'x':
        case u'X':
            out.append(u'X');
            break;
        default:
            if (ch >= u'0' && ch <= u'9')
                out.append(ch);
            break;
        }
    }
    return out;
}

QString IdNumberParser::parse(const QString &ocrText, QDate birthDate, const QString &sex, QDate today)
{
    const QString text = normalize(ocrText);
    // Exactly 18: a longer run means OCR invented or merged characters, and picking
    // the window that happens to check out would be a guess.
    if (text.size() != 18)
        return QString();
    if (!ResidentIdNumber::validate(text, today).valid)
        return QString();
    if (birthDate.isValid() && ResidentIdNumber::birthDate(text) != birthDate)
        return QString();
    if (!sex.isEmpty()) {
        const bool male = text.at(16).digitValue() % 2 == 1;
        if ((sex == QStringLiteral("男")) != male)
            return QString();
    }
    return text;
}

} // namespace reissuedesk
