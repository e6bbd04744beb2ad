#pragma once
// The base of the reports page's tables (ReportTables.h): a read-only table
// filled from one Report, whose cells carry the text shown and a raw value
// (Qt::UserRole, for sorting and charts), and which hands the same rows over as
// a CSV table (header first) for TableCsvExporter. A new report replaces every
// row, so setReport() is one model reset.

#include "storage/Report.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace reissuedesk {

class ReportTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Roles { RawValueRole = Qt::UserRole };

    explicit ReportTableModel(QObject *parent = nullptr);

    void setReport(const Report &report);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Header row, then one row per table row: the text shown.
    QList<QStringList> csvTable() const;
    // A short name for a file ("backlog", "operators").
    virtual QString tableName() const = 0;

protected:
    struct Cell {
        QString text;
        QVariant raw;
    };
    virtual QStringList headers() const = 0;
    virtual QList<QList<Cell>> rowsFor(const Report &report) const = 0;
    // Numbers right-aligned; `column` 0 is usually a label.
    virtual bool isNumeric(int column) const { return column > 0; }

    static Cell number(qint64 value) { return {QString::number(value), value}; }

private:
    QStringList m_headers;
    QList<QList<Cell>> m_rows;
};

} // namespace reissuedesk
