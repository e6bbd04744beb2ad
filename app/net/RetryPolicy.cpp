#include "net/RetryPolicy.h"

#include <QList>
#include <QRandomGenerator>

#include <algorithm>

namespace reissuedesk {
namespace {

using std::chrono::milliseconds;

// HTTP dates are always in English and GMT (RFC 9110 5.6.7), whatever the locale.
int monthNumber(const QByteArray &name)
{
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int i = 0; i < 12; ++i) {
        if (name == months[i])
            return i + 1;
    }
    return 0;
}

bool readNumber(const QByteArray &text, int &out)
{
    bool ok = false;
    out = text.toInt(&ok);
    return ok && !text.isEmpty() && text.front() != '-' && text.front() != '+';
}

QDateTime makeDate(int year, int month, int day, const QByteArray &clock)
{
    const QList<QByteArray> hms = clock.split(':');
    int hour = 0;
    int minute = 0;
    int second = 0;
    if (hms.size() != 3 || !readNumber(hms[0], hour) || !readNumber(hms[1], minute) || !readNumber(hms[2], second))
        return {};
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

QDateTime parseHttpDate(const QByteArray &value)
{
    const QList<QByteArray> parts = value.simplified().split(' ');
    int day = 0;
    int year = 0;
    // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
    if (parts.size() == 6 && parts[0].endsWith(',') && parts[5] == "GMT") {
        const int month = monthNumber(parts[2]);
        if (month == 0 || !readNumber(parts[1], day) || !readNumber(parts[3], year))
            return {};
        return makeDate(year, month, day, parts[4]);
    }
    // RFC 850: Sunday, 06-Nov-94 08:49:37 GMT (two-digit years: the nearest century, RFC 9110)
    if (parts.size() == 4 && parts[0].endsWith(',') && parts[3] == "GMT") {
        const QList<QByteArray> dmy = parts[1].split('-');
        if (dmy.size() != 3)
            return {};
        const int month = monthNumber(dmy[1]);
        if (month == 0 || !readNumber(dmy[0], day) || !readNumber(dmy[2], year))
            return {};
        if (dmy[2].size() == 2)
            year += year < 70 ? 2000 : 1900;
        return makeDate(year, month, day, parts[2]);
    }
    // asctime: Sun Nov  6 08:49:37 1994 (simplified() folded the double space)
    if (parts.size() == 5) {
        const int month = monthNumber(parts[1]);
        if (month == 0 || !readNumber(parts[2], day) || !readNumber(parts[4], year))
            return {};
        return makeDate(year, month, day, parts[3]);
    }
    return {};
}

} // namespace

RetryPolicy::RetryPolicy(Settings settings, RandomSource random)
    : m_settings(settings)
    , m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

DeliveryVerdict RetryPolicy::classify(int httpStatus, bool hasMessageId)
{
    if (httpStatus >= 200 && httpStatus <= 299) {
        const bool accepted = httpStatus == 200 || httpStatus == 201 || httpStatus == 202;
        return accepted && hasMessageId ? DeliveryVerdict::Sent : DeliveryVerdict::Retry;
    }
    switch (httpStatus) {
    case 400:
    case 409:
    case 413:
    case 415:
    case 422:
        return DeliveryVerdict::GiveUp;
    default:
        // No answer, 1xx, 3xx, the other 4xx and 5xx: nothing about the
        // message itself is wrong, so the same message may yet go through.
        return DeliveryVerdict::Retry;
    }
}

milliseconds RetryPolicy::delayAfter(int attempt, std::optional<milliseconds> retryAfter) const
{
    // Doubling stops at the cap long before 2^62 overflows.
    const int exponent = std::clamp(attempt - 1, 0, 40);
    const double backoff =
        std::min(double(m_settings.cap.count()), double(m_settings.base.count()) * double(qint64(1) << exponent));
    const double jitter = 0.5 + 0.5 * std::clamp(m_random(), 0.0, 1.0);
    milliseconds delay(qint64(backoff * jitter));
    if (retryAfter)
        delay = std::max(delay, std::clamp(*retryAfter, milliseconds(0), m_settings.retryAfterCap));
    return delay;
}

std::optional<milliseconds> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (std::all_of(trimmed.begin(), trimmed.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        bool ok = false;
        const qint64 seconds = trimmed.toLongLong(&ok);
        // More digits than a qint64 holds: "very long", which the cap handles.
        const qint64 bounded = ok ? std::min<qint64>(seconds, qint64(1) << 40) : qint64(1) << 40;
        return milliseconds(bounded * 1000);
    }
    const QDateTime date = parseHttpDate(trimmed);
    if (!date.isValid())
        return std::nullopt;
    return milliseconds(std::max<qint64>(0, now.msecsTo(date)));
}

} // namespace reissuedesk
