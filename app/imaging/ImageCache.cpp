#include "imaging/ImageCache.h"

#include <QHashFunctions>

namespace reissuedesk {

size_t qHash(const ImageCacheKey &key, size_t seed) noexcept
{
    return qHashMulti(seed, key.sha256, key.bucket.width(), key.bucket.height(), key.page);
}

ImageCache::ImageCache(qint64 capacityBytes)
    : m_capacity(std::max<qint64>(0, capacityBytes))
{
}

QSize ImageCache::bucketFor(QSize target)
{
    if (!target.isValid() || target.isEmpty())
        return {};
    const auto roundUp = [](int v) { return ((v + BucketStep - 1) / BucketStep) * BucketStep; };
    return QSize(roundUp(target.width()), roundUp(target.height()));
}

ImageCacheKey ImageCache::keyFor(const QString &sha256, QSize target, int page)
{
    return ImageCacheKey{sha256, bucketFor(target), page};
}

bool ImageCache::insert(const ImageCacheKey &key, const QImage &image)
{
    const qint64 bytes = image.sizeInBytes();
    const QMutexLocker locker(&m_mutex);
    if (const auto it = m_index.constFind(key); it != m_index.constEnd()) {
        m_used -= it.value()->bytes;
        m_entries.erase(it.value());
        m_index.erase(it);
    }
    if (image.isNull() || bytes > m_capacity)
        return false;
    evictToFit(m_capacity - bytes);
    m_entries.push_front(Entry{key, image, bytes});
    m_index.insert(key, m_entries.begin());
    m_used += bytes;
    return true;
}

QImage ImageCache::find(const ImageCacheKey &key)
{
    const QMutexLocker locker(&m_mutex);
    const auto it = m_index.constFind(key);
    if (it == m_index.constEnd())
        return {};
    m_entries.splice(m_entries.begin(), m_entries, it.value()); // iterators stay valid
    return m_entries.front().image;
}

bool ImageCache::contains(const ImageCacheKey &key) const
{
    const QMutexLocker locker(&m_mutex);
    return m_index.contains(key);
}

bool ImageCache::remove(const ImageCacheKey &key)
{
    const QMutexLocker locker(&m_mutex);
    const auto it = m_index.constFind(key);
    if (it == m_index.constEnd())
        return false;
    m_used -= it.value()->bytes;
    m_entries.erase(it.value());
    m_index.erase(it);
    return true;
}

void ImageCache::setCapacityBytes(qint64 bytes)
{
    const QMutexLocker locker(&m_mutex);
    m_capacity = std::max<qint64>(0, bytes);
    evictToFit(m_capacity);
}

qint64 ImageCache::capacityBytes() const
{
    const QMutexLocker locker(&m_mutex);
    return m_capacity;
}

qint64 ImageCache::usedBytes() const
{
    const QMutexLocker locker(&m_mutex);
    return m_used;
}

int ImageCache::count() const
{
    const QMutexLocker locker(&m_mutex);
    return int(m_index.size());
}

void ImageCache::clear()
{
    const QMutexLocker locker(&m_mutex);
    m_index.clear();
    m_entries.clear();
    m_used = 0;
}

void ImageCache::evictToFit(qint64 capacity)
{
    while (m_used > capacity && !m_entries.empty()) {
        const Entry &last = m_entries.back();
        m_used -= last.bytes;
        m_index.remove(last.key);
        m_entries.pop_back();
    }
}

} // namespace reissuedesk
