#include "models/QueueModel.h"

#include "core/Masking.h"
#include "core/RiskFlags.h"
#include "models/DatabaseWorker.h"
#include "storage/ChangeWatcher.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QColor>
#include <QHash>
#include <QSet>

namespace reissuedesk {
namespace {

constexpr qint64 soonSeconds = 6 * 3600;

QString reasonText(ReplacementReason reason)
{
    switch (reason) {
    case ReplacementReason::Lost:
        return QueueModel::tr("Lost");
    case ReplacementReason::Damaged:
        return QueueModel::tr("Damaged");
    case ReplacementReason::Other:
        return QueueModel::tr("Other");
    }
    return {};
}

QString channelText(SalesChannel channel)
{
    return channel == SalesChannel::Agent ? QueueModel::tr("Agent") : QueueModel::tr("Direct");
}

QString statusText(ApplicationStatus status)
{
    switch (status) {
    case ApplicationStatus::Pending:
        return QueueModel::tr("Pending");
    case ApplicationStatus::InReview:
        return QueueModel::tr("In review");
    case ApplicationStatus::AwaitingSecondReview:
        return QueueModel::tr("Second review");
    case ApplicationStatus::Approved:
        return QueueModel::tr("Approved");
    case ApplicationStatus::Rejected:
        return QueueModel::tr("Rejected");
    case ApplicationStatus::Shipped:
        return QueueModel::tr("Shipped");
    case ApplicationStatus::Cancelled:
        return QueueModel::tr("Cancelled");
    }
    return {};
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

QueueModel::QueueModel(const Database &database, qint64 operatorId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_operatorId(operatorId)
    , m_worker(std::make_unique<DatabaseWorker>(database))
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
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_rows.isEmpty())
            requestFirstPage();
        else
            refresh();
    });
    requestFirstPage();
}

QueueModel::~QueueModel()
{
    setLiveUpdates(false);
    m_worker.reset(); // joins the thread: nothing of ours runs after this
}

void QueueModel::setLiveUpdates(bool enabled)
{
    if (enabled == (m_watcher != nullptr))
        return;
    if (!enabled) {
        ChangeWatcher *watcher = m_watcher;
        m_watcher = nullptr;
        m_watchWorker->post([watcher] { delete watcher; });
        m_watchWorker.reset();
        return;
    }
    // On a thread and connection of its own (see ChangeWatcher).
    m_watchWorker = std::make_unique<DatabaseWorker>(m_database);
    QMetaObject::invokeMethod(
        m_watchWorker->context(),
        [this] {
            auto *watcher = new ChangeWatcher(m_database);
            connect(watcher, &ChangeWatcher::changed, this, [this] { m_refreshDebounce.start(); });
            connect(watcher, &ChangeWatcher::connectionLost, this,
                    [this](const QString &message) { setConnected(false, message); });
            connect(watcher, &ChangeWatcher::connectionRestored, this, [this] { setConnected(true, {}); });
            m_watcher = watcher;
            watcher->start();
        },
        Qt::BlockingQueuedConnection);
}

void QueueModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, COLUMN_COUNT - 1));
}

QDateTime QueueModel::now() const { return m_clock(); }

int QueueModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int QueueModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : COLUMN_COUNT; }

QString QueueModel::timeLeftText(qint64 secondsLeft)
{
    const qint64 magnitude = std::abs(secondsLeft);
    const qint64 hours = magnitude / 3600;
    const qint64 minutes = (magnitude % 3600) / 60;
    const QString span = hours > 0 ? tr("%1 h %2 min").arg(hours).arg(minutes, 2, 10, QLatin1Char('0'))
                                   : tr("%1 min").arg(minutes);
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
            return reasonText(row.reason);
        case ChannelColumn:
            return channelText(row.channel);
        case RiskColumn:
            return {};
        case StatusColumn:
            return statusText(row.status);
        case HolderColumn:
            return row.holderLogin;
        case COLUMN_COUNT:
            break;
        }
        return {};
    case Qt::ToolTipRole:
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
    const quint64 generation = m_generation;
    const QueueFilter filter = m_filter;
    const QueueRow last = m_rows.constLast();
    const QDateTime at = now();
    m_worker->post([this, generation, filter, last, at] {
        try {
            const QList<QueueRow> rows = QueueRepository(m_database, m_operatorId).page(filter, last, PageSize, at);
            DatabaseWorker::deliver(this, [this, generation, rows] { applyPage(generation, rows, false); });
        } catch (const StorageError &error) {
            m_database.dropThreadConnection();
            const QString message = error.message();
            DatabaseWorker::deliver(this, [this, generation, message] { failed(generation, message); });
        }
    });
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
    const quint64 generation = ++m_generation;
    m_fetchInFlight = true;
    m_refreshPending = false;
    setLoading(true);
    const QueueFilter filter = m_filter;
    const QDateTime at = now();
    m_worker->post([this, generation, filter, at] {
        try {
            const QList<QueueRow> rows =
                QueueRepository(m_database, m_operatorId).page(filter, std::nullopt, PageSize, at);
            DatabaseWorker::deliver(this, [this, generation, rows] { applyPage(generation, rows, true); });
        } catch (const StorageError &error) {
            m_database.dropThreadConnection();
            const QString message = error.message();
            DatabaseWorker::deliver(this, [this, generation, message] { failed(generation, message); });
        }
    });
    requestCounts();
}

void QueueModel::requestCounts()
{
    const QDateTime at = now();
    m_worker->post([this, at] {
        try {
            const QueueCounts counts = QueueRepository(m_database, m_operatorId).counts(at);
            DatabaseWorker::deliver(this, [this, counts] {
                m_counts = counts;
                Q_EMIT countsChanged(counts);
            });
        } catch (const StorageError &) {
            // The page request reports the failure; counts keep their last values.
        }
    });
}

void QueueModel::refresh()
{
    if (m_fetchInFlight) {
        m_refreshPending = true; // after the page in flight lands
        return;
    }
    const quint64 generation = m_generation;
    const int wanted = std::max<int>(PageSize, int(m_rows.size()));
    const QueueFilter filter = m_filter;
    const QDateTime at = now();
    m_fetchInFlight = true;
    setLoading(true);
    m_worker->post([this, generation, filter, wanted, at] {
        try {
            const QList<QueueRow> rows = QueueRepository(m_database, m_operatorId).page(filter, std::nullopt, wanted, at);
            DatabaseWorker::deliver(this, [this, generation, rows, wanted] { applyRefresh(generation, rows, wanted); });
        } catch (const StorageError &error) {
            m_database.dropThreadConnection();
            const QString message = error.message();
            DatabaseWorker::deliver(this, [this, generation, message] { failed(generation, message); });
        }
    });
    if (!m_countsThrottle.isActive())
        m_countsThrottle.start();
}

void QueueModel::applyPage(quint64 generation, const QList<QueueRow> &rows, bool replace)
{
    if (generation != m_generation)
        return; // the filter changed meanwhile
    // Views and testers call canFetchMore()/fetchMore() from inside the signals
    // below, even between beginInsertRows and endInsertRows: m_atEnd is set
    // first, and the request counts as in flight until the rows are in.
    m_atEnd = rows.size() < PageSize;
    setConnected(true, {});
    if (replace) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (!rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
        m_rows.append(rows);
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

void QueueModel::applyRefresh(quint64 generation, const QList<QueueRow> &fresh, int requested)
{
    if (generation != m_generation)
        return;
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
        m_rows.remove(start, end - start + 1);
        endRemoveRows();
        end = start - 1;
    }

    // 2. Walk both lists in order: update changed rows, insert new ones, and
    //    move (remove here, insert where it now belongs) rows whose order changed.
    int i = 0;
    for (const QueueRow &wanted : fresh) {
        if (i < m_rows.size() && m_rows.at(i).id == wanted.id) {
            if (!(m_rows.at(i) == wanted)) {
                m_rows[i] = wanted;
                Q_EMIT dataChanged(index(i, 0), index(i, COLUMN_COUNT - 1));
            }
            ++i;
            continue;
        }
        // Is `wanted` further down (moved up), or new?
        const int existing = [&] {
            for (int k = i + 1; k < m_rows.size(); ++k) {
                if (m_rows.at(k).id == wanted.id)
                    return k;
            }
            return -1;
        }();
        if (existing >= 0) {
            beginRemoveRows({}, existing, existing);
            m_rows.removeAt(existing);
            endRemoveRows();
        }
        beginInsertRows({}, i, i);
        m_rows.insert(i, wanted);
        endInsertRows();
        ++i;
    }
    // 3. Anything left below the fresh range was pushed out of it.
    if (i < m_rows.size()) {
        beginRemoveRows({}, i, int(m_rows.size()) - 1);
        m_rows.resize(i);
        endRemoveRows();
    }
    m_fetchInFlight = false;
    Q_EMIT refreshApplied();
    finishRequest();
}

void QueueModel::failed(quint64 generation, const QString &message)
{
    if (generation != m_generation)
        return;
    m_fetchInFlight = false;
    setLoading(false);
    setConnected(false, message);
    Q_EMIT loadFailed(message);
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
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

} // namespace reissuedesk
