#pragma once
// The queue of applications as a table model. Rows come from the database a page
// at a time (keyset paging through canFetchMore/fetchMore), filtered and sorted
// by the database, read on the JobRunner's Database lane (the desk's one working
// connection). Changes by other desks arrive through a ChangeWatcher on a thread
// and connection of its own; a refresh re-reads the loaded range and applies
// precise removals, moves (beginMoveRows, found through an id->row hash),
// inserts and dataChanged, so selection and scroll position survive. The "time
// left" column is recomputed from the clock every minute without a query. Stale
// results (from before a filter change) are dropped by the job slot. During an
// outage a timer retries, but never while the previous attempt is in flight.

#include "core/QueueFilter.h"
#include "models/JobRunner.h"
#include "storage/QueueRepository.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QTimer>
#include <functional>
#include <memory>

namespace reissuedesk {

class ChangeWatcherThread;
class Database;
class JobRunner;

class QueueModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        SubmittedColumn,
        TimeLeftColumn,
        ApplicantColumn,
        PhoneColumn,
        ReasonColumn,
        ChannelColumn,
        RiskColumn,
        StatusColumn,
        HolderColumn,
        DecisionColumn, // decided applications: by whom, when, why
        COLUMN_COUNT
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        RiskFlagsRole, // int, RiskFlags bits
        DueAtRole,     // QDateTime (UTC)
        UrgencyRole,   // Urgency
        StatusRole,    // ApplicationStatus as int
    };
    enum class Urgency { Normal, Soon, Overdue }; // Soon: under 6 hours left
    Q_ENUM(Urgency)

    static constexpr int PageSize = 100;

    // Reads through `runner`'s Database lane; starts loading at once (answers
    // with a connection error until the runner has a database).
    QueueModel(JobRunner &runner, qint64 operatorId, QObject *parent = nullptr);
    ~QueueModel() override;

    // Watches `database` for other desks' changes on a connection of its own
    // (nullptr: stop). Returns at once; the watcher connects on its thread.
    void setLiveUpdates(std::shared_ptr<const Database> database);
    bool hasLiveUpdates() const { return m_watcher != nullptr; }

    // How long to wait between attempts while the database cannot be read.
    void setRetryInterval(int milliseconds) { m_retryTimer.setInterval(milliseconds); }
    int retryInterval() const { return m_retryTimer.interval(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QueueFilter filter() const { return m_filter; }
    void setFilter(const QueueFilter &filter);

    // Re-reads the loaded range and applies the differences.
    void refresh();

    const QueueRow &rowAt(int row) const { return m_rows.at(row); }
    int rowOfId(qint64 id) const;
    bool isLoading() const { return m_loading; }
    bool isConnected() const { return m_connected; }
    QueueCounts counts() const { return m_counts; }

    // For tests: the clock used for "time left" and "overdue".
    void setClock(std::function<QDateTime()> clock);

    static QString timeLeftText(qint64 secondsLeft);
    static Urgency urgencyFor(qint64 secondsLeft);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);
    void connectionChanged(bool connected, const QString &message);
    void countsChanged(const QueueCounts &counts);
    // Around a refresh that may move rows: views keep their anchor row.
    void refreshAboutToApply();
    void refreshApplied();
    // A page or refresh finished (tests wait for this).
    void settled();
    // A page, refresh or more rows were asked of the database.
    void pageRequested();
    // The outage retry timer fired: `started` false when the previous attempt
    // was still in flight and no new one was queued.
    void retryDue(bool started);

private:
    void requestFirstPage();
    void requestCounts();
    void retry();
    void applyPage(const QList<QueueRow> &rows, bool replace);
    void applyRefresh(const QList<QueueRow> &rows, int requested);
    void failed(const JobError &error);
    void reindex(int from, int to);
    void reindexAll();
    void finishRequest();
    void setLoading(bool loading);
    void setConnected(bool connected, const QString &message);
    QDateTime now() const;

    JobRunner &m_runner;
    qint64 m_operatorId;
    JobSlot m_pageSlot; // first page, more rows, refresh: one at a time
    JobSlot m_countsSlot;
    std::unique_ptr<ChangeWatcherThread> m_watcher;
    QueueFilter m_filter;
    QList<QueueRow> m_rows;
    QHash<qint64, int> m_rowOfId;
    QueueCounts m_counts;
    bool m_atEnd = false;
    bool m_loading = false;
    bool m_fetchInFlight = false;
    bool m_refreshPending = false;
    bool m_connected = true;
    QTimer m_minuteTimer;
    QTimer m_refreshDebounce;
    QTimer m_retryTimer;
    QTimer m_countsThrottle;
    std::function<QDateTime()> m_clock;
};

} // namespace reissuedesk

Q_DECLARE_METATYPE(reissuedesk::QueueCounts)
