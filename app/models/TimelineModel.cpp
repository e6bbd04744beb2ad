#include "models/TimelineModel.h"

#include "models/ReviewTexts.h"

#include <QLocale>

namespace reissuedesk {

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TimelineModel::setReasonCatalogue(const QList<RejectReason> &reasons)
{
    const bool chinese = QLocale().language() == QLocale::Chinese;
    m_reasonTitles.clear();
    for (const RejectReason &reason : reasons)
        m_reasonTitles.insert(reason.code, chinese ? reason.titleZh : reason.titleEn);
    if (!m_timeline.isEmpty())
        Q_EMIT dataChanged(index(0, DetailsColumn), index(rowCount() - 1, DetailsColumn));
}

void TimelineModel::setTimeline(const QList<TimelineEntry> &timeline, const QList<Document> &documents)
{
    beginResetModel();
    m_timeline = timeline;
    m_documentKinds.clear();
    for (const Document &document : documents)
        m_documentKinds.insert(document.id, document.kind);
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_timeline.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TimelineModel::details(const TimelineEntry &entry) const
{
    // The shipment as the carrier's file recorded it (ShipmentImporter): what
    // an operator reads out when the customer asks where the card is.
    if (entry.action == QLatin1String("application.shipped"))
        return tr("%1, tracking number %2, shipped %3")
            .arg(entry.detail.value(QStringLiteral("carrier")).toString(),
                 entry.detail.value(QStringLiteral("tracking_number")).toString(),
                 entry.detail.value(QStringLiteral("shipped_date")).toString());
    QStringList parts;
    if (entry.documentId != 0) {
        const auto kind = m_documentKinds.constFind(entry.documentId);
        parts.append(kind != m_documentKinds.cend() ? ReviewTexts::documentKindText(*kind)
                                                    : tr("document #%1").arg(entry.documentId));
    }
    for (auto it = entry.detail.constBegin(); it != entry.detail.constEnd(); ++it) {
        const QString key = it.key();
        const QString value = it.value().isString() ? it.value().toString() : it.value().toVariant().toString();
        // The number is on screen already; the idempotency key means nothing to people.
        if (value.isEmpty() || key == QLatin1String("application_number") || key == QLatin1String("key"))
            continue;
        if (key == QLatin1String("reasons")) {
            QStringList titles;
            const QStringList codes = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (const QString &code : codes)
                titles.append(m_reasonTitles.value(code, code));
            parts.append(tr("reasons: %1").arg(titles.join(tr(", "))));
        } else if (key == QLatin1String("decision_id")) {
            parts.append(tr("decision #%1").arg(value));
        } else {
            parts.append(QStringLiteral("%1: %2").arg(key, value));
        }
    }
    return parts.join(QStringLiteral("; "));
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry &entry = m_timeline.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return entry.occurredAt.isValid()
                       ? entry.occurredAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QStringLiteral("—");
        case ActorColumn:
            return entry.actor;
        case ActionColumn:
            return ReviewTexts::timelineAction(entry.action);
        case DetailsColumn:
            return details(entry);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ActionColumn)
            return entry.action;
        if (index.column() == DetailsColumn) {
            const QString text = details(entry);
            return text.isEmpty()
                       ? QVariant()
                       : QVariant(QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(text.toHtmlEscaped()));
        }
        return {};
    case ActionKeyRole:
        return entry.action;
    case DocumentIdRole:
        return entry.documentId;
    case OccurredAtRole:
        return entry.occurredAt;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Who");
    case ActionColumn:
        return tr("What");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace reissuedesk
