#include "models/DocumentThumbnailModel.h"

#include "models/DocumentLoader.h"

#include <QLocale>

namespace reissuedesk {

QString DocumentThumbnailModel::Entry::state() const
{
    if (failed())
        return QStringLiteral("failed");
    if (shaMismatch)
        return QStringLiteral("changed");
    if (partial)
        return QStringLiteral("damaged");
    return thumbnail.isNull() ? QStringLiteral("loading") : QStringLiteral("ok");
}

DocumentThumbnailModel::DocumentThumbnailModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void DocumentThumbnailModel::setDocuments(const QList<Document> &documents, const QStringList &captions)
{
    beginResetModel();
    m_entries.clear();
    for (qsizetype i = 0; i < documents.size(); ++i) {
        Entry entry;
        entry.document = documents.at(i);
        entry.caption = i < captions.size() ? captions.at(i) : toKey(documents.at(i).kind);
        m_entries.append(entry);
    }
    endResetModel();
}

void DocumentThumbnailModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

void DocumentThumbnailModel::absorb(int row, const LoadedDocument &result, QSize thumbnailBox)
{
    if (row < 0 || row >= m_entries.size())
        return;
    Entry &entry = m_entries[row];
    if (result.facts.sizeBytes > 0 || !result.facts.sha256.isEmpty()) {
        entry.facts = result.facts;
        entry.hasFacts = true;
    }
    entry.pageCount = std::max(entry.pageCount, result.pageCount);
    entry.shaMismatch = entry.shaMismatch || result.shaMismatch;
    if (result.image.isNull()) {
        // A failed full-resolution load does not undo a preview that showed.
        if (entry.thumbnail.isNull()) {
            entry.error = result.error;
            entry.partial = false;
        }
    } else {
        entry.error = result.partial ? result.error : QString();
        entry.partial = result.partial;
        if (entry.thumbnail.isNull()) {
            entry.thumbnail =
                result.image.width() > thumbnailBox.width() || result.image.height() > thumbnailBox.height()
                    ? result.image.scaled(thumbnailBox, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                    : result.image;
        }
    }
    entry.settled = true;
    changed(row);
}

void DocumentThumbnailModel::markFailed(int row, const QString &error)
{
    if (row < 0 || row >= m_entries.size())
        return;
    m_entries[row].settled = true;
    m_entries[row].error = error;
    m_entries[row].partial = false;
    changed(row);
}

void DocumentThumbnailModel::setThumbnailRequest(int row, quint64 requestId)
{
    if (row >= 0 && row < m_entries.size())
        m_entries[row].thumbnailRequest = requestId;
}

int DocumentThumbnailModel::rowOfDocument(qint64 documentId) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).document.id == documentId)
            return int(i);
    }
    return -1;
}

int DocumentThumbnailModel::rowOfRequest(quint64 requestId) const
{
    if (requestId == 0)
        return -1;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).thumbnailRequest == requestId)
            return int(i);
    }
    return -1;
}

void DocumentThumbnailModel::changed(int row)
{
    const QModelIndex at = index(row);
    Q_EMIT dataChanged(at, at);
}

int DocumentThumbnailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant DocumentThumbnailModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case CaptionRole:
        return entry.caption;
    case KindRole:
        return int(entry.document.kind);
    case ThumbnailRole:
        return entry.thumbnail;
    case StateRole:
        return entry.state();
    case DocumentIdRole:
        return entry.document.id;
    case PageCountRole:
        return entry.pageCount;
    case ErrorRole:
        return entry.error;
    case MediaTypeRole:
        return entry.document.mediaType;
    case Qt::ToolTipRole: {
        const QLocale locale;
        QString tip = entry.caption + QLatin1Char('\n') + entry.document.mediaType + QStringLiteral(", ") +
                      locale.formattedDataSize(entry.document.sizeBytes, 1, QLocale::DataSizeTraditionalFormat);
        if (entry.failed())
            tip += QLatin1Char('\n') + tr("Cannot be shown: %1").arg(entry.error);
        else if (entry.partial)
            tip += QLatin1Char('\n') + entry.error;
        if (entry.shaMismatch)
            tip += QLatin1Char('\n') + tr("Changed since upload (sha256 differs)");
        return tip;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> DocumentThumbnailModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(CaptionRole, "caption");
    names.insert(ThumbnailRole, "thumbnail");
    names.insert(StateRole, "state");
    names.insert(DocumentIdRole, "documentId");
    names.insert(PageCountRole, "pageCount");
    names.insert(ErrorRole, "error");
    names.insert(MediaTypeRole, "mediaType");
    return names;
}

} // namespace reissuedesk
