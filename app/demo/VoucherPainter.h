#pragma once
// An agent's sales receipt for the card, as a phone screenshot of the e-receipt
// (PNG) or as the one-page PDF the till prints: the rows, the agent's seal and a
// QR-code-like block. Internal to the demo library; DocumentPainter is the
// public face.

#include "demo/DocumentPainter.h"

namespace reissuedesk::demo::painting {

RenderedDocument renderVoucherPng(const Voucher &voucher, quint32 seed);
RenderedDocument renderVoucherPdf(const Voucher &voucher);

} // namespace reissuedesk::demo::painting
