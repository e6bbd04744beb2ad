#include "models/QueueModel.h"

#include "models/ReviewTexts.h"

#include "core/Masking.h"
#include "core/RiskFlags.h"
#include "models/ChangeWatcherThread.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QColor>
#include <QHash>
#include <QLocale>
#include <QSet>

namespace reissuedesk {
namespace {

constexpr qint64 soonSeconds = 6 * 3600;

// "bob · 11-30 14:03 · ID card back unclear, ID card expired"; empty for open rows.
QString decisionText(const QueueRow &row)
{
    if (row.decidedByLogin.isEmpty())
        return {};
    QStringList parts{row.decidedByLogin};
    if (row.decidedAt.isValid())
        parts.append(row.decidedAt.toLocalTime().toString(QStringLiteral("MM-dd HH:mm")));
    const QString reasons = QLocale().language() == QLocale::Chinese ? row.rejectReasonsZh : row.rejectReasonsEn;
    if (!reasons.isEmpty())
        parts.append(reasons);
    return parts.join(QStringLiteral(" · "));
}

QString riskText(int flags)
{
    QStringList parts;
    if (flags & int(RiskFlag::SuspectedProxy))
        parts.append(QueueModel::tr("Suspected proxy application: the applicant is not the account holder"));
    if (flags & int(RiskFlag::InvalidIdNumber))
        parts.append(QueueModel::tr("Invalid ID number"));
    if (flags & int(RiskFlag::RepeatReplacement))
        parts.append(QueueModel::tr("Repeat replacement: another application on this account within 90 days"));
    if (flags & int(RiskFlag::ReusedDocument))
        parts.append(QueueModel::tr("Reused document: the same file was uploaded for another account"));
    return parts.join(QLatin1Char('\n'));
}

bool isOpen(ApplicationStatus status)
{
    return status == ApplicationStatus::Pending || status == ApplicationStatus::InReview ||
           status == ApplicationStatus::AwaitingSecondReview;
}

} // namespace

QueueModel::QueueModel(JobRunner &runner, qint64 operatorId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_runner(runner)
    , m_operatorId(operatorId)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    qRegisterMetaType<QueueCounts>();
    // Time left is a function of the clock: repaint the column every minute.
    m_minuteTimer.setInterval(60'000);
    connect(&m_minuteTimer, &QTimer::timeout, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, TimeLeftColumn), index(int(m_rows.size()) - 1, TimeLeftColumn));
        requestCounts(); // "overdue" moves with the clock
    });
    // The counts scan hundreds of thousands of index entries on a big database:
    // at most one count every two seconds, however busy the other desks are.
    m_countsThrottle.setSingleShot(true);
    m_countsThrottle.setInterval(2000);
    connect(&m_countsThrottle, &QTimer::timeout, this, &QueueModel::requestCounts);
    m_minuteTimer.start();
    // Bursts of notifications (a desk deciding ten applications) refresh once.
    m_refreshDebounce.setSingleShot(true);
    m_refreshDebounce.setInterval(200);
    connect(&m_refreshDebounce, &QTimer::timeout, this, &QueueModel::refresh);
    // While the database is unreachable, try again every few seconds.
    m_retryTimer.setInterval(3000);
    connect(&m_retryTimer, &QTimer::timeout, this, &QueueModel::retry);
    requestFirstPage();
}

QueueModel::~QueueModel()
{
    // Answers still in flight are dropped by the runner (this context is gone).
    m_watcher.reset();
}

void QueueModel::setLiveUpdates(std::shared_ptr<const Database> database)
{
    m_watcher.reset();
    if (!database)
        return;
    m_watcher = std::make_unique<ChangeWatcherThread>(std::move(database));
    connect(m_watcher.get(), &ChangeWatcherThread::changed, this, [this] { m_refreshDebounce.start(); });
    connect(m_watcher.get(), &ChangeWatcherThread::connectionLost, this,
            [this](const QString &message) { setConnected(false, message); });
    connect(m_watcher.get(), &ChangeWatcherThread::connectionRestored, this, [this] { setConnected(true, {}); });
}

void QueueModel::retry()
{
    // One attempt at a time: against a server that takes the whole connect
    // timeout to fail, a new attempt per tick would pile up on the lane.
    if (m_pageSlot.isBusy()) {
        Q_EMIT retryDue(false);
        return;
    }
    Q_EMIT retryDue(true);
    if (m_rows.isEmpty())
        requestFirstPage();
    else
        refresh();
}

void QueueModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, COLUMN_COUNT - 1));
}

QDateTime QueueModel::now() const
{
    return m_clock();
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : COLUMN_COUNT;
}

QString QueueModel::timeLeftText(qint64 secondsLeft)
{
    const qint64 magnitude = std::abs(secondsLeft);
    const qint64 hours = magnitude / 3600;
    const qint64 minutes = (magnitude % 3600) / 60;
    const QString span =
        hours > 0 ? tr("%1 h %2 min").arg(hours).arg(minutes, 2, 10, QLatin1Char('0')) : tr("%1 min").arg(minutes);
    return secondsLeft < 0 ? tr("overdue %1").arg(span) : span;
}

QueueModel::Urgency QueueModel::urgencyFor(qint64 secondsLeft)
{
    if (secondsLeft < 0)
        return Urgency::Overdue;
    if (secondsLeft < soonSeconds)
        return Urgency::Soon;
    return Urgency::Normal;
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueRow &row = m_rows.at(index.row());
    const qint64 secondsLeft = now().secsTo(row.dueAt);
    const bool counting = isOpen(row.status);
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NumberColumn:
            return row.applicationNumber;
        case SubmittedColumn:
            return row.submittedAt.toLocalTime().toString(QStringLiteral("MM-dd HH:mm"));
        case TimeLeftColumn:
            return counting ? timeLeftText(secondsLeft) : QStringLiteral("—");
        case ApplicantColumn:
            return Masking::maskName(row.applicantName);
        case PhoneColumn:
            return Masking::maskPhone(row.contactPhone);
        case ReasonColumn:
            return ReviewTexts::reasonText(row.reason);
        case ChannelColumn:
            return ReviewTexts::salesChannelText(row.channel);
        case RiskColumn:
            return {};
        case StatusColumn:
            return ReviewTexts::statusText(row.status);
        case HolderColumn:
            return row.holderLogin;
        case DecisionColumn:
            return decisionText(row);
        case COLUMN_COUNT:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DecisionColumn)
            return decisionText(row);
        if (index.column() == RiskColumn)
            return riskText(row.riskFlags);
        if (index.column() == TimeLeftColumn || index.column() == SubmittedColumn)
            return tr("Submitted %1, due %2")
                .arg(row.submittedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     row.dueAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == TimeLeftColumn && counting) {
            switch (urgencyFor(secondsLeft)) {
            case Urgency::Overdue:
                return QColor(0xb0, 0x1c, 0x1c);
            case Urgency::Soon:
                return QColor(0x9a, 0x5b, 0x00);
            case Urgency::Normal:
                break;
            }
        }
        return {};
    case Qt::BackgroundRole:
        if (index.column() == TimeLeftColumn && counting) {
            switch (urgencyFor(secondsLeft)) {
            case Urgency::Overdue:
                return QColor(0xfd, 0xe2, 0xe1);
            case Urgency::Soon:
                return QColor(0xff, 0xf1, 0xcc);
            case Urgency::Normal:
                break;
            }
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TimeLeftColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return row.id;
    case RiskFlagsRole:
        return row.riskFlags;
    case DueAtRole:
        return row.dueAt;
    case UrgencyRole:
        return QVariant::fromValue(counting ? urgencyFor(secondsLeft) : Urgency::Normal);
    case StatusRole:
        return int(row.status);
    default:
        return {};
    }
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NumberColumn:
        return tr("Application no.");
    case SubmittedColumn:
        return tr("Submitted");
    case TimeLeftColumn:
        return tr("Time left");
    case ApplicantColumn:
        return tr("Applicant");
    case PhoneColumn:
        return tr("Contact phone");
    case ReasonColumn:
        return tr("Reason");
    case ChannelColumn:
        return tr("Channel");
    case RiskColumn:
        return tr("Risk");
    case StatusColumn:
        return tr("Status");
    case HolderColumn:
        return tr("Held by");
    case DecisionColumn:
        return tr("Decision");
    case COLUMN_COUNT:
        break;
    }
    return {};
}

bool QueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetchInFlight && !m_rows.isEmpty();
}

void QueueModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetchInFlight = true;
    setLoading(true);
    const QueueFilter filter = m_filter;
    const QueueRow last = m_rows.constLast();
    const QDateTime at = now();
    const qint64 operatorId = m_operatorId;
    Q_EMIT pageRequested();
    m_runner.runDatabase(
        m_pageSlot, this,
        [filter, last, at, operatorId](const Database &database) {
            return QueueRepository(database, operatorId).page(filter, last, PageSize, at);
        },
        [this](const QList<QueueRow> &rows) { applyPage(rows, false); },
        [this](const JobError &error) { failed(error); });
}

void QueueModel::setFilter(const QueueFilter &filter)
{
    if (filter == m_filter && !m_rows.isEmpty())
        return;
    m_filter = filter;
    requestFirstPage();
}

void QueueModel::requestFirstPage()
{
    m_fetchInFlight = true;
    m_refreshPending = false;
    setLoading(true);
    const QueueFilter filter = m_filter;
    const QDateTime at = now();
    const qint64 operatorId = m_operatorId;
    Q_EMIT pageRequested();
    // A new job on the slot: whatever was in flight (an older filter) is dropped.
    m_runner.runDatabase(
        m_pageSlot, this,
        [filter, at, operatorId](const Database &database) {
            return QueueRepository(database, operatorId).page(filter, std::nullopt, PageSize, at);
        },
        [this](const QList<QueueRow> &rows) { applyPage(rows, true); },
        [this](const JobError &error) { failed(error); });
    requestCounts();
}

void QueueModel::requestCounts()
{
    const QDateTime at = now();
    const qint64 operatorId = m_operatorId;
    m_runner.runDatabase(
        m_countsSlot, this,
        [at, operatorId](const Database &database) { return QueueRepository(database, operatorId).counts(at); },
        [this](const QueueCounts &counts) {
            m_counts = counts;
            Q_EMIT countsChanged(counts);
        },
        [](const JobError &) {
            // The page request reports the failure; counts keep their last values.
        });
}

void QueueModel::refresh()
{
    if (m_fetchInFlight) {
        m_refreshPending = true; // after the page in flight lands
        return;
    }
    const int wanted = std::max<int>(PageSize, int(m_rows.size()));
    const QueueFilter filter = m_filter;
    const QDateTime at = now();
    const qint64 operatorId = m_operatorId;
    m_fetchInFlight = true;
    setLoading(true);
    Q_EMIT pageRequested();
    m_runner.runDatabase(
        m_pageSlot, this,
        [filter, wanted, at, operatorId](const Database &database) {
            return QueueRepository(database, operatorId).page(filter, std::nullopt, wanted, at);
        },
        [this, wanted](const QList<QueueRow> &rows) { applyRefresh(rows, wanted); },
        [this](const JobError &error) { failed(error); });
    if (!m_countsThrottle.isActive())
        m_countsThrottle.start();
}

void QueueModel::applyPage(const QList<QueueRow> &rows, bool replace)
{
    // Views and testers call canFetchMore()/fetchMore() from inside the signals
    // below, even between beginInsertRows and endInsertRows: m_atEnd is set
    // first, and the request counts as in flight until the rows are in.
    m_atEnd = rows.size() < PageSize;
    setConnected(true, {});
    if (replace) {
        beginResetModel();
        m_rows = rows;
        reindexAll();
        endResetModel();
    } else if (!rows.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(rows.size()) - 1);
        m_rows.append(rows);
        reindex(first, int(m_rows.size()) - 1);
        endInsertRows();
    }
    m_fetchInFlight = false;
    finishRequest();
}

void QueueModel::finishRequest()
{
    setLoading(m_fetchInFlight);
    if (!m_fetchInFlight)
        Q_EMIT settled();
    if (m_refreshPending && !m_fetchInFlight) {
        m_refreshPending = false;
        refresh();
    }
}

void QueueModel::applyRefresh(const QList<QueueRow> &fresh, int requested)
{
    m_atEnd = fresh.size() < requested;
    setConnected(true, {});
    Q_EMIT refreshAboutToApply();

    // 1. Rows that left the range (decided elsewhere, filtered out): remove, in runs.
    QSet<qint64> freshIds;
    for (const QueueRow &row : fresh)
        freshIds.insert(row.id);
    for (int end = int(m_rows.size()) - 1; end >= 0;) {
        if (freshIds.contains(m_rows.at(end).id)) {
            --end;
            continue;
        }
        int start = end;
        while (start > 0 && !freshIds.contains(m_rows.at(start - 1).id))
            --start;
        beginRemoveRows({}, start, end);
        for (int row = start; row <= end; ++row)
            m_rowOfId.remove(m_rows.at(row).id);
        m_rows.remove(start, end - start + 1);
        reindex(start, int(m_rows.size()) - 1);
        endRemoveRows();
        end = start - 1;
    }

    // 2. Walk the fresh order: rows already there but further down move up
    //    (one beginMoveRows, so views keep selection and persistent indexes),
    //    new rows are inserted, changed rows report dataChanged.
    for (int i = 0; i < fresh.size(); ++i) {
        const QueueRow &wanted = fresh.at(i);
        const int existing = m_rowOfId.value(wanted.id, -1);
        if (existing < 0) {
            beginInsertRows({}, i, i);
            m_rows.insert(i, wanted);
            reindex(i, int(m_rows.size()) - 1);
            endInsertRows();
            continue;
        }
        if (existing != i) {
            // Rows before i are final, so an existing row is always below i.
            beginMoveRows({}, existing, existing, {}, i);
            m_rows.move(existing, i);
            reindex(i, existing);
            endMoveRows();
        }
        if (!(m_rows.at(i) == wanted)) {
            m_rows[i] = wanted;
            Q_EMIT dataChanged(index(i, 0), index(i, COLUMN_COUNT - 1));
        }
    }
    // 3. Anything left below the fresh range was pushed out of it.
    const int kept = int(fresh.size());
    if (kept < m_rows.size()) {
        beginRemoveRows({}, kept, int(m_rows.size()) - 1);
        for (int row = kept; row < m_rows.size(); ++row)
            m_rowOfId.remove(m_rows.at(row).id);
        m_rows.resize(kept);
        endRemoveRows();
    }
    m_fetchInFlight = false;
    Q_EMIT refreshApplied();
    finishRequest();
}

void QueueModel::reindex(int from, int to)
{
    for (int row = std::max(0, from); row <= to && row < m_rows.size(); ++row)
        m_rowOfId.insert(m_rows.at(row).id, row);
}

void QueueModel::reindexAll()
{
    m_rowOfId.clear();
    m_rowOfId.reserve(m_rows.size());
    reindex(0, int(m_rows.size()) - 1);
}

void QueueModel::failed(const JobError &error)
{
    m_fetchInFlight = false;
    setLoading(false);
    // The status bar's tooltip carries the server's words; the page a sentence.
    setConnected(false, error.detail.isEmpty() ? error.message : error.detail);
    Q_EMIT loadFailed(error.message);
    Q_EMIT settled();
}

void QueueModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void QueueModel::setConnected(bool connected, const QString &message)
{
    if (connected)
        m_retryTimer.stop();
    else if (!m_retryTimer.isActive())
        m_retryTimer.start();
    if (m_connected == connected)
        return;
    m_connected = connected;
    Q_EMIT connectionChanged(connected, message);
}

int QueueModel::rowOfId(qint64 id) const
{
    return m_rowOfId.value(id, -1);
}

} // namespace reissuedesk
