package cn.kaohe.web.rectification;

import cn.kaohe.period.boundary.PeriodChoice;
import cn.kaohe.period.boundary.PeriodService;
import cn.kaohe.platform.security.Roles;
import cn.kaohe.rectification.boundary.Ledger;
import cn.kaohe.rectification.boundary.LedgerFilter;
import cn.kaohe.rectification.boundary.NewNotice;
import cn.kaohe.rectification.boundary.NoticeVerification;
import cn.kaohe.rectification.boundary.NoticeView;
import cn.kaohe.rectification.boundary.RectificationService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Backs {@code /rectification/ledger.xhtml}: the rectification ledger (整改台账, XJ-18) with filters and counts,
 * overdue notices highlighted (HOS-18); the office and assessors issue notices and verify responses (close 销号 or
 * send back, SDO-01/02).
 */
@Named
@ViewScoped
public class LedgerView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "rectForm";
    private static final Set<String> ISSUE_FIELDS = Set.of("unitCode", "adjustmentId", "title", "problem",
            "responsibleLeader", "issueDate", "workingDays");

    @EJB
    private RectificationService rectification;

    @EJB
    private PeriodService periods;

    @Inject
    private SecurityContext security;

    private List<PeriodChoice> periodList;
    private Ledger ledger;

    private String periodFilter;
    private String unitFilter;
    private String statusFilter;
    private String overdueFilter;

    private String period;
    private String unitCode;
    private Long adjustmentId;
    private String title;
    private String problem;
    private String responsibleLeader;
    private LocalDate issueDate;
    private Integer workingDays = 10;

    private NoticeView selected;
    private String note;

    @PostConstruct
    void load() {
        periodList = periods.choices();
        if (!periodList.isEmpty()) {
            period = periodList.get(periodList.size() - 1).code();
        }
        search();
    }

    public void search() {
        try {
            ledger = rectification.ledger(new LedgerFilter(periodFilter, unitFilter, statusFilter,
                    overdueFilter == null || overdueFilter.isEmpty() ? null : Boolean.valueOf(overdueFilter)));
        } catch (RuntimeException failure) {
            if (!PageMessages.refused(failure, FORM, Set.of())) {
                throw failure;
            }
        }
    }

    public void issue() {
        try {
            NoticeView issued = rectification.issue(new NewNotice(period, unitCode, adjustmentId, title, problem,
                    responsibleLeader, issueDate, workingDays));
            PageMessages.info("rect.issue.done", issued.id(), issued.unitCode(), issued.deadline());
            unitCode = null;
            adjustmentId = null;
            title = null;
            problem = null;
            responsibleLeader = null;
            issueDate = null;
            workingDays = 10;
            search();
        } catch (RuntimeException failure) {
            if (!PageMessages.refused(failure, FORM, ISSUE_FIELDS)) {
                throw failure;
            }
        }
    }

    public void select(long id) {
        selected = rectification.notice(id).orElse(null);
        note = null;
    }

    public void cancel() {
        selected = null;
        note = null;
    }

    public void accept() {
        verify(true);
    }

    public void reject() {
        verify(false);
    }

    private void verify(boolean accepted) {
        if (selected == null) {
            return;
        }
        try {
            NoticeView verified = rectification.verify(selected.id(),
                    new NoticeVerification(accepted, note, selected.version()));
            PageMessages.info(accepted ? "rect.verify.closed" : "rect.verify.rejected", verified.id(),
                    verified.unitCode());
            selected = null;
            note = null;
            search();
        } catch (RuntimeException failure) {
            if (!PageMessages.refused(failure, FORM, Set.of("note"))) {
                throw failure;
            }
        }
    }

    /** The office and assessors issue and verify. */
    public boolean isMayIssue() {
        return security.isCallerInRole(Roles.ASSESSMENT_OFFICE) || security.isCallerInRole(Roles.ASSESSOR);
    }

    public String statusText(String status) {
        return PageMessages.text("rect.status." + status);
    }

    /** CSS class of a ledger row: overdue notices stand out. */
    public String rowClass(NoticeView n) {
        return n.overdue() ? "kh-overdue" : "";
    }

    public String getCountsText() {
        Ledger.Counts c = ledger == null ? new Ledger.Counts(0, 0, 0, 0, 0, 0) : ledger.counts();
        return PageMessages.text("rect.ledger.counts", ledger == null ? "" : ledger.asOf(), c.total(), c.issued(),
                c.responded(), c.rejected(), c.closed(), c.overdue());
    }

    public List<String> getStatuses() {
        return List.of("ISSUED", "RESPONDED", "REJECTED", "CLOSED");
    }

    public List<NoticeView> getNotices() {
        return ledger == null ? List.of() : ledger.notices();
    }

    public List<PeriodChoice> getPeriodList() { return periodList; }
    public String getPeriodFilter() { return periodFilter; }
    public void setPeriodFilter(String periodFilter) { this.periodFilter = periodFilter; }
    public String getUnitFilter() { return unitFilter; }
    public void setUnitFilter(String unitFilter) { this.unitFilter = unitFilter; }
    public String getStatusFilter() { return statusFilter; }
    public void setStatusFilter(String statusFilter) { this.statusFilter = statusFilter; }
    public String getOverdueFilter() { return overdueFilter; }
    public void setOverdueFilter(String overdueFilter) { this.overdueFilter = overdueFilter; }
    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public String getUnitCode() { return unitCode; }
    public void setUnitCode(String unitCode) { this.unitCode = unitCode; }
    public Long getAdjustmentId() { return adjustmentId; }
    public void setAdjustmentId(Long adjustmentId) { this.adjustmentId = adjustmentId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getProblem() { return problem; }
    public void setProblem(String problem) { this.problem = problem; }
    public String getResponsibleLeader() { return responsibleLeader; }
    public void setResponsibleLeader(String responsibleLeader) { this.responsibleLeader = responsibleLeader; }
    public LocalDate getIssueDate() { return issueDate; }
    public void setIssueDate(LocalDate issueDate) { this.issueDate = issueDate; }
    public Integer getWorkingDays() { return workingDays; }
    public void setWorkingDays(Integer workingDays) { this.workingDays = workingDays; }
    public NoticeView getSelected() { return selected; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
