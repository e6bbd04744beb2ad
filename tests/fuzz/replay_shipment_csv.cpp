// fuzz_shipment_csv.cpp's entry point under another name, for tst_fuzzcorpus.
#include "FuzzEntryPoints.h"
#define FUZZ_ENTRY_POINT replayShipmentCsv
#include "fuzz_shipment_csv.cpp"
