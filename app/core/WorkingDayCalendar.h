#pragma once
// Working days for delivery promises: Monday to Friday, minus public holidays
// (the holiday list comes from the database; an empty list is allowed).

#include <QDate>
#include <QSet>

namespace reissuedesk {

class WorkingDayCalendar {
public:
    explicit WorkingDayCalendar(QSet<QDate> holidays = {});

    bool isWorkingDay(QDate day) const;
    // The day `workingDays` working days after `from` (from itself not counted).
    QDate addWorkingDays(QDate from, int workingDays) const;

private:
    QSet<QDate> m_holidays;
};

} // namespace reissuedesk
