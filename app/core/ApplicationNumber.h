#pragma once
// Application numbers are what customers and operators quote on the phone, and they
// are never reused: "BK", the submission day as yyyyMMdd, a dash, and a sequence
// number zero-padded to at least 6 digits ("BK20261124-000123", "BK20261124-1000000").
// Each number has exactly one spelling: isWellFormed() rejects padding beyond 6
// digits ("-0001234"), so two strings never name the same application.

#include <QDate>
#include <QString>
#include <optional>

namespace reissuedesk {

class ApplicationNumber {
public:
    // The largest sequence a day's counter hands out or an import may bring
    // (application_number_counters has a CHECK to match, migration 0017):
    // nine digits, so a number is at most 20 characters and the counter's
    // arithmetic can never overflow.
    static constexpr int MaxCountedSequenceDigits = 9;
    static constexpr qint64 MaxCountedSequence = 999'999'999;

    struct Parts {
        QDate day;
        qint64 sequence = 0;
    };

    // The number for `sequence` (>= 0) on `day`; an empty string when the day is
    // invalid or its year is not between 1 and 9999, or the sequence is negative.
    static QString format(QDate day, qint64 sequence);

    // Exactly the spelling format() produces. Input typed by people goes through
    // normalize() first.
    static bool isWellFormed(const QString &number);
    static std::optional<Parts> parse(const QString &number);

    // Trims white space, upper-cases ("bk" -> "BK") and puts back a missing dash:
    // "bk20261124000123" -> "BK20261124-000123". The dash is also put back in a
    // partial number with at least one sequence digit ("BK202611240" ->
    // "BK20261124-0"), so a search prefix matches stored numbers.
    static QString normalize(const QString &input);

    // True when normalize(input) is the beginning of some well-formed number, e.g.
    // "BK2026", "bk20261124", "BK20261124-00". The queue search uses it to decide to
    // search by application number. Requires at least "BK": a lone "B" is more likely
    // the start of a name.
    static bool looksLikePrefix(const QString &input);
};

} // namespace reissuedesk
