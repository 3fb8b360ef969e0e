package cn.kaohe.rectification.control;

import cn.kaohe.rectification.entity.RectificationNotice.Status;
import java.time.LocalDate;

/** What a notice's state means on a given day. Pure: the caller passes "today" from its clock. */
public final class NoticeRules {

    /** Notices are issued with this many working days unless the office says otherwise (HOS-18). */
    public static final int DEFAULT_WORKING_DAYS = 10;

    private NoticeRules() {
    }

    /** HOS-18: overdue = past the deadline and not closed; a notice closed on its deadline, or still due today, is not. */
    public static boolean overdue(Status status, LocalDate deadline, LocalDate today) {
        return status != Status.CLOSED && today.isAfter(deadline);
    }

    /**
     * VIL-24 (整改不到位的,每起加倍扣分): what a notice linked to a deduction says about "rectified" at scoring time:
     * closed → {@code TRUE}; overdue and not closed → {@code FALSE} (scoring-core doubles the deduction); still within
     * its deadline → {@code null} (undecided: the deduction record's own flag stands).
     */
    public static Boolean rectified(Status status, LocalDate deadline, LocalDate today) {
        if (status == Status.CLOSED) {
            return Boolean.TRUE;
        }
        return overdue(status, deadline, today) ? Boolean.FALSE : null;
    }
}
