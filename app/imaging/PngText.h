#pragma once
// PNG text chunks (tEXt, zTXt, iTXt) before Qt reads a PNG.
//
// libpng inflates each compressed text chunk up to 8 MB and keeps up to about a
// thousand of them; Qt's reader copies every one into the image's text. A
// 386 KB upload of 50 zTXt chunks held 2 GB in check-document (and reported
// "ok"), 1,000 of them (7.7 MB) 20 GB until the kernel killed the program.
// The desk reads only who made the file from PNG text (DocumentInspector's
// software facts), so every other text chunk is dropped, and of those at most
// MaxKeptTextChunks of at most MaxKeptTextBytes each (a program's name is a
// few dozen bytes; 1 KB inflates to 1 MB at most): a few MB, whatever the
// file holds.

#include <QByteArray>

namespace reissuedesk {

class PngText {
public:
    static constexpr int MaxKeptTextChunks = 3;
    static constexpr quint32 MaxKeptTextBytes = 1024;

    // The PNG with its text chunks dropped except the first MaxKeptTextChunks
    // of at most MaxKeptTextBytes whose keyword is Software, Creator or
    // Creation Software. Other chunks
    // are copied byte for byte (CRCs stay valid); from a chunk whose length
    // runs past the end, the rest is copied as it is, for the reader to judge.
    // Bytes that are not a PNG come back unchanged.
    static QByteArray withoutSurplusText(const QByteArray &png);
};

} // namespace reissuedesk
