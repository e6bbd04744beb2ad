// fuzz_import_line.cpp's entry point under another name, for tst_fuzzcorpus.
#include "FuzzEntryPoints.h"
#define FUZZ_ENTRY_POINT replayImportLine
#include "fuzz_import_line.cpp"
