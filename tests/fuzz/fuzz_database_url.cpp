// libFuzzer target: DatabaseUrl::parse on any text (command line, environment,
// settings file). It may refuse with a StorageError but must not crash, and
// display(), the form that is printed and logged, must never carry the password:
// it must read the same whatever the password is.
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
        // display() must not depend on the password at all. (A substring test
        // was wrong: the password "esql:" occurs in the scheme "postgresql://".)
        const QString display = url.display();
        if (display != url.withPassword(QString()).display() ||
            display != url.withPassword(url.password() + QStringLiteral("#x")).display())
            __builtin_trap();
    } catch (const StorageError &) {
        // Refused with a reason: the expected answer to most inputs.
    }
    return 0;
}
