#pragma once
// Hands out application numbers (BKyyyyMMdd-NNNNNN). The per-day counter row is
// bumped inside the caller's transaction, so two desks or tools importing at once
// never hand out the same number, and a rolled-back import gives its numbers back.

#include <QDate>
#include <QSqlDatabase>

namespace reissuedesk {

class ApplicationNumberAllocator {
public:
    // Reserves `count` consecutive sequence numbers for `day`; returns the first.
    static qint64 reserve(QSqlDatabase &db, QDate day, qint64 count);
    // Records that `sequence` on `day` is taken by a number that came from
    // outside (an import), so that reserve() never hands it out again; a
    // sequence beyond ApplicationNumber::MaxCountedSequence is ignored.
    static void markUsed(QSqlDatabase &db, QDate day, qint64 sequence);
};

} // namespace reissuedesk
