// ImageCache: exact byte accounting, least-recently-used eviction order, buckets,
// and use from several threads at once.

#include "imaging/ImageCache.h"

#include <QFuture>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace reissuedesk;

namespace {

// 100 x 100 RGB32: exactly 40000 bytes.
QImage image100(QRgb colour = qRgb(1, 2, 3))
{
    QImage image(100, 100, QImage::Format_RGB32);
    image.fill(colour);
    return image;
}

ImageCacheKey key(const char *sha, int page = 0)
{
    return ImageCache::keyFor(QString::fromLatin1(sha), QSize(800, 600), page);
}

} // namespace

class TestImageCache : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        ImageCache cache;
        QCOMPARE(cache.capacityBytes(), 256LL * 1024 * 1024);
        QCOMPARE(cache.usedBytes(), 0);
        QCOMPARE(cache.count(), 0);
        QVERIFY(cache.find(key("a")).isNull());
    }

    void byteBoundIsExact()
    {
        QCOMPARE(image100().sizeInBytes(), 40000);
        ImageCache cache(80000);
        QVERIFY(cache.insert(key("a"), image100()));
        QVERIFY(cache.insert(key("b"), image100()));
        QCOMPARE(cache.usedBytes(), 80000); // full to the byte, nothing evicted
        QCOMPARE(cache.count(), 2);
        QVERIFY(cache.insert(key("c"), image100()));
        QCOMPARE(cache.usedBytes(), 80000);
        QCOMPARE(cache.count(), 2);
        QVERIFY(!cache.contains(key("a")));
    }

    void leastRecentlyUsedGoesFirst()
    {
        ImageCache cache(120000);
        cache.insert(key("a"), image100());
        cache.insert(key("b"), image100());
        cache.insert(key("c"), image100());
        QVERIFY(!cache.find(key("a")).isNull()); // a is now the most recent: b is the oldest
        QVERIFY(cache.contains(key("b")));       // contains() does not touch
        cache.insert(key("d"), image100());
        QVERIFY(!cache.contains(key("b")));
        QVERIFY(cache.contains(key("a")));
        QVERIFY(cache.contains(key("c")));
        QVERIFY(cache.contains(key("d")));
        cache.insert(key("e"), image100()); // c is the oldest now
        QVERIFY(!cache.contains(key("c")));
        QCOMPARE(cache.usedBytes(), 120000);
    }

    void bigEntryEvictsSeveral()
    {
        ImageCache cache(120000);
        cache.insert(key("a"), image100());
        cache.insert(key("b"), image100());
        cache.insert(key("c"), image100());
        QImage big(100, 200, QImage::Format_RGB32); // 80000 bytes: a and b must go
        big.fill(Qt::white);
        QVERIFY(cache.insert(key("big"), big));
        QCOMPARE(cache.count(), 2);
        QVERIFY(cache.contains(key("c")));
        QCOMPARE(cache.usedBytes(), 120000);
    }

    void tooLargeOrNullIsNotStored()
    {
        ImageCache cache(39999);
        QVERIFY(!cache.insert(key("a"), image100()));
        QVERIFY(!cache.insert(key("n"), QImage()));
        QCOMPARE(cache.usedBytes(), 0);
        QCOMPARE(cache.count(), 0);
    }

    void replacingAKeyUpdatesBytes()
    {
        ImageCache cache;
        cache.insert(key("a"), image100());
        QImage grey(100, 25, QImage::Format_Grayscale8); // 2500 bytes (rows are 4-byte aligned)
        grey.fill(7);
        cache.insert(key("a"), grey);
        QCOMPARE(cache.count(), 1);
        QCOMPARE(cache.usedBytes(), 2500);
        QCOMPARE(cache.find(key("a")).format(), QImage::Format_Grayscale8);
    }

    void shrinkingEvictsOldestFirst()
    {
        ImageCache cache;
        cache.insert(key("a"), image100());
        cache.insert(key("b"), image100());
        cache.insert(key("c"), image100());
        cache.find(key("a"));
        cache.setCapacityBytes(80000);
        QVERIFY(!cache.contains(key("b")));
        QVERIFY(cache.contains(key("a")));
        QVERIFY(cache.contains(key("c")));
        cache.setCapacityBytes(0);
        QCOMPARE(cache.count(), 0);
        QCOMPARE(cache.usedBytes(), 0);
    }

    void removeAndClear()
    {
        ImageCache cache;
        cache.insert(key("a"), image100());
        cache.insert(key("b"), image100());
        QVERIFY(cache.remove(key("a")));
        QVERIFY(!cache.remove(key("a")));
        QCOMPARE(cache.usedBytes(), 40000);
        cache.clear();
        QCOMPARE(cache.usedBytes(), 0);
        QCOMPARE(cache.count(), 0);
    }

    void findSharesTheImage()
    {
        ImageCache cache;
        const QImage stored = image100();
        cache.insert(key("a"), stored);
        QCOMPARE(cache.find(key("a")).cacheKey(), stored.cacheKey()); // no deep copy
    }

    void keysAndBuckets()
    {
        QCOMPARE(ImageCache::bucketFor(QSize(1000, 700)), QSize(1024, 768));
        QCOMPARE(ImageCache::bucketFor(QSize(1024, 768)), QSize(1024, 768));
        QCOMPARE(ImageCache::bucketFor(QSize(1, 1)), QSize(256, 256));
        QVERIFY(!ImageCache::bucketFor(QSize()).isValid()); // full resolution
        QCOMPARE(ImageCache::keyFor(QStringLiteral("x"), QSize(990, 700)),
                 ImageCache::keyFor(QStringLiteral("x"), QSize(1000, 760)));
        QVERIFY(!(ImageCache::keyFor(QStringLiteral("x"), QSize(1000, 700)) ==
                  ImageCache::keyFor(QStringLiteral("x"), QSize(1100, 700))));
        QVERIFY(!(ImageCache::keyFor(QStringLiteral("x"), QSize()) ==
                  ImageCache::keyFor(QStringLiteral("x"), QSize(1, 1))));
        QVERIFY(!(key("x", 0) == key("x", 1)));

        ImageCache cache;
        cache.insert(key("x", 0), image100(qRgb(0, 0, 0)));
        cache.insert(key("x", 1), image100(qRgb(255, 255, 255)));
        cache.insert(ImageCache::keyFor(QStringLiteral("x"), QSize()), image100(qRgb(9, 9, 9)));
        QCOMPARE(cache.count(), 3);
        QCOMPARE(cache.find(key("x", 1)).pixel(0, 0), qRgb(255, 255, 255));
    }

    void concurrentUse()
    {
        ImageCache cache(40000 * 10);
        QList<QFuture<void>> futures;
        for (int t = 0; t < 8; ++t) {
            futures.append(QtConcurrent::run([&cache, t] {
                for (int i = 0; i < 500; ++i) {
                    const QString sha = QString::number((t * 7 + i) % 40);
                    const ImageCacheKey k = ImageCache::keyFor(sha, QSize(100, 100));
                    if (cache.find(k).isNull())
                        cache.insert(k, image100());
                    if (i % 50 == 0)
                        cache.setCapacityBytes(40000 * (5 + i % 7));
                }
            }));
        }
        for (QFuture<void> &f : futures)
            f.waitForFinished();
        QVERIFY(cache.usedBytes() <= cache.capacityBytes());
        QCOMPARE(cache.usedBytes(), qint64(cache.count()) * 40000);
    }
};

QTEST_MAIN(TestImageCache)
#include "tst_imaging_cache.moc"
