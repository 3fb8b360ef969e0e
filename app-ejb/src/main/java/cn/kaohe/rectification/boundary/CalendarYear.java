package cn.kaohe.rectification.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * A year's configured days: public holidays on weekdays ({@code HOLIDAY}) and 调休 make-up working days on weekends
 * ({@code WORKDAY}); every other Monday–Friday is a working day.
 */
public record CalendarYear(int year, List<Day> days) {

    /** One configured day. */
    public record Day(LocalDate date, String kind, String name) {
    }
}
