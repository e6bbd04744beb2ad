#pragma once
// The queue of applications as a table model. Rows come from the database a page
// at a time (keyset paging through canFetchMore/fetchMore), filtered and sorted
// by the database, loaded on a DatabaseWorker thread. Changes by other desks
// arrive through a ChangeWatcher; a refresh re-reads the loaded range and applies
// precise inserts, removals and dataChanged, so selection and scroll position
// survive. The "time left" column is recomputed from the clock every minute
// without a query. Stale results (from before a filter change) are dropped by
// generation number.

#include "core/QueueFilter.h"
#include "storage/QueueRepository.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QTimer>
#include <functional>
#include <memory>

namespace reissuedesk {

class Database;
class DatabaseWorker;
class ChangeWatcher;

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

    QueueModel(const Database &database, qint64 operatorId, QObject *parent = nullptr);
    ~QueueModel() override;

    // Watches for other desks' changes (off in tests that want full control).
    void setLiveUpdates(bool enabled);

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

private:
    void requestFirstPage();
    void requestCounts();
    void applyPage(quint64 generation, const QList<QueueRow> &rows, bool replace);
    void applyRefresh(quint64 generation, const QList<QueueRow> &rows, int requested);
    void failed(quint64 generation, const QString &message);
    void finishRequest();
    void setLoading(bool loading);
    void setConnected(bool connected, const QString &message);
    QDateTime now() const;

    const Database &m_database;
    qint64 m_operatorId;
    std::unique_ptr<DatabaseWorker> m_worker;      // page and count queries
    std::unique_ptr<DatabaseWorker> m_watchWorker; // the ChangeWatcher's own thread
    ChangeWatcher *m_watcher = nullptr;            // lives on m_watchWorker's thread
    QueueFilter m_filter;
    QList<QueueRow> m_rows;
    QueueCounts m_counts;
    quint64 m_generation = 0;
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
