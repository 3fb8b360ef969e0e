package cn.kaohe.workflow.boundary;

import cn.kaohe.workflow.entity.Notification;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A message in the caller's inbox.
 *
 * @param kind       {@code DEADLINE}: a sub-period's deadline is near and the unit has not submitted
 * @param subject    the sub-period
 * @param messageKey the web bundles' key for the text ({@code workflow.notification.DEADLINE})
 * @param args       its arguments: period, unit, sub-period, due date
 */
public record NotificationView(long id, String kind, String periodCode, String unitCode, String subject,
        LocalDate dueDate, LocalDateTime createdAt, LocalDateTime readAt, String messageKey, List<String> args) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.getId(), n.getKind(), n.getPeriodCode(), n.getUnitCode(), n.getSubject(),
                n.getDueDate(), n.getCreatedAt(), n.getReadAt(), "workflow.notification." + n.getKind(),
                List.of(n.getPeriodCode(), n.getUnitCode(), n.getSubject(), String.valueOf(n.getDueDate())));
    }
}
