#pragma once
// Masked forms of personal data for lists, logs and screenshots: enough left visible
// for an operator to tell two applications apart or to match what a customer reads
// out, not enough to reconstruct the value. Names and other free text are handled
// per code point, so a rare CJK character outside the BMP (stored as a surrogate
// pair) becomes one asterisk, never two.

#include <QString>

namespace reissuedesk {

class Masking {
public:
    // 18 characters: first 6 (the region), 8 asterisks, last 4 ("110105********1234").
    // 15 characters (first-generation numbers): first 6, 6 asterisks, last 3.
    // Shorter than 8: all asterisks. Any other length (a mistyped number, a passport
    // number): first 2 and last 2 characters. The length is always kept.
    static QString maskIdNumber(const QString &idNumber);

    // Normalized with MobileNumber::normalize() first. 11 digits: first 3, 4
    // asterisks, last 4 ("138****5678"). Anything else keeps its last 2 characters,
    // or none when it has 4 or fewer.
    static QString maskPhone(const QString &phone);

    // U+2026 (horizontal ellipsis) and the last 4 digits ("…1234"); all asterisks
    // when there are 4 or fewer.
    static QString maskIccid(const QString &iccid);

    // By CardNumber::classify(): a mobile number as maskPhone(), an ICCID as
    // maskIccid(), empty as empty, and anything else as maskPhone()'s fallback.
    static QString maskCardNumber(const QString &cardNumber);

    // Every word keeps its first character, every other character becomes an
    // asterisk: "张三" -> "张*", "欧阳娜娜" -> "欧***", "John Smith" -> "J*** S****".
    // Words are separated by white space, hyphens and the middle dots of transcribed
    // names ("买买提·艾力"); separators are kept. A one-character name is returned
    // unchanged. Leading and trailing white space is dropped.
    static QString maskName(const QString &name);

    // The first character of the part before the last '@', one asterisk for every
    // other character of it (at most 8), then the domain unchanged:
    // "zhang.san@example.com" -> "z********@example.com". Without an '@', the whole
    // input is masked as a local part.
    static QString maskEmail(const QString &email);

    // For customer messages, which a stranger may read on a lock screen: the
    // first half of the address's code points (at most 10: province, city,
    // district, enough for the customer to recognise it), then four asterisks
    // whatever the rest's length. Runs of white space become one space; an
    // address of one or two code points, or none, is four asterisks.
    // "北京市朝阳区建国路88号" -> "北京市朝阳区****".
    static QString maskAddress(const QString &address);
};

} // namespace reissuedesk
