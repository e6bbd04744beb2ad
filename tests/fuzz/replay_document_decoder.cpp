// fuzz_document_decoder.cpp's entry point under another name, for tst_fuzzcorpus.
#include "FuzzEntryPoints.h"
#define FUZZ_ENTRY_POINT replayDocumentDecoder
#include "fuzz_document_decoder.cpp"
