package cn.kaohe.rectification.boundary;

import cn.kaohe.rectification.control.NoticeRules;
import cn.kaohe.rectification.entity.RectificationNotice;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A notice as the ledger and the pages see it; {@code overdue} is computed for {@code asOf} (today). */
public record NoticeView(long id, String periodCode, String unitCode, Long adjustmentId, String title,
        String problem, String responsibleLeader, LocalDate issueDate, int workingDays, LocalDate deadline,
        String status, boolean overdue, String responseText, String respondedBy, LocalDateTime respondedAt,
        int responseCount, String verificationNote, String verifiedBy, LocalDateTime verifiedAt, LocalDate closedOn,
        String issuedBy, LocalDateTime issuedAt, long version, List<NoticeEvidenceView> evidence) {

    static NoticeView of(RectificationNotice n, LocalDate asOf, List<NoticeEvidenceView> evidence) {
        return new NoticeView(n.getId(), n.getPeriod().getCode(), n.getUnitCode(), n.getAdjustmentId(), n.getTitle(),
                n.getProblem(), n.getResponsibleLeader(), n.getIssueDate(), n.getWorkingDays(), n.getDeadline(),
                n.getStatus().name(), NoticeRules.overdue(n.getStatus(), n.getDeadline(), asOf), n.getResponseText(),
                n.getRespondedBy(), n.getRespondedAt(), n.getResponseCount(), n.getVerificationNote(),
                n.getVerifiedBy(), n.getVerifiedAt(), n.getClosedOn(), n.getIssuedBy(), n.getIssuedAt(),
                n.getVersion(), evidence);
    }
}
