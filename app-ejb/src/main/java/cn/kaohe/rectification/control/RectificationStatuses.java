package cn.kaohe.rectification.control;

import cn.kaohe.period.entity.AssessmentPeriod;
import cn.kaohe.rectification.entity.RectificationNotice;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * What the rectification notices say about the deduction records they are linked to, for a scoring run (VIL-24).
 * Not a boundary: the scoring run's recorder calls it inside its own transaction.
 */
@Stateless
@PermitAll
public class RectificationStatuses {

    @PersistenceContext(unitName = "kaohe")
    private EntityManager em;

    @Inject
    private RectificationClock clock;

    /**
     * Adjustment record id → rectified ({@code TRUE} closed, {@code FALSE} overdue and not closed), today. Records
     * whose notices are still within their deadline are absent: their own flag stands. With several notices on one
     * record the latest one decides.
     */
    public Map<Long, Boolean> rectifiedByAdjustment(AssessmentPeriod period) {
        LocalDate today = clock.today();
        Map<Long, Boolean> result = new HashMap<>();
        for (RectificationNotice n : em.createNamedQuery(RectificationNotice.LINKED, RectificationNotice.class)
                .setParameter("period", period).getResultList()) {
            Boolean rectified = NoticeRules.rectified(n.getStatus(), n.getDeadline(), today);
            if (rectified == null) {
                result.remove(n.getAdjustmentId());
            } else {
                result.put(n.getAdjustmentId(), rectified);
            }
        }
        return result;
    }
}
