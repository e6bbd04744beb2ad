// fuzz_database_url.cpp's entry point under another name, for tst_fuzzcorpus.
#include "FuzzEntryPoints.h"
#define FUZZ_ENTRY_POINT replayDatabaseUrl
#include "fuzz_database_url.cpp"
