package cn.kaohe.rectification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaohe.rectification.control.WorkingCalendar.Day;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** HOS-18: deadlines in working days — weekends, holidays, 调休 make-up days, across the year end. */
class WorkingCalendarTest {

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    /** A National Day week shaped like the published ones: 1–7 Oct off, the Sunday before and a Saturday after worked. */
    private static WorkingCalendar nationalDay() {
        Map<LocalDate, Day> days = new HashMap<>();
        for (int i = 1; i <= 7; i++) {
            LocalDate date = d(2026, 10, i);
            if (date.getDayOfWeek().getValue() <= 5) {
                days.put(date, Day.HOLIDAY);
            }
        }
        days.put(d(2026, 9, 20), Day.WORKDAY); // Sunday, make-up day
        days.put(d(2026, 10, 10), Day.WORKDAY); // Saturday, make-up day
        return WorkingCalendar.of(days);
    }

    @Test
    void countsTenWorkingDaysFromTheNextWorkingDaySkippingWeekends() {
        // HOS-18: issued Monday 2026-11-02 → Tue..Fri (4), Mon..Fri (5), Mon (1) = Monday 2026-11-16
        assertEquals(d(2026, 11, 16), WorkingCalendar.weekendsOnly().addWorkingDays(d(2026, 11, 2), 10));
        // issued on a Friday: the weekend does not count, the 10th working day is the Friday two weeks later
        assertEquals(d(2026, 11, 20), WorkingCalendar.weekendsOnly().addWorkingDays(d(2026, 11, 6), 10));
        // issued on a Saturday: counting starts Monday
        assertEquals(d(2026, 11, 9), WorkingCalendar.weekendsOnly().addWorkingDays(d(2026, 11, 7), 1));
        assertEquals(d(2026, 11, 7), WorkingCalendar.weekendsOnly().addWorkingDays(d(2026, 11, 7), 0));
    }

    @Test
    void skipsPublicHolidaysAndCountsMakeUpWorkingDaysOnWeekends() {
        WorkingCalendar cal = nationalDay();
        assertFalse(cal.isWorkingDay(d(2026, 10, 1)));
        assertTrue(cal.isWorkingDay(d(2026, 10, 10)), "Saturday 10 Oct is a make-up working day");
        assertTrue(cal.isWorkingDay(d(2026, 9, 20)), "Sunday 20 Sep is a make-up working day");
        assertFalse(cal.isWorkingDay(d(2026, 9, 27)), "an ordinary Sunday");
        // issued Friday 2026-09-18: Sun 20 (1), Mon 21..Fri 25 (6), Mon 28..Wed 30 (9), holiday week, Thu 8 Oct (10)
        assertEquals(d(2026, 10, 8), cal.addWorkingDays(d(2026, 9, 18), 10));
        // issued Wed 2026-09-30: holidays, then Thu 8, Fri 9, Sat 10 (make-up), Mon 12..Fri 16, Mon 19, Tue 20 (10)
        assertEquals(d(2026, 10, 20), cal.addWorkingDays(d(2026, 9, 30), 10));
        // without the calendar the same notice would be due much earlier
        assertEquals(d(2026, 10, 14), WorkingCalendar.weekendsOnly().addWorkingDays(d(2026, 9, 30), 10));
    }

    @Test
    void crossesTheYearEndWithANewYearHoliday() {
        Map<LocalDate, Day> days = new HashMap<>();
        days.put(d(2027, 1, 1), Day.HOLIDAY); // Friday
        WorkingCalendar cal = WorkingCalendar.of(days);
        // issued Thu 2026-12-24: Fri 25, Mon 28..Thu 31 (5), [Fri 1 Jan off], Mon 4..Fri 8 (10)
        assertEquals(d(2027, 1, 8), cal.addWorkingDays(d(2026, 12, 24), 10));
        assertEquals(d(2027, 1, 7), WorkingCalendar.weekendsOnly().addWorkingDays(d(2026, 12, 24), 10));
        assertEquals(10, cal.workingDaysBetween(d(2026, 12, 24), d(2027, 1, 8)));
        assertEquals(-10, cal.workingDaysBetween(d(2027, 1, 8), d(2026, 12, 24)));
    }

    @Test
    void refusesNegativeOrHugeCountsAndACalendarWithoutWorkingDays() {
        assertThrows(IllegalArgumentException.class, () -> WorkingCalendar.weekendsOnly().addWorkingDays(d(2026, 1, 1), -1));
        assertThrows(IllegalArgumentException.class, () -> WorkingCalendar.weekendsOnly()
                .addWorkingDays(d(2026, 1, 1), WorkingCalendar.MAX_WORKING_DAYS + 1));
        Map<LocalDate, Day> allOff = new HashMap<>();
        for (LocalDate x = d(2026, 1, 1); x.isBefore(d(2030, 1, 1)); x = x.plusDays(1)) {
            allOff.put(x, Day.HOLIDAY);
        }
        assertThrows(IllegalArgumentException.class, () -> WorkingCalendar.of(allOff).addWorkingDays(d(2026, 1, 1), 1));
    }
}
