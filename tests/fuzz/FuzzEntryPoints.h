#pragma once
// The libFuzzer entry points of tests/fuzz/fuzz_*.cpp under the names
// tst_fuzzcorpus calls them by (each replay_*.cpp compiles one target source
// with FUZZ_ENTRY_POINT set). Each returns 0, or stops the process
// (__builtin_trap or a sanitizer report) when an invariant breaks.

#include <cstddef>
#include <cstdint>

extern "C" {
int replayDocumentDecoder(const uint8_t *data, size_t size);
int replayExifReader(const uint8_t *data, size_t size);
int replayImportLine(const uint8_t *data, size_t size);
int replayDatabaseUrl(const uint8_t *data, size_t size);
int replayShipmentCsv(const uint8_t *data, size_t size);
}
