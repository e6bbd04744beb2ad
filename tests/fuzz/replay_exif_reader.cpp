// fuzz_exif_reader.cpp's entry point under another name, for tst_fuzzcorpus.
#include "FuzzEntryPoints.h"
#define FUZZ_ENTRY_POINT replayExifReader
#include "fuzz_exif_reader.cpp"
