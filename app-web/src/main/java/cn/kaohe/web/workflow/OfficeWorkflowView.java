package cn.kaohe.web.workflow;

import cn.kaohe.organisation.boundary.OrgUnitService;
import cn.kaohe.organisation.boundary.UnitSummary;
import cn.kaohe.period.boundary.Enrolment;
import cn.kaohe.period.boundary.IndicatorRef;
import cn.kaohe.period.boundary.PeriodChoice;
import cn.kaohe.period.boundary.PeriodService;
import cn.kaohe.period.boundary.PeriodView;
import cn.kaohe.workflow.boundary.ObjectionAnswer;
import cn.kaohe.workflow.boundary.ObjectionView;
import cn.kaohe.workflow.boundary.PublicityRequest;
import cn.kaohe.workflow.boundary.TransitionRequest;
import cn.kaohe.workflow.boundary.TransitionView;
import cn.kaohe.workflow.boundary.UnitWorkflowView;
import cn.kaohe.workflow.boundary.WorkflowService;
import cn.kaohe.workflow.boundary.WorkflowSettings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Backs {@code /office/workflow.xhtml}: the assessment office's overview of one period (RULES.md §13; TB-10, TS-09,
 * TS-10) — every enrolled unit with its state, who moved it last and when, its history; review (审核), reopen with a
 * reason (重新开启), enrolment of units, publicity for the approved units (公示, working days), and the objections
 * (异议) with the office's answer (upheld: the unit goes back to review; rejected: publicity goes on). Units are
 * published by the workflow timer when publicity has ended and every objection is answered.
 */
@Named
@ViewScoped
public class OfficeWorkflowView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> ORDER = List.of("DRAFT", "SUBMITTED", "RETURNED", "SCORED", "REVIEWED",
            "APPROVED", "PUBLICITY", "PUBLISHED");

    @EJB
    private WorkflowService workflow;

    @EJB
    private PeriodService periods;

    @EJB
    private OrgUnitService units;

    /** One unit of the period: its state (with the actions the office may take) and its names. */
    public record Row(UnitWorkflowView state, String unitName, String category) implements Serializable {

        private static final long serialVersionUID = 1L;

        public String getUnitCode() {
            return state.unitCode();
        }

        public boolean may(String action) {
            return state.actions().contains(action);
        }
    }

    private List<PeriodChoice> periodList = List.of();
    private String period;
    private List<Row> rows = List.of();
    private WorkflowSettings settings;
    private List<ObjectionView> objections = List.of();
    private Map<String, String> names = Map.of();

    private String enrolUnit;
    private String enrolCategory;
    private List<UnitSummary> enrollable = List.of();
    private List<String> categories = List.of();

    private String reopenUnit;
    private String reopenReason;

    private String historyUnit;
    private List<TransitionView> history = List.of();

    private Integer publicityDays;

    private Long answering;
    private String answer;
    private Boolean upheld;

    @PostConstruct
    void init() {
        periodList = periods.choices();
        String requested = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get("period");
        period = requested != null && periodList.stream().anyMatch(p -> p.code().equals(requested)) ? requested
                : periodList.isEmpty() ? null : periodList.get(0).code();
        load();
    }

    /** (Re)reads the chosen period: states, settings, objections, the units that may still be enrolled. */
    public void load() {
        if (period == null) {
            return;
        }
        List<UnitSummary> all = units.list();
        names = all.stream().collect(Collectors.toMap(UnitSummary::code, UnitSummary::name, (a, b) -> a));
        PeriodView view = periods.find(period).orElseThrow();
        Map<String, String> enrolled = view.units().stream()
                .collect(Collectors.toMap(PeriodView.UnitView::unitCode, PeriodView.UnitView::category, (a, b) -> a,
                        LinkedHashMap::new));
        rows = workflow.states(period).stream()
                .map(s -> new Row(s, names.getOrDefault(s.unitCode(), s.unitCode()), enrolled.get(s.unitCode())))
                .toList();
        enrollable = all.stream().filter(u -> !enrolled.containsKey(u.code())).toList();
        categories = periods.indicators(period).stream().map(IndicatorRef::category).distinct().toList();
        settings = workflow.settings(period);
        if (publicityDays == null) {
            publicityDays = settings.publicityDays();
        }
        objections = workflow.objections(period);
    }

    public void periodChanged() {
        cancel();
        publicityDays = null;
        load();
    }

    /** 审核: the office has reviewed the assessors' scores of the unit. */
    public void review(Row row) {
        transition(row, "REVIEW", null);
    }

    public void startReopen(Row row) {
        cancel();
        reopenUnit = row.getUnitCode();
    }

    /** 重新开启: back to the unit (state RETURNED), with the reason the unit will read. */
    public void reopen() {
        rows.stream().filter(r -> r.getUnitCode().equals(reopenUnit)).findFirst().ifPresent(row -> {
            if (transition(row, "REOPEN", reopenReason)) {
                reopenUnit = null;
                reopenReason = null;
            }
        });
    }

    public void cancel() {
        reopenUnit = null;
        reopenReason = null;
        answering = null;
        answer = null;
        upheld = null;
    }

    /** The unit's history for the dialog. */
    public void showHistory(Row row) {
        historyUnit = row.getUnitCode();
        history = WorkflowFeedback.attempt("", () -> workflow.history(period, historyUnit)).orElse(List.of());
    }

    public void enrol() {
        boolean missing = false;
        for (String[] field : new String[][] {{"unit", enrolUnit}, {"category", enrolCategory}}) {
            if (field[1] == null || field[1].isBlank()) {
                WorkflowFeedback.error(WorkflowFeedback.text("wf.field." + field[0]) + "："
                        + WorkflowFeedback.text("field.required"));
                missing = true;
            }
        }
        if (missing) {
            return;
        }
        WorkflowFeedback.attempt("", () -> periods.enrol(period, List.of(new Enrolment(enrolUnit, enrolCategory))))
                .ifPresent(p -> {
                    WorkflowFeedback.info("wf.office.enrolled", enrolUnit, enrolCategory, period);
                    enrolUnit = null;
                    load();
                });
    }

    /** 开始公示: every approved unit of the period goes into publicity for the given working days. */
    public void startPublicity() {
        WorkflowFeedback.attempt("", () -> workflow.startPublicity(period, new PublicityRequest(publicityDays)))
                .ifPresent(started -> {
                    load();
                    WorkflowFeedback.info("wf.office.publicityStarted", started.size(), publicityDays,
                            WorkflowLabels.format(settings.publicityEndsAt()));
                });
    }

    public void startAnswer(ObjectionView objection) {
        cancel();
        answering = objection.id();
    }

    /** Answers the chosen objection: upheld (the unit goes back to review) or rejected, with the reply. */
    public void saveAnswer() {
        ObjectionView objection = objections.stream().filter(o -> answering != null && o.id() == answering)
                .findFirst().orElse(null);
        if (objection == null) {
            return;
        }
        WorkflowFeedback.attempt(where(objection.unitCode()), () -> workflow.answer(objection.id(),
                new ObjectionAnswer(answer, upheld))).ifPresent(answered -> {
                    WorkflowFeedback.info(Boolean.TRUE.equals(answered.upheld()) ? "wf.office.objectionUpheld"
                            : "wf.office.objectionRejected", answered.id(), answered.unitCode());
                    cancel();
                    load();
                });
    }

    private boolean transition(Row row, String action, String reason) {
        boolean done = WorkflowFeedback.attempt(where(row.getUnitCode()), () -> workflow.transition(period,
                row.getUnitCode(), new TransitionRequest(action, row.state().version(), reason))).isPresent();
        if (done) {
            WorkflowFeedback.info("wf.done." + action, row.unitName(), row.getUnitCode());
        }
        load();
        return done;
    }

    private String where(String unitCode) {
        return WorkflowFeedback.text("wf.unit.where", names.getOrDefault(unitCode, unitCode), unitCode);
    }

    /** How many units are in one state. */
    public record Count(String state, long units) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /** How many units are in each state, in workflow order ("已审核 3"). */
    public List<Count> getCounts() {
        Map<String, Long> counts = rows.stream().collect(Collectors.groupingBy(r -> r.state().state(),
                LinkedHashMap::new, Collectors.counting()));
        return ORDER.stream().filter(counts::containsKey).map(s -> new Count(s, counts.get(s))).toList();
    }

    public boolean isAnyApproved() {
        return rows.stream().anyMatch(r -> "APPROVED".equals(r.state().state()));
    }

    public long getOpenObjections() {
        return objections.stream().filter(o -> o.answeredAt() == null).count();
    }

    public String unitName(String code) {
        return names.getOrDefault(code, code);
    }

    public String getHistoryUnitName() {
        return historyUnit == null ? "" : unitName(historyUnit);
    }

    public String getReopenUnitName() {
        return reopenUnit == null ? "" : unitName(reopenUnit);
    }

    public ObjectionView getAnsweringObjection() {
        return objections.stream().filter(o -> answering != null && o.id() == answering).findFirst().orElse(null);
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

    public List<Row> getRows() {
        return rows;
    }

    public WorkflowSettings getSettings() {
        return settings;
    }

    public List<ObjectionView> getObjections() {
        return objections;
    }

    public String getEnrolUnit() {
        return enrolUnit;
    }

    public void setEnrolUnit(String enrolUnit) {
        this.enrolUnit = enrolUnit;
    }

    public String getEnrolCategory() {
        return enrolCategory;
    }

    public void setEnrolCategory(String enrolCategory) {
        this.enrolCategory = enrolCategory;
    }

    public List<UnitSummary> getEnrollable() {
        return enrollable;
    }

    public List<String> getCategories() {
        return categories;
    }

    public String getReopenUnit() {
        return reopenUnit;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public void setReopenReason(String reopenReason) {
        this.reopenReason = reopenReason;
    }

    public String getHistoryUnit() {
        return historyUnit;
    }

    public List<TransitionView> getHistory() {
        return history;
    }

    public Integer getPublicityDays() {
        return publicityDays;
    }

    public void setPublicityDays(Integer publicityDays) {
        this.publicityDays = publicityDays;
    }

    public Long getAnswering() {
        return answering;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public Boolean getUpheld() {
        return upheld;
    }

    public void setUpheld(Boolean upheld) {
        this.upheld = upheld;
    }
}
