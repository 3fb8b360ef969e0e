package cn.kaohe.rectification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaohe.rectification.entity.RectificationNotice.Status;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** HOS-18 (overdue) and VIL-24 (what a notice means for the doubling rule). */
class NoticeRulesTest {

    private static final LocalDate DEADLINE = LocalDate.of(2026, 11, 16);

    @Test
    void isOverdueOnlyAfterTheDeadlineAndOnlyWhileNotClosed() {
        assertFalse(NoticeRules.overdue(Status.ISSUED, DEADLINE, DEADLINE), "due today is on time");
        assertTrue(NoticeRules.overdue(Status.ISSUED, DEADLINE, DEADLINE.plusDays(1)));
        assertTrue(NoticeRules.overdue(Status.RESPONDED, DEADLINE, DEADLINE.plusDays(1)), "answered but not verified");
        assertTrue(NoticeRules.overdue(Status.REJECTED, DEADLINE, DEADLINE.plusDays(1)));
        assertFalse(NoticeRules.overdue(Status.CLOSED, DEADLINE, DEADLINE.plusDays(30)));
    }

    @Test
    void closedMeansRectifiedOverdueMeansNotRectifiedAndPendingLeavesTheRecordAlone() {
        assertEquals(Boolean.TRUE, NoticeRules.rectified(Status.CLOSED, DEADLINE, DEADLINE.plusDays(30)));
        assertEquals(Boolean.FALSE, NoticeRules.rectified(Status.ISSUED, DEADLINE, DEADLINE.plusDays(1)));
        assertEquals(Boolean.FALSE, NoticeRules.rectified(Status.RESPONDED, DEADLINE, DEADLINE.plusDays(1)));
        assertNull(NoticeRules.rectified(Status.ISSUED, DEADLINE, DEADLINE));
        assertNull(NoticeRules.rectified(Status.REJECTED, DEADLINE, DEADLINE.minusDays(3)));
    }
}
