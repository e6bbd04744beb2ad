#include "ui/ReportCharts.h"

#include "models/ReportTables.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace reissuedesk {

namespace {

QChartView *makeView(QWidget *parent, const QString &objectName)
{
    auto *view = new QChartView(new QChart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(240, 200);
    view->chart()->legend()->setVisible(false);
    view->chart()->setMargins(QMargins(4, 4, 4, 4));
    return view;
}

// Whole-number ticks from 0 to at least `maximum`.
QValueAxis *countAxis(qint64 maximum)
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setRange(0, double(qMax<qint64>(maximum, 1)));
    axis->setTickCount(int(qMin<qint64>(qMax<qint64>(maximum, 1), 5)) + 1);
    return axis;
}

void reset(QChart *chart, const QString &title)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(title);
}

bool chineseFirst()
{
    return QLocale().language() == QLocale::Chinese;
}

} // namespace

ReportCharts::ReportCharts(QWidget *parent)
    : QWidget(parent)
    , m_backlog(makeView(this, QStringLiteral("backlogChart")))
    , m_reasons(makeView(this, QStringLiteral("reasonsChart")))
    , m_perDay(makeView(this, QStringLiteral("perDayChart")))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_backlog, 2);
    layout->addWidget(m_reasons, 3);
    layout->addWidget(m_perDay, 4);
}

void ReportCharts::setReport(const Report &report)
{
    showBacklog(report);
    showReasons(report);
    showPerDay(report);
}

void ReportCharts::showBacklog(const Report &report)
{
    QChart *chart = m_backlog->chart();
    reset(chart, tr("Backlog now, by age"));
    auto *open = new QBarSet(tr("Open"));
    open->setColor(QColor(0x2f, 0x6f, 0xb3));
    QStringList ages;
    qint64 maximum = 0;
    for (const BacklogBucket &bucket : report.backlog) {
        ages.append(ReportFormat::backlogAge(bucket.age));
        open->append(double(bucket.count));
        maximum = qMax(maximum, bucket.count);
    }
    // The overdue bar in red: the 24-hour promise is broken there.
    if (!report.backlog.isEmpty() && report.backlog.last().count > 0)
        open->selectBar(int(report.backlog.size() - 1));
    open->setSelectedColor(QColor(0xb0, 0x1c, 0x1c));
    auto *series = new QBarSeries;
    series->append(open);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(ages);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis *y = countAxis(maximum);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

void ReportCharts::showReasons(const Report &report)
{
    QChart *chart = m_reasons->chart();
    reset(chart, tr("Rejection reasons"));
    auto *rejections = new QBarSet(tr("Rejections"));
    rejections->setColor(QColor(0xc2, 0x6a, 0x1b));
    QStringList labels;
    qint64 maximum = 0;
    // Horizontal bars draw the first category at the bottom: most frequent on top.
    for (qsizetype i = report.rejectionReasons.size() - 1; i >= 0; --i) {
        const RejectionReasonCount &reason = report.rejectionReasons.at(i);
        labels.append(chineseFirst() ? reason.titleZh : reason.titleEn);
        rejections->append(double(reason.count));
        maximum = qMax(maximum, reason.count);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(rejections);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(labels);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QValueAxis *x = countAxis(maximum);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
}

void ReportCharts::showPerDay(const Report &report)
{
    QChart *chart = m_perDay->chart();
    reset(chart, tr("Decisions per day"));
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *approved = new QBarSet(tr("Approved"));
    approved->setColor(QColor(0x2e, 0x8b, 0x57));
    auto *rejected = new QBarSet(tr("Rejected"));
    rejected->setColor(QColor(0xc2, 0x6a, 0x1b));
    QStringList days;
    qint64 maximum = 0;
    for (const DayCount &day : report.decisionsPerDay) {
        // A month of days only fits as days of the month.
        days.append(report.decisionsPerDay.size() > 10 ? QString::number(day.day.day())
                                                       : day.day.toString(QStringLiteral("MM-dd")));
        approved->append(double(day.approved));
        rejected->append(double(day.rejected));
        maximum = qMax(maximum, day.approved + day.rejected);
    }
    auto *series = new QStackedBarSeries;
    series->append(approved);
    series->append(rejected);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(days);
    if (days.size() > 10) {
        QFont small = x->labelsFont();
        small.setPointSizeF(small.pointSizeF() * 0.8);
        x->setLabelsFont(small);
    }
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis *y = countAxis(maximum);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

} // namespace reissuedesk
