#include "imaging/TesseractEngine.h"

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <QByteArray>
#include <QMutex>

#include <dlfcn.h>

#include <algorithm>
#include <array>

namespace reissuedesk {

namespace {

void limitOpenMpOnce()
{
    static QMutex mutex;
    static bool done = false;
    QMutexLocker locker(&mutex);
    if (done)
        return;
    done = true;
    // For any child process (and for a libgomp that reads the environment late).
    qputenv("OMP_THREAD_LIMIT", "1");
    // libgomp read its environment when it was loaded, before main(): the variable
    // above comes too late for this process. No active parallel levels makes every
    // parallel region run on the calling thread alone. Looked up rather than linked,
    // so a libtesseract built without OpenMP needs nothing.
    using SetLevels = void (*)(int);
    if (void *symbol = dlsym(RTLD_DEFAULT, "omp_set_max_active_levels"))
        reinterpret_cast<SetLevels>(symbol)(0);
}

const char *languageCode(TesseractEngine::Language language)
{
    return language == TesseractEngine::Language::Chinese ? "chi_sim" : "eng";
}

} // namespace

TesseractEngine::TesseractEngine(std::unique_ptr<tesseract::TessBaseAPI> api)
    : m_api(std::move(api))
{
}

TesseractEngine::~TesseractEngine()
{
    if (m_api)
        m_api->End();
}

QString TesseractEngine::packageFor(Language language)
{
    return language == Language::Chinese ? QStringLiteral("tesseract-ocr-chi-sim")
                                         : QStringLiteral("tesseract-ocr-eng");
}

TesseractEngine *TesseractEngine::forThisThread(Language language, QString *error)
{
    thread_local std::array<std::unique_ptr<TesseractEngine>, 2> engines;
    thread_local std::array<bool, 2> failed{};
    const auto slot = static_cast<size_t>(language == Language::Chinese ? 1 : 0);
    if (engines[slot])
        return engines[slot].get();
    const auto missing = [&] {
        if (error) {
            *error = QStringLiteral("tesseract cannot load its %1 trained data; install the Debian package %2")
                         .arg(QString::fromLatin1(languageCode(language)), packageFor(language));
        }
        return nullptr;
    };
    if (failed[slot])
        return missing();
    limitOpenMpOnce();
    auto api = std::make_unique<tesseract::TessBaseAPI>();
    // Warnings such as "empty page" would go to stderr for every unreadable field.
    api->SetVariable("debug_file", "/dev/null");
    if (api->Init(nullptr, languageCode(language), tesseract::OEM_LSTM_ONLY) != 0) {
        failed[slot] = true;
        return missing();
    }
    engines[slot].reset(new TesseractEngine(std::move(api)));
    return engines[slot].get();
}

TesseractEngine::Line TesseractEngine::readLine(const QImage &image, const QString &whitelist)
{
    Line line;
    if (image.isNull() || image.format() != QImage::Format_Grayscale8 || image.width() < 3 || image.height() < 3)
        return line;
    m_api->SetPageSegMode(tesseract::PSM_SINGLE_LINE);
    m_api->SetVariable("tessedit_char_whitelist", whitelist.toUtf8().constData());
    m_api->SetImage(image.constBits(), image.width(), image.height(), 1, int(image.bytesPerLine()));
    m_api->SetSourceResolution(300);
    const std::unique_ptr<char[]> text(m_api->GetUTF8Text());
    if (text)
        line.text = QString::fromUtf8(text.get()).trimmed();
    line.confidence = std::max(0, m_api->MeanTextConf()) / 100.0;
    // One character can be wrong in a line read with high mean confidence (a dense
    // hanzi taken for a simpler one): the weakest symbol tells.
    if (const std::unique_ptr<tesseract::ResultIterator> it{m_api->GetIterator()}; it && !line.text.isEmpty()) {
        double weakest = 100.0;
        do {
            const std::unique_ptr<char[]> symbol(it->GetUTF8Text(tesseract::RIL_SYMBOL));
            if (symbol && *symbol.get() != '\0')
                weakest = std::min(weakest, double(it->Confidence(tesseract::RIL_SYMBOL)));
        } while (it->Next(tesseract::RIL_SYMBOL));
        line.weakestSymbol = std::clamp(weakest, 0.0, 100.0) / 100.0;
    }
    m_api->Clear();
    return line;
}

} // namespace reissuedesk
