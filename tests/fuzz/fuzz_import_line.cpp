// libFuzzer target: one line of an import file (docs/IMPORT.md) through
// ImportRecord::parse, the pure "JSON line -> record or errors" function the
// importer calls for every line before anything touches a database. The clock
// is fixed so a finding replays the same way.
#include "core/ImportRecord.h"

#include <QDateTime>
#include <QTimeZone>

#include <cstddef>
#include <cstdint>

using namespace reissuedesk;

#ifndef FUZZ_ENTRY_POINT // tst_fuzzcorpus renames it (replay_*.cpp)
#define FUZZ_ENTRY_POINT LLVMFuzzerTestOneInput
#endif

extern "C" int FUZZ_ENTRY_POINT(const uint8_t *data, size_t size)
{
    static const QDateTime now(QDate(2026, 11, 24), QTime(12, 0), QTimeZone::utc());
    const QByteArray line(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const ImportRecord record = ImportRecord::parse(line, now);
    if (!record.isValid() && record.errors.join(QString()).isEmpty())
        __builtin_trap(); // a rejection always says why
    return 0;
}
