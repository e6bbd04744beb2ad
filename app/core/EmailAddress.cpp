#include "core/EmailAddress.h"

#include <QList>

namespace reissuedesk {
namespace {

constexpr qsizetype MaxAddressLength = 254; // RFC 5321 path limit minus the angle brackets
constexpr qsizetype MaxLocalLength = 64;
constexpr qsizetype MaxLabelLength = 63;

bool isAsciiLetter(QChar c) {
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}
bool isAsciiDigit(QChar c) {
    return c >= u'0' && c <= u'9';
}

// RFC 5322 atext: the characters an unquoted local part may use besides dots.
bool isAtext(QChar c) {
    return isAsciiLetter(c) || isAsciiDigit(c) || QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(c);
}

bool isLabelCharacter(QChar c) {
    return isAsciiLetter(c) || isAsciiDigit(c) || c == u'-';
}

QString quoted(QStringView s) {
    return u'\'' + s.toString() + u'\'';
}

ValidationResult fail(const QString &what) {
    return ValidationResult::fail(QStringLiteral("email address ") + what);
}

ValidationResult validateLocalPart(QStringView local) {
    if (local.isEmpty())
        return fail(QStringLiteral("has nothing before the '@'"));
    if (local.size() > MaxLocalLength)
        return fail(QStringLiteral("part before the '@' must have at most %1 characters, has %2")
                        .arg(MaxLocalLength)
                        .arg(local.size()));
    if (local.startsWith(u'.') || local.endsWith(u'.'))
        return fail(QStringLiteral("must not have a dot at the start or end of the part before the '@'"));
    if (local.contains(u".."))
        return fail(QStringLiteral("must not have two dots in a row"));
    for (QChar c : local) {
        if (c != u'.' && !isAtext(c))
            return fail(QStringLiteral("contains the character ") + quoted(QStringView(&c, 1)) +
                        QStringLiteral(" before the '@'"));
    }
    return ValidationResult::ok();
}

ValidationResult validateDomain(QStringView domain) {
    if (domain.isEmpty())
        return fail(QStringLiteral("has nothing after the '@'"));
    if (!domain.contains(u'.'))
        return fail(QStringLiteral("domain ") + quoted(domain) + QStringLiteral(" must contain a dot"));

    if (domain.startsWith(u'.') || domain.endsWith(u'.'))
        return fail(QStringLiteral("domain ") + quoted(domain) +
                    QStringLiteral(" must not start or end with a dot"));
    if (domain.contains(u".."))
        return fail(QStringLiteral("domain ") + quoted(domain) +
                    QStringLiteral(" must not have two dots in a row"));

    const QList<QStringView> labels = domain.split(u'.');
    for (QStringView label : labels) {
        if (label.size() > MaxLabelLength)
            return fail(QStringLiteral("domain part ") + quoted(label) +
                        QStringLiteral(" is longer than %1 characters").arg(MaxLabelLength));
        for (QChar c : label) {
            if (!isLabelCharacter(c))
                return fail(QStringLiteral("domain contains the character ") + quoted(QStringView(&c, 1)));
        }
        if (label.startsWith(u'-') || label.endsWith(u'-'))
            return fail(QStringLiteral("domain part ") + quoted(label) +
                        QStringLiteral(" must not start or end with '-'"));
    }

    const QStringView tld = labels.last();
    for (QChar c : tld) {
        if (!isAsciiLetter(c))
            return fail(QStringLiteral("top-level domain ") + quoted(tld) +
                        QStringLiteral(" must consist of letters only"));
    }
    if (tld.size() < 2)
        return fail(QStringLiteral("top-level domain ") + quoted(tld) +
                    QStringLiteral(" must have at least 2 letters"));
    return ValidationResult::ok();
}

} // namespace

ValidationResult EmailAddress::validate(const QString &address) {
    if (address.isEmpty())
        return fail(QStringLiteral("is empty"));
    if (address.size() > MaxAddressLength)
        return fail(QStringLiteral("must have at most %1 characters, has %2")
                        .arg(MaxAddressLength)
                        .arg(address.size()));

    // Character classes first, so the problem names the real culprit instead of,
    // say, complaining about the domain of "zhang san@example.com".
    for (qsizetype i = 0; i < address.size(); ++i) {
        const QChar c = address.at(i);
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return fail(QStringLiteral("contains a control character"));
        if (c.isSpace())
            return fail(QStringLiteral("contains a space"));
        if (c.unicode() > 0x7f) {
            // Naming the character matters: it is usually a full-width '＠' or '。'
            // left by a Chinese input method, which looks almost like the real thing.
            const qsizetype length = c.isHighSurrogate() && i + 1 < address.size() ? 2 : 1;
            return fail(QStringLiteral("contains the non-ASCII character ") +
                        quoted(QStringView(address).sliced(i, length)) +
                        QStringLiteral("; internationalised addresses are not accepted"));
        }
    }

    const qsizetype at = address.indexOf(u'@');
    if (at < 0)
        return fail(QStringLiteral("has no '@'"));
    if (address.indexOf(u'@', at + 1) >= 0)
        return fail(QStringLiteral("has more than one '@'"));

    const QStringView whole(address);
    if (const ValidationResult local = validateLocalPart(whole.first(at)); !local)
        return local;
    return validateDomain(whole.sliced(at + 1));
}

} // namespace reissuedesk
