package cn.kaohe.rectification.boundary;

import java.time.LocalDate;

/**
 * A notice to issue.
 *
 * @param periodCode        the assessment period
 * @param unitCode          the unit that must rectify (承办单位)
 * @param adjustmentId      optional: the deduction record (通报批评, 明察暗访) the problem was found in (VIL-24)
 * @param title             short title
 * @param problem           the problem found and what must be done
 * @param responsibleLeader optional: the supervising leader (挂牌督办, SDO-01/04)
 * @param issueDate         optional: the date on the notice (default today)
 * @param workingDays       optional: the deadline in working days after the issue date (default 10, HOS-18)
 */
public record NewNotice(String periodCode, String unitCode, Long adjustmentId, String title, String problem,
        String responsibleLeader, LocalDate issueDate, Integer workingDays) {
}
