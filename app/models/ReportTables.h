#pragma once
// The reports page's tables, one model each (every one can be exported as
// CSV): the headline figures, the backlog by age, the rejection reasons, the
// per-operator table and the decisions per day. Durations show as "4 h 05 min"
// (their raw value, RawValueRole, is milliseconds); shares as "62.5 %".

#include "models/ReportTableModel.h"

namespace reissuedesk {

namespace ReportFormat {
QString duration(const std::optional<qint64> &milliseconds);
QString share(const std::optional<double> &share);
QString backlogAge(BacklogBucket::Age age);
} // namespace ReportFormat

class ReportSummaryModel : public ReportTableModel {
    Q_OBJECT
public:
    using ReportTableModel::ReportTableModel;
    QString tableName() const override { return QStringLiteral("summary"); }

protected:
    QStringList headers() const override;
    QList<QList<Cell>> rowsFor(const Report &report) const override;
};

class BacklogModel : public ReportTableModel {
    Q_OBJECT
public:
    using ReportTableModel::ReportTableModel;
    QString tableName() const override { return QStringLiteral("backlog"); }

protected:
    QStringList headers() const override;
    QList<QList<Cell>> rowsFor(const Report &report) const override;
};

class RejectionReasonModel : public ReportTableModel {
    Q_OBJECT
public:
    enum Column { Code, TitleZh, TitleEn, Count, ColumnCount };
    using ReportTableModel::ReportTableModel;
    QString tableName() const override { return QStringLiteral("rejection-reasons"); }

protected:
    QStringList headers() const override;
    QList<QList<Cell>> rowsFor(const Report &report) const override;
    bool isNumeric(int column) const override { return column == Count; }
};

class OperatorFiguresModel : public ReportTableModel {
    Q_OBJECT
public:
    enum Column { Login, Name, Decisions, Approved, Rejected, MedianHandling, SecondReviewsAsked, ColumnCount };
    using ReportTableModel::ReportTableModel;
    QString tableName() const override { return QStringLiteral("operators"); }

protected:
    QStringList headers() const override;
    QList<QList<Cell>> rowsFor(const Report &report) const override;
    bool isNumeric(int column) const override { return column >= Decisions; }
};

class DailyDecisionsModel : public ReportTableModel {
    Q_OBJECT
public:
    enum Column { Day, Approved, Rejected, Total, ColumnCount };
    using ReportTableModel::ReportTableModel;
    QString tableName() const override { return QStringLiteral("decisions-per-day"); }

protected:
    QStringList headers() const override;
    QList<QList<Cell>> rowsFor(const Report &report) const override;
};

} // namespace reissuedesk
