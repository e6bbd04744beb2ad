#pragma once
// One libtesseract engine per thread and language. TessBaseAPI is not thread-safe
// and costs 100-300 ms to initialise, so each thread that reads ID cards keeps its
// own engines (thread_local) and reuses them for every line it reads; the per-call
// settings (page segmentation, character whitelist) are set before each read.
//
// Debian's libtesseract is built with OpenMP, whose worker threads only add
// contention when two readers already keep both cores busy: the first engine
// switches OpenMP's parallel regions off for the process.

#include <QImage>
#include <QString>

#include <memory>

namespace tesseract {
class TessBaseAPI;
}

namespace reissuedesk {

class TesseractEngine {
public:
    enum class Language { Latin, Chinese };

    struct Line {
        QString text;               // as recognised, UTF-8 decoded, trimmed
        double confidence = 0.0;    // 0..1, mean over the line's words
        double weakestSymbol = 0.0; // 0..1, the least certain character's confidence
    };

    ~TesseractEngine();
    TesseractEngine(const TesseractEngine &) = delete;
    TesseractEngine &operator=(const TesseractEngine &) = delete;

    // This thread's engine for `language`, initialised on first use; null when the
    // trained data cannot be loaded, with `error` naming the Debian package to install.
    static TesseractEngine *forThisThread(Language language, QString *error);

    // Reads `image` (8-bit grey, dark text on light) as one line of text. An empty
    // `whitelist` allows every character the language knows.
    Line readLine(const QImage &image, const QString &whitelist);

    // The Debian package that ships the trained data for `language`.
    static QString packageFor(Language language);

private:
    explicit TesseractEngine(std::unique_ptr<tesseract::TessBaseAPI> api);

    std::unique_ptr<tesseract::TessBaseAPI> m_api;
};

} // namespace reissuedesk
