#pragma once
// The application's audit log as a table, oldest first: when, who, what (in
// words) and the details, with documents named by kind ("ID card, front")
// rather than by row id, and reject reasons by their titles.

#include "core/DomainTypes.h"
#include "storage/ReviewContextRepository.h"

#include <QAbstractTableModel>
#include <QHash>

namespace reissuedesk {

class TimelineModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Columns { TimeColumn, ActorColumn, ActionColumn, DetailsColumn, ColumnCount };
    enum Roles {
        ActionKeyRole = Qt::UserRole, // "application.claimed"
        DocumentIdRole,
        OccurredAtRole, // QDateTime (UTC)
    };

    explicit TimelineModel(QObject *parent = nullptr);

    void setReasonCatalogue(const QList<RejectReason> &reasons);
    // `documents`: the application's, to name the documents the log mentions.
    void setTimeline(const QList<TimelineEntry> &timeline, const QList<Document> &documents);
    const QList<TimelineEntry> &timeline() const { return m_timeline; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString details(const TimelineEntry &entry) const;

    QList<TimelineEntry> m_timeline;
    QHash<qint64, DocumentKind> m_documentKinds;
    QHash<QString, QString> m_reasonTitles;
};

} // namespace reissuedesk
