#include "ui/QueueColumns.h"

#include "models/QueueModel.h"

#include <QHeaderView>
#include <QMenu>

namespace reissuedesk {

std::optional<QueueSortKey> QueueColumns::sortKeyOfColumn(int column)
{
    switch (column) {
    case QueueModel::NumberColumn:
        return QueueSortKey::Number;
    case QueueModel::SubmittedColumn:
        return QueueSortKey::Submitted;
    case QueueModel::TimeLeftColumn:
        return QueueSortKey::Deadline;
    default:
        return std::nullopt;
    }
}

int QueueColumns::columnOfSortKey(QueueSortKey key)
{
    switch (key) {
    case QueueSortKey::Number:
        return QueueModel::NumberColumn;
    case QueueSortKey::Submitted:
        return QueueModel::SubmittedColumn;
    case QueueSortKey::Deadline:
        break;
    }
    return QueueModel::TimeLeftColumn;
}

void QueueColumns::setDefaults(QHeaderView *header)
{
    const QFontMetrics metrics = header->fontMetrics();
    auto width = [&](const QString &sample) { return metrics.horizontalAdvance(sample) + 28; };
    // Visual order: what the decision needs first; the rest after, scrolled to.
    const std::pair<int, int> widths[] = {
        {QueueModel::NumberColumn, width(QStringLiteral("BK20261124-000123"))},
        {QueueModel::TimeLeftColumn, width(tr("overdue 23 h 59 min"))},
        {QueueModel::RiskColumn, width(QStringLiteral("P ID R D")) + 16},
        {QueueModel::StatusColumn, width(tr("Second review"))},
        {QueueModel::HolderColumn, width(QStringLiteral("operator"))},
        {QueueModel::DecisionColumn, width(QStringLiteral("operator · 11-24 09:12 · ID card back unclear"))},
        {QueueModel::ApplicantColumn, width(QStringLiteral("欧阳娜娜"))},
        {QueueModel::ReasonColumn, width(tr("Damaged"))},
        {QueueModel::ChannelColumn, width(tr("Channel"))},
        {QueueModel::PhoneColumn, width(QStringLiteral("138****5678"))},
        {QueueModel::SubmittedColumn, width(QStringLiteral("11-24 09:12"))},
    };
    QAbstractItemModel *model = header->model();
    int visual = 0;
    for (const auto &[column, pixels] : widths) {
        header->setSectionHidden(column, false);
        header->moveSection(header->visualIndex(column), visual++);
        const QString title = model ? model->headerData(column, Qt::Horizontal).toString() : QString();
        header->resizeSection(column, std::max(pixels, width(title)));
    }
}

void QueueColumns::showMenu(QHeaderView *header, const QPoint &position, QWidget *parent)
{
    QAbstractItemModel *model = header->model();
    QMenu menu(parent);
    int visible = 0;
    for (int column = 0; column < model->columnCount(); ++column)
        visible += header->isSectionHidden(column) ? 0 : 1;
    for (int column = 0; column < model->columnCount(); ++column) {
        QAction *action = menu.addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The number identifies the row; and some column must stay.
        action->setEnabled(column != QueueModel::NumberColumn && !(visible == 1 && action->isChecked()));
        QObject::connect(action, &QAction::toggled, header,
                         [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.addSeparator();
    QObject::connect(menu.addAction(tr("Reset columns")), &QAction::triggered, header,
                     [header] { setDefaults(header); });
    menu.exec(header->mapToGlobal(position));
}

} // namespace reissuedesk
