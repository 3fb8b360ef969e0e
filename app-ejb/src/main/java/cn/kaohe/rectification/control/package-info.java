/**
 * Rectification rules without a container: {@code WorkingCalendar} (working-day arithmetic, HOS-18),
 * {@code NoticeRules} (overdue, and what a notice means for the doubling rule VIL-24); and the container helpers
 * {@code Calendars} (the calendar from the database), {@code RectificationClock} (today, injectable) and
 * {@code RectificationStatuses} (what a scoring run reads).
 */
package cn.kaohe.rectification.control;
