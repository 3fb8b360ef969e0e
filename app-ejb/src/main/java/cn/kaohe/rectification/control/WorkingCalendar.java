package cn.kaohe.rectification.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Working-day arithmetic (HOS-18, also the "7 working days" of XJ): Monday to Friday are working days, Saturday and
 * Sunday are not, except the configured days — a public holiday on a weekday is off, a 调休 make-up day on a weekend is
 * worked. Immutable and thread-safe; no clock, no database.
 *
 * <pre>{@code
 * WorkingCalendar cal = WorkingCalendar.of(Map.of(LocalDate.of(2026, 10, 1), Day.HOLIDAY));
 * LocalDate due = cal.addWorkingDays(LocalDate.of(2026, 9, 28), 10);
 * }</pre>
 */
public final class WorkingCalendar {

    /** A configured exception to the weekday rule. */
    public enum Day { HOLIDAY, WORKDAY }

    /** At most this many working days may be added (a deadline beyond a year is no longer a working-day deadline). */
    public static final int MAX_WORKING_DAYS = 250;
    /** A search that finds no working day for this many calendar days stops: the calendar is wrong. */
    private static final int MAX_SCAN_DAYS = 3 * 366;

    private final Map<LocalDate, Day> days;

    private WorkingCalendar(Map<LocalDate, Day> days) {
        this.days = Map.copyOf(days);
    }

    /** A calendar with these exceptions to the weekday rule. */
    public static WorkingCalendar of(Map<LocalDate, Day> days) {
        Objects.requireNonNull(days, "days");
        return new WorkingCalendar(new TreeMap<>(days));
    }

    /** Weekends off, no holidays. */
    public static WorkingCalendar weekendsOnly() {
        return new WorkingCalendar(Map.of());
    }

    public boolean isWorkingDay(LocalDate date) {
        Day configured = days.get(date);
        if (configured != null) {
            return configured == Day.WORKDAY;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /**
     * The date {@code workingDays} working days after {@code start}. HOS-18: counting starts the next working day
     * (the issue date itself never counts, even when it is a working day); 0 gives {@code start}.
     *
     * @throws IllegalArgumentException for a negative count, more than {@link #MAX_WORKING_DAYS}, or a calendar with
     *                                  no working day for years
     */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        Objects.requireNonNull(start, "start");
        if (workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("working days must be 0.." + MAX_WORKING_DAYS + ": " + workingDays);
        }
        LocalDate day = start;
        int counted = 0;
        int scanned = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (++scanned > MAX_SCAN_DAYS) {
                throw new IllegalArgumentException("no working day within " + MAX_SCAN_DAYS + " days after " + start);
            }
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is before {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
