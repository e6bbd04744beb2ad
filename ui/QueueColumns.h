#pragma once
// The queue list's columns: the default order and widths (what decides comes
// first, so that Risk, Status and Held by stay in view at 1280 pixels), the
// header's column menu, and which columns the database can sort by.

#include "core/QueueFilter.h"

#include <QCoreApplication>
#include <optional>

class QHeaderView;
class QPoint;
class QWidget;

namespace reissuedesk {

class QueueColumns {
    Q_DECLARE_TR_FUNCTIONS(QueueColumns)

public:
    static std::optional<QueueSortKey> sortKeyOfColumn(int column);
    static int columnOfSortKey(QueueSortKey key);

    // Every column shown, in the default order and widths.
    static void setDefaults(QHeaderView *header);
    // The header's context menu: show or hide columns, reset them.
    static void showMenu(QHeaderView *header, const QPoint &position, QWidget *parent);
};

} // namespace reissuedesk
