package cn.kaohe.web.workflow;

import cn.kaohe.organisation.boundary.OrgUnitService;
import cn.kaohe.organisation.boundary.UnitSummary;
import cn.kaohe.period.boundary.PeriodChoice;
import cn.kaohe.period.boundary.PeriodService;
import cn.kaohe.workflow.boundary.TransitionRequest;
import cn.kaohe.workflow.boundary.UnitWorkflowView;
import cn.kaohe.workflow.boundary.WorkflowService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Backs {@code /leader/approval.xhtml}: a leader's approval (审定, RULES.md §13; TS-09) of the units the office has
 * reviewed in a period, one by one or all at once. Each unit is approved on its own: a unit the leader may not approve
 * (their own submission or data they entered; someone moved it meanwhile) is named with the reason, the others are
 * approved.
 */
@Named
@ViewScoped
public class LeaderApprovalView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String REVIEWED = "REVIEWED";

    @EJB
    private WorkflowService workflow;

    @EJB
    private PeriodService periods;

    @EJB
    private OrgUnitService units;

    private List<PeriodChoice> periodList = List.of();
    private String period;
    private List<UnitWorkflowView> rows = List.of();
    private Map<String, String> names = Map.of();

    @PostConstruct
    void init() {
        periodList = periods.choices();
        String requested = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get("period");
        period = requested != null && periodList.stream().anyMatch(p -> p.code().equals(requested)) ? requested
                : periodList.isEmpty() ? null : periodList.get(0).code();
        load();
    }

    public void load() {
        if (period == null) {
            return;
        }
        names = units.list().stream().collect(Collectors.toMap(UnitSummary::code, UnitSummary::name, (a, b) -> a));
        rows = workflow.states(period);
    }

    /** Approves one reviewed unit. */
    public void approve(UnitWorkflowView row) {
        if (approveOne(row)) {
            WorkflowFeedback.info("wf.done.APPROVE", unitName(row.unitCode()), row.unitCode());
        }
        load();
    }

    /** Approves every reviewed unit; names each one refused, and how many were approved. */
    public void approveAll() {
        List<UnitWorkflowView> reviewed = getReviewed();
        if (reviewed.isEmpty()) {
            WorkflowFeedback.error(WorkflowFeedback.text("wf.leader.noneReviewed", period));
            return;
        }
        long approved = reviewed.stream().filter(this::approveOne).count();
        WorkflowFeedback.info("wf.leader.approvedAll", approved, reviewed.size());
        load();
    }

    private boolean approveOne(UnitWorkflowView row) {
        return WorkflowFeedback.attempt(WorkflowFeedback.text("wf.unit.where", unitName(row.unitCode()),
                row.unitCode()), () -> workflow.transition(period, row.unitCode(),
                        new TransitionRequest("APPROVE", row.version(), null))).isPresent();
    }

    public void periodChanged() {
        load();
    }

    public String unitName(String code) {
        return names.getOrDefault(code, code);
    }

    /** Units waiting for approval. */
    public List<UnitWorkflowView> getReviewed() {
        return rows.stream().filter(r -> REVIEWED.equals(r.state())).toList();
    }

    /** Every unit of the period (for the overview below the approval list). */
    public List<UnitWorkflowView> getRows() {
        return rows;
    }

    public List<PeriodChoice> getPeriodList() {
        return periodList;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }
}
