#include "core/WorkingDayCalendar.h"

namespace reissuedesk {

WorkingDayCalendar::WorkingDayCalendar(QSet<QDate> holidays)
    : m_holidays(std::move(holidays))
{
}

bool WorkingDayCalendar::isWorkingDay(QDate day) const
{
    return day.dayOfWeek() <= 5 && !m_holidays.contains(day);
}

QDate WorkingDayCalendar::addWorkingDays(QDate from, int workingDays) const
{
    QDate day = from;
    int remaining = workingDays;
    while (remaining > 0) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            --remaining;
    }
    return day;
}

} // namespace reissuedesk
