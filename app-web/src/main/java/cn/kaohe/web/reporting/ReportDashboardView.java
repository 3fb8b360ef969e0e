package cn.kaohe.web.reporting;

import cn.kaohe.platform.security.AccessRefusedException;
import cn.kaohe.platform.validation.ConflictException;
import cn.kaohe.platform.validation.RequestRejectedException;
import cn.kaohe.platform.validation.Violation;
import cn.kaohe.reporting.boundary.UnitDesk;
import cn.kaohe.reporting.boundary.UnitReportService;
import cn.kaohe.results.boundary.ResultsService;
import cn.kaohe.web.i18n.Messages;
import cn.kaohe.web.workflow.WorkflowLabels;
import cn.kaohe.workflow.boundary.TransitionRequest;
import cn.kaohe.workflow.boundary.TransitionView;
import cn.kaohe.workflow.boundary.UnitWorkflowView;
import cn.kaohe.workflow.boundary.WorkflowService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Backs {@code /report/dashboard.xhtml}: the reporter's units in every period, deadlines and what is still due, and
 * per unit and period its workflow state (RULES.md §13; TB-10), the reasons of every return, "submit self-assessment"
 * (提交自评, after a confirmation; the unit's data is locked from then on) and, once published, its result sheet.
 */
@Named
@ViewScoped
public class ReportDashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Transitions that send the unit back to draft with a reason. */
    private static final Set<String> RETURNS = Set.of("RETURN", "REOPEN", "UPHOLD_OBJECTION");

    @EJB
    private UnitReportService reports;

    @EJB
    private WorkflowService workflow;

    @EJB
    private ResultsService results;

    private List<UnitDesk> desks;
    private Map<String, UnitWorkflowView> states = Map.of();
    private Map<String, List<TransitionView>> returns = Map.of();
    private Map<String, Long> runs = Map.of();

    @PostConstruct
    void load() {
        desks = reports.dashboard();
        loadWorkflow();
    }

    public List<UnitDesk> getDesks() {
        return desks;
    }

    public long getCompleteCount() {
        return desks.stream().filter(UnitDesk::complete).count();
    }

    public long getIncompleteCount() {
        return desks.size() - getCompleteCount();
    }

    // ---- workflow: the unit's state per period, the reasons of returns, "submit self-assessment" (提交自评) -------

    /**
     * One unit in one period as the workflow section shows it.
     *
     * @param desk     the unit's desk
     * @param state    its state, null when it cannot be read
     * @param returns  its returns and reopenings, newest first, with reasons
     * @param sheetRun the run of its result sheet once published, else null
     */
    public record Flow(UnitDesk desk, UnitWorkflowView state, List<TransitionView> returns, Long sheetRun) {

        /** Whether the unit may submit now (draft or returned). */
        public boolean maySubmit() {
            return state != null && state.actions().contains("SUBMIT");
        }

        /** Whether the unit's data is locked (submitted and beyond). */
        public boolean locked() {
            return state != null && !state.actions().contains("SUBMIT");
        }

        public boolean returned() {
            return state != null && "RETURNED".equals(state.state());
        }
    }

    /** The workflow of every desk, in desk order. */
    public List<Flow> getFlows() {
        return desks.stream().map(d -> new Flow(d, state(d), returns(d), publishedRun(d))).toList();
    }

    /** The unit's state in the desk's period (with the version to submit from), or null when it cannot be read. */
    public UnitWorkflowView state(UnitDesk desk) {
        return states.get(key(desk));
    }

    /** Returns and reopenings of the desk's unit, newest first, each with its reason (退回原因). */
    public List<TransitionView> returns(UnitDesk desk) {
        return returns.getOrDefault(key(desk), List.of());
    }

    /** Submits the unit's self-assessment (after the page's confirmation); its data is locked from then on. */
    public void submit(UnitDesk desk) {
        UnitWorkflowView state = state(desk);
        if (state == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        if (!desk.complete()) {
            // the service would accept it; an incomplete self-assessment is refused here so a unit never submits
            // places it forgot (the office may still submit for it)
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text(locale,
                    "wf.report.incomplete", List.of(desk.unitCode(), String.valueOf(desk.places() - desk.entered()))),
                    null));
            return;
        }
        try {
            workflow.transition(desk.periodCode(), desk.unitCode(), new TransitionRequest("SUBMIT", state.version(),
                    null));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text(locale,
                    "wf.report.submitted", List.of(desk.unitCode(), desk.periodName())), null));
        } catch (RequestRejectedException rejected) {
            rejected.violations().forEach(v -> error(faces, desk, WorkflowLabels.message(locale, v.key(), v.args())));
        } catch (ConflictException conflict) {
            Violation v = conflict.violation();
            error(faces, desk, WorkflowLabels.message(locale, v.key(), v.args()));
        } catch (AccessRefusedException refused) {
            error(faces, desk, WorkflowLabels.message(locale, refused.key(), refused.args()));
        } catch (EJBAccessException denied) {
            error(faces, desk, Messages.text(locale, "problem.forbidden", List.of()));
        }
        load();
    }

    /** The run whose result sheet the reporter may open once the unit is published, or null. */
    public Long publishedRun(UnitDesk desk) {
        UnitWorkflowView state = state(desk);
        return state != null && "PUBLISHED".equals(state.state()) ? runs.get(key(desk)) : null;
    }

    private static void error(FacesContext faces, UnitDesk desk, String text) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, desk.unitCode() + "：" + text, null));
    }

    private void loadWorkflow() {
        Map<String, UnitWorkflowView> read = new HashMap<>();
        Map<String, List<TransitionView>> reasons = new HashMap<>();
        Map<String, Long> published = new HashMap<>();
        for (UnitDesk desk : desks) {
            try {
                UnitWorkflowView state = workflow.state(desk.periodCode(), desk.unitCode());
                read.put(key(desk), state);
                List<TransitionView> back = new ArrayList<>(workflow.history(desk.periodCode(), desk.unitCode())
                        .stream().filter(t -> RETURNS.contains(t.action())).toList());
                Collections.reverse(back);
                reasons.put(key(desk), back);
                if ("PUBLISHED".equals(state.state())) {
                    results.latestRun(desk.periodCode()).ifPresent(run -> published.put(key(desk), run));
                }
            } catch (RequestRejectedException | AccessRefusedException | EJBAccessException refused) {
                // a unit the caller no longer acts for: its row shows no state
            }
        }
        states = read;
        returns = reasons;
        runs = published;
    }

    private static String key(UnitDesk desk) {
        return desk.periodCode() + "/" + desk.unitCode();
    }
}
