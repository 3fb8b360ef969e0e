package cn.kaohe.workflow.control;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days for the publicity window: Monday to Friday (no holiday calendar exists yet, so public holidays count
 * as working days). Counting starts the next working day after the start, as RULES.md counts working-day deadlines
 * (HOS-18, ZD 7 working days).
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The {@code days}-th working day after {@code start} (the start day itself never counts). */
    public static LocalDate after(LocalDate start, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1: " + days);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day;
    }
}
