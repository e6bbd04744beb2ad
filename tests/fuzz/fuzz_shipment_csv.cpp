// libFuzzer target: a carrier's shipment file (docs/SHIPMENTS.md) through
// CsvReader and ShipmentColumns / ShipmentRecord, the pure "bytes -> records
// or rejections" steps import-shipments runs before anything touches a
// database. Small caps (256-byte records, 64 KiB of input) so that the fuzzer
// reaches the over-long paths. Invariants: line numbers start at 1 and never
// go back; a record that could not be read has no fields and says why; a
// rejected line says why; every accepted one has its three values and a date.
#include "core/CsvReader.h"
#include "core/ShipmentRecord.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>
#include <optional>

using namespace reissuedesk;

#ifndef FUZZ_ENTRY_POINT // tst_fuzzcorpus renames it (replay_*.cpp)
#define FUZZ_ENTRY_POINT LLVMFuzzerTestOneInput
#endif

extern "C" int FUZZ_ENTRY_POINT(const uint8_t *data, size_t size)
{
    static const QDate today(2026, 11, 30);
    QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, 256);
    reader.setMaxInputBytes(64 * 1024);
    std::optional<ShipmentColumns> columns;
    CsvRecord record;
    qint64 lastLine = 0;
    while (reader.next(record)) {
        if (record.line < 1 || record.line < lastLine)
            __builtin_trap();
        lastLine = record.line;
        if (!record.problem.isEmpty()) {
            if (!record.fields.isEmpty())
                __builtin_trap();
            continue;
        }
        if (!columns) {
            QString problem;
            columns = ShipmentColumns::fromHeader(record.fields, &problem);
            if (!columns && problem.isEmpty())
                __builtin_trap(); // a refused header says why
            if (!columns)
                return 0;
            continue;
        }
        const ShipmentRecord line = ShipmentRecord::fromFields(record.fields, *columns, today);
        if (!line.isValid() && line.problems.join(QString()).isEmpty())
            __builtin_trap();
        if (line.isValid() &&
            (line.applicationNumber.isEmpty() || line.carrier.isEmpty() || line.trackingNumber.isEmpty() ||
             !line.shippedDate.isValid() || line.shippedDate > today))
            __builtin_trap();
    }
    return 0;
}
