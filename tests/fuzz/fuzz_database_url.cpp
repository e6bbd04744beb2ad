// libFuzzer target: DatabaseUrl::parse on any text (command line, environment,
// settings file). It may refuse with a StorageError but must not crash, and
// display(), the form that is printed and logged, must never carry the password.
#include "storage/DatabaseUrl.h"
#include "storage/StorageError.h"

#include <cstddef>
#include <cstdint>

using namespace reissuedesk;

#ifndef FUZZ_ENTRY_POINT // tst_fuzzcorpus renames it (replay_*.cpp)
#define FUZZ_ENTRY_POINT LLVMFuzzerTestOneInput
#endif

extern "C" int FUZZ_ENTRY_POINT(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    try {
        const DatabaseUrl url = DatabaseUrl::parse(text);
        const QString display = url.display();
        const QString password = url.password();
        // A password that also occurs in a printable part (user, host, database,
        // options) legitimately appears in display(); any other must not.
        if (password.size() >= 4 && display.contains(password) && !url.userName().contains(password) &&
            !url.host().contains(password) && !url.databaseName().contains(password) &&
            !url.connectOptions().contains(password) && !url.filePath().contains(password))
            __builtin_trap();
    } catch (const StorageError &) {
        // Refused with a reason: the expected answer to most inputs.
    }
    return 0;
}
