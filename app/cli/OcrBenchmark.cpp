#include "cli/OcrBenchmark.h"

#include "cli/Benchmark.h"
#include "demo/IdCardSample.h"
#include "imaging/DecodeBenchmark.h"
#include "imaging/IdCardReader.h"

#include <QElapsedTimer>
#include <QFile>

namespace reissuedesk::cli {

namespace {

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
}

QString expectedExpiry(const demo::IdCardFace &face)
{
    return face.validUntil.isValid() ? face.validUntil.toString(Qt::ISODate) : QStringLiteral("long-term");
}

} // namespace

int OcrBenchmark::run(int count, quint32 seed, const CommandOutput &out)
{
    int fronts = 0, backs = 0, numbersRight = 0, numbersWrong = 0, namesRight = 0, namesWrong = 0;
    int expiriesRight = 0, expiriesWrong = 0;
    int sidesRight = 0;
    QList<double> times;
    for (int i = 0; i < count; ++i) {
        out.progress(tr("card %1 of %2 ...").arg(i + 1).arg(count));
        const demo::IdCardSample sample = demo::IdCardSampleGenerator::make(seed, i);
        QElapsedTimer timer;
        timer.start();
        const IdCardReading reading = IdCardReader::read(sample.jpeg);
        times.append(double(timer.nsecsElapsed()) / 1e6);
        out.progress(QString());
        QStringList misses;
        if (reading.side == (sample.front ? IdCardSide::Front : IdCardSide::Back)) {
            ++sidesRight;
        } else {
            misses << tr("side %1").arg(IdCardReading::sideName(reading.side));
        }
        if (sample.front) {
            ++fronts;
            if (reading.idNumber.text == sample.face.idNumber) {
                ++numbersRight;
            } else if (reading.idNumber.isRead()) {
                ++numbersWrong;
                misses << tr("WRONG number %1").arg(reading.idNumber.text);
            } else {
                misses << tr("number not read");
            }
            if (reading.name.text == sample.face.name) {
                ++namesRight;
            } else if (reading.name.isRead()) {
                ++namesWrong;
                misses << tr("name \"%1\" (is %2)").arg(reading.name.text, sample.face.name);
            } else {
                misses << tr("name not read");
            }
        } else {
            ++backs;
            const QString expiry = expectedExpiry(sample.face);
            if (reading.validUntil.text == expiry) {
                ++expiriesRight;
            } else if (reading.validUntil.isRead()) {
                ++expiriesWrong;
                misses << tr("WRONG expiry %1 (is %2)").arg(reading.validUntil.text, expiry);
            } else {
                misses << tr("expiry not read");
            }
        }
        QJsonObject record = reading.toJson();
        record.insert(QStringLiteral("sample"), i);
        record.insert(QStringLiteral("sample_description"), sample.describe());
        record.insert(QStringLiteral("misses"), misses.join(QStringLiteral("; ")));
        record.insert(QStringLiteral("read_ms"), BenchReport::roundMs(times.last()));
        out.record(record, QStringLiteral("%1 %2  %3 ms  %4")
                               .arg(i, 3)
                               .arg(sample.describe(), -48)
                               .arg(times.last(), 6, 'f', 0)
                               .arg(misses.isEmpty() ? QStringLiteral("ok") : misses.join(QStringLiteral("; "))));
    }
    const BenchTiming timing = BenchTiming::of(times);
    const auto share = [](int part, int whole) { return whole > 0 ? double(part) / whole : 0.0; };
    const qint64 peakKb = DecodeBenchmark::peakRssKb();
    const QString load = loadAverage();
    const QJsonObject summary{{QStringLiteral("summary"), true},
                              {QStringLiteral("cards"), count},
                              {QStringLiteral("seed"), qint64(seed)},
                              {QStringLiteral("fronts"), fronts},
                              {QStringLiteral("backs"), backs},
                              {QStringLiteral("numbers_right"), share(numbersRight, fronts)},
                              {QStringLiteral("numbers_wrong"), numbersWrong},
                              {QStringLiteral("names_right"), share(namesRight, fronts)},
                              {QStringLiteral("names_wrong"), namesWrong},
                              {QStringLiteral("expiry_right"), share(expiriesRight, backs)},
                              {QStringLiteral("expiry_wrong"), expiriesWrong},
                              {QStringLiteral("sides_right"), share(sidesRight, count)},
                              {QStringLiteral("median_ms"), BenchReport::roundMs(timing.medianMs)},
                              {QStringLiteral("p95_ms"), BenchReport::roundMs(timing.p95Ms)},
                              {QStringLiteral("peak_rss_kb"), peakKb},
                              {QStringLiteral("load_average"), load}};
    const auto percent = [&](int part, int whole) {
        return QStringLiteral("%1 % (%2 of %3)").arg(100.0 * share(part, whole), 0, 'f', 1).arg(part).arg(whole);
    };
    out.record(summary, tr("\n%1 generated cards, seed %2\n"
                           "numbers read right:     %3\n"
                           "numbers reported wrong: %4\n"
                           "expiry right:           %5, %12 reported wrong\n"
                           "name right:             %6, %13 reported wrong\n"
                           "side right:             %7\n"
                           "time per image:         median %8 ms, p95 %9 ms\n"
                           "peak resident memory:   %10 MB\n"
                           "load average:           %11")
                            .arg(count)
                            .arg(seed)
                            .arg(percent(numbersRight, fronts))
                            .arg(numbersWrong)
                            .arg(percent(expiriesRight, backs), percent(namesRight, fronts), percent(sidesRight, count))
                            .arg(timing.medianMs, 0, 'f', 0)
                            .arg(timing.p95Ms, 0, 'f', 0)
                            .arg(double(peakKb) / 1024.0, 0, 'f', 1)
                            .arg(load)
                            .arg(expiriesWrong)
                            .arg(namesWrong));
    return numbersWrong > 0 ? 1 : 0;
}

} // namespace reissuedesk::cli
