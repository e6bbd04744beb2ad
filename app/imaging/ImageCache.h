#pragma once
// Decoded documents kept in memory so that going back to an application, or
// resizing the viewer a little, does not decode again. Bounded in bytes, least
// recently used evicted first, shared between the UI thread and decoder threads.
// Never written to disk: these are pictures of identity cards.

#include <QHash>
#include <QImage>
#include <QMutex>
#include <QSize>
#include <QString>

#include <list>

namespace reissuedesk {

struct ImageCacheKey {
    QString sha256;
    QSize bucket; // ImageCache::bucketFor(target); invalid: full resolution
    int page = 0; // PDF page, 0 for images

    friend bool operator==(const ImageCacheKey &a, const ImageCacheKey &b)
    {
        return a.page == b.page && a.bucket == b.bucket && a.sha256 == b.sha256;
    }
};

size_t qHash(const ImageCacheKey &key, size_t seed = 0) noexcept;

class ImageCache {
public:
    static constexpr qint64 DefaultCapacityBytes = 256LL * 1024 * 1024;
    // Targets are rounded up to multiples of this, so that a viewer resized by a
    // few pixels hits the same entry. Decode at the bucket size, not the target.
    static constexpr int BucketStep = 256;

    explicit ImageCache(qint64 capacityBytes = DefaultCapacityBytes);
    ImageCache(const ImageCache &) = delete;
    ImageCache &operator=(const ImageCache &) = delete;

    // The size to decode at (and key on) for a viewer of `target` pixels: each side
    // rounded up to a multiple of BucketStep; invalid (full resolution) stays invalid.
    static QSize bucketFor(QSize target);
    static ImageCacheKey keyFor(const QString &sha256, QSize target, int page = 0);

    // Replaces an entry with the same key and makes it the most recently used, then
    // evicts least recently used entries until the total fits. An image larger than
    // the whole capacity is not stored (false); nor is a null image.
    bool insert(const ImageCacheKey &key, const QImage &image);
    // The cached image (shared, not copied) and marks it most recently used; a null
    // QImage when absent.
    QImage find(const ImageCacheKey &key);
    // Whether the key is cached, without touching its recency.
    bool contains(const ImageCacheKey &key) const;
    bool remove(const ImageCacheKey &key);

    void setCapacityBytes(qint64 bytes); // evicts at once when shrinking
    qint64 capacityBytes() const;
    qint64 usedBytes() const; // sum of QImage::sizeInBytes() of the entries
    int count() const;
    void clear();

private:
    struct Entry {
        ImageCacheKey key;
        QImage image;
        qint64 bytes = 0;
    };
    using List = std::list<Entry>; // front: most recently used

    void evictToFit(qint64 capacity); // with m_mutex held

    mutable QMutex m_mutex;
    List m_entries;
    QHash<ImageCacheKey, List::iterator> m_index;
    qint64 m_capacity;
    qint64 m_used = 0;
};

} // namespace reissuedesk
