#pragma once
// The supervisors' figures for one period (issue 11; docs/REPORTS.md says what
// each one means exactly). A plain value: ReportRepository fills it with SQL,
// the reports page, the admin tool's `report` and the tests read it.

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace reissuedesk {

// [from, to): from inclusive, to exclusive.
struct ReportPeriod {
    // Ten years of days: the longest period asked for (the per-day list has
    // a row per day; 0001-01-01 to 9999-12-31 took 2 GB).
    static constexpr qint64 MaxDays = 3660;

    QDateTime from;
    QDateTime to;

    // Calendar days from `from` to `to`, a day begun counting whole (23 and
    // 25 hour days around a daylight-saving change are one day each).
    qint64 days() const { return from.date().daysTo(to.date()) + (to.time() > QTime(0, 0) ? 1 : 0); }
};

// Nearest-rank percentiles of a set of durations, in milliseconds: with the n
// durations sorted ascending, the p-th percentile is the ceil(p/100 * n)-th
// (so the median is the ceil(n/2)-th, never an average of two). Empty when n = 0.
struct DurationSummary {
    qint64 count = 0;
    std::optional<qint64> medianMs;
    std::optional<qint64> p90Ms;
};

struct BacklogBucket {
    enum class Age { UpTo6h, From6To12h, From12To24h, Overdue };
    Age age = Age::UpTo6h;
    qint64 count = 0;
};

struct RejectionReasonCount {
    QString code;
    QString titleZh;
    QString titleEn;
    qint64 count = 0;
};

struct OperatorFigures {
    qint64 operatorId = 0;
    QString login;
    QString displayName;
    qint64 decisions = 0; // final decisions in the period
    qint64 approved = 0;
    qint64 rejected = 0;
    DurationSummary claimedToDecided; // over their decisions whose claim time is kept
    qint64 secondReviewsAsked = 0;    // approvals they sent to a second reviewer in the period
};

struct DayCount {
    QDate day; // the period's day (from + n days)
    qint64 approved = 0;
    qint64 rejected = 0;
};

struct Report {
    ReportPeriod period;
    QDateTime asOf; // "now" for the backlog and the second reviews waiting

    qint64 received = 0; // submitted in the period
    qint64 decided = 0;  // final decisions in the period
    qint64 approved = 0;
    qint64 rejected = 0;
    qint64 decidedWithin24h = 0; // final no later than 24 h after submission

    DurationSummary submittedToDecided;
    DurationSummary claimedToDecided; // count: decisions whose claim time is kept

    QList<BacklogBucket> backlog;                 // always the four ages, in order
    QList<RejectionReasonCount> rejectionReasons; // most frequent first
    QList<OperatorFigures> operators;             // most decisions first
    QList<DayCount> decisionsPerDay;              // every day of the period, in order
    qint64 secondReviewsWaiting = 0;
    std::optional<QDateTime> oldestSecondReviewSince; // when the oldest waiting one was asked

    // 0..1; empty when nothing was decided.
    std::optional<double> approvalRate() const
    {
        return decided > 0 ? std::optional<double>(double(approved) / double(decided)) : std::nullopt;
    }
    std::optional<double> shareDecidedWithin24h() const
    {
        return decided > 0 ? std::optional<double>(double(decidedWithin24h) / double(decided)) : std::nullopt;
    }
    qint64 backlogTotal() const
    {
        qint64 total = 0;
        for (const BacklogBucket &bucket : backlog)
            total += bucket.count;
        return total;
    }
};

QString backlogAgeKey(BacklogBucket::Age age); // "0-6h", "6-12h", "12-24h", "overdue"

} // namespace reissuedesk
