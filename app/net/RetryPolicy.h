#pragma once
// What the dispatcher does with a gateway's answer, and how long it waits
// before the next try: the table and the backoff of docs/GATEWAY-API.md, in
// one pure class (no network, no clock of its own) so that tests can pin
// every number. The random source is injectable for exact delays in tests.

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <functional>
#include <optional>

namespace reissuedesk {

enum class DeliveryVerdict {
    Sent,   // accepted: keep the gateway's message id
    Retry,  // not known to be accepted: try again later with the same key
    GiveUp, // will never be accepted as written: dead-letter now
};

class RetryPolicy {
public:
    struct Settings {
        std::chrono::milliseconds base{10000};
        std::chrono::milliseconds cap{3600000};
        int maxAttempts = 10;
        // A Retry-After further away than this is not believed beyond it.
        std::chrono::milliseconds retryAfterCap{6 * 3600 * 1000};
    };
    // Returns a number in [0, 1]; the jitter factor is 0.5 + 0.5 × it.
    using RandomSource = std::function<double()>;

    explicit RetryPolicy(Settings settings, RandomSource random = {});

    const Settings &settings() const { return m_settings; }

    // The table of docs/GATEWAY-API.md. `httpStatus` 0: no answer at all
    // (refused, reset, timeout, TLS, DNS). `hasMessageId`: a 2xx body carried
    // a usable message_id.
    static DeliveryVerdict classify(int httpStatus, bool hasMessageId);

    // Wait before try number `attempt` + 1, after try number `attempt` (1 for
    // the first try) failed: min(cap, base × 2^(attempt−1)) × jitter, and at
    // least `retryAfter` (itself at most retryAfterCap).
    std::chrono::milliseconds delayAfter(int attempt,
                                         std::optional<std::chrono::milliseconds> retryAfter = std::nullopt) const;

    // After try number `attempt` failed with a retryable answer: no more tries.
    bool isExhausted(int attempt) const { return attempt >= m_settings.maxAttempts; }

    // A Retry-After header value: delta-seconds or an HTTP-date (IMF-fixdate,
    // RFC 850 or asctime form), relative to `now`. nullopt when unreadable;
    // a date in the past is zero.
    static std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &now);

private:
    Settings m_settings;
    RandomSource m_random;
};

} // namespace reissuedesk
