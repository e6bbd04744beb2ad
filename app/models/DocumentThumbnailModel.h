#pragma once
// The documents of one application as a list for the thumbnail strip: what
// each one is (kind, caption), its small picture once loaded, and its state
// (loading, ok, failed, damaged, changed since upload), plus what the loads
// taught about it (facts, pages, the error) for the facts box. One row per
// document in display order; rows change in place as results arrive.

#include "core/DomainTypes.h"
#include "imaging/DocumentInspector.h"

#include <QAbstractListModel>
#include <QImage>

namespace reissuedesk {

struct LoadedDocument;

class DocumentThumbnailModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Roles {
        KindRole = Qt::UserRole + 1, // int(DocumentKind)
        CaptionRole,                 // "ID front" (also Qt::DisplayRole)
        ThumbnailRole,               // QImage at thumbnail size (null while loading or failed)
        StateRole,                   // "loading", "ok", "failed", "damaged", "changed"
        DocumentIdRole,
        PageCountRole,
        ErrorRole,     // why it cannot be shown (or what is damaged); "" when fine
        MediaTypeRole, // as declared at upload
    };

    struct Entry {
        Document document;
        QString caption;
        quint64 thumbnailRequest = 0;
        bool settled = false; // a result arrived (ok or not)
        QString error;        // cannot be shown (or partially)
        bool partial = false;
        bool shaMismatch = false;
        bool hasFacts = false;
        DocumentFacts facts;
        int pageCount = 0;
        QImage thumbnail; // already at thumbnail size

        bool failed() const { return settled && !error.isEmpty() && !partial; }
        QString state() const;
    };

    explicit DocumentThumbnailModel(QObject *parent = nullptr);

    // A new application: `captions` parallel to `documents`.
    void setDocuments(const QList<Document> &documents, const QStringList &captions);
    void clear();

    // What a load of the document in `row` taught (first page only); the
    // thumbnail is scaled into `thumbnailBox` device pixels once.
    void absorb(int row, const LoadedDocument &result, QSize thumbnailBox);
    // The document cannot be loaded at all (no loader).
    void markFailed(int row, const QString &error);
    void setThumbnailRequest(int row, quint64 requestId);

    const Entry &entry(int row) const { return m_entries.at(row); }
    const QList<Entry> &entries() const { return m_entries; }
    int rowOfDocument(qint64 documentId) const;
    int rowOfRequest(quint64 requestId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void changed(int row);

    QList<Entry> m_entries;
};

} // namespace reissuedesk
