package cn.kaohe.workflow.boundary;

import java.time.LocalDateTime;

/**
 * Workflow settings of a period (read, and written by the office).
 *
 * @param publicityDays      length of publicity in working days (1–30; default 5)
 * @param reminderDays       reminders go to units that have not submitted this many days before a deadline (0–30;
 *                           default 3)
 * @param publicityStartedAt when the last publicity started (UTC), read only
 * @param publicityEndsAt    when it ends (UTC), read only
 */
public record WorkflowSettings(Integer publicityDays, Integer reminderDays, LocalDateTime publicityStartedAt,
        LocalDateTime publicityEndsAt) {
}
