package cn.kaohe.web.workflow;

import cn.kaohe.organisation.boundary.OrgUnitService;
import cn.kaohe.organisation.boundary.UnitSummary;
import cn.kaohe.period.boundary.PeriodChoice;
import cn.kaohe.period.boundary.PeriodService;
import cn.kaohe.platform.security.Roles;
import cn.kaohe.workflow.boundary.NewObjection;
import cn.kaohe.workflow.boundary.ObjectionView;
import cn.kaohe.workflow.boundary.UnitWorkflowView;
import cn.kaohe.workflow.boundary.WorkflowService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The objection form (异议, RULES.md TS-10) on {@code /results/ranking.xhtml}: during publicity a unit reporter may
 * object to the result of a unit they act for, and sees their objections with the office's answers. Shown to unit
 * reporters only; the service accepts an objection only while the unit is in publicity.
 */
@Named
@ViewScoped
public class ObjectionFormView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private WorkflowService workflow;

    @EJB
    private PeriodService periods;

    @EJB
    private OrgUnitService units;

    /** A unit in publicity the reporter may object about. */
    public record Target(String periodCode, String periodName, String unitCode, String unitName, String endsAt)
            implements Serializable {

        private static final long serialVersionUID = 1L;

        public String getKey() {
            return periodCode + "|" + unitCode;
        }
    }

    private boolean reporter;
    private List<Target> targets = List.of();
    private List<ObjectionView> mine = List.of();
    private String target;
    private String text;

    @PostConstruct
    void load() {
        reporter = FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.UNIT_REPORTER);
        if (!reporter) {
            return;
        }
        Map<String, String> names = units.list().stream()
                .collect(Collectors.toMap(UnitSummary::code, UnitSummary::name, (a, b) -> a));
        List<Target> found = new ArrayList<>();
        List<ObjectionView> objections = new ArrayList<>();
        for (PeriodChoice p : periods.choices()) {
            boolean any = false;
            for (UnitWorkflowView s : workflow.states(p.code())) {
                if ("PUBLICITY".equals(s.state())) {
                    found.add(new Target(p.code(), p.name(), s.unitCode(), names.getOrDefault(s.unitCode(),
                            s.unitCode()), WorkflowLabels.format(s.publicityEndsAt())));
                }
                any |= !"DRAFT".equals(s.state());
            }
            if (any) {
                objections.addAll(workflow.objections(p.code()));
            }
        }
        targets = found;
        mine = objections;
        if (target == null && targets.size() == 1) {
            target = targets.get(0).getKey();
        }
    }

    /** Files the objection about the chosen unit. */
    public void file() {
        Target chosen = targets.stream().filter(t -> t.getKey().equals(target)).findFirst().orElse(null);
        if (chosen == null) {
            WorkflowFeedback.error(WorkflowFeedback.text("wf.field.target") + "：" + WorkflowFeedback.text(
                    "wf.objection.chooseUnit"));
            return;
        }
        WorkflowFeedback.attempt(WorkflowFeedback.text("wf.unit.where", chosen.unitName(), chosen.unitCode()),
                () -> workflow.fileObjection(chosen.periodCode(), chosen.unitCode(), new NewObjection(text)))
                .ifPresent(o -> {
                    WorkflowFeedback.info("wf.objection.sent", o.id(), chosen.unitName());
                    text = null;
                    load();
                });
    }

    public String unitName(String code) {
        return targets.stream().filter(t -> t.unitCode().equals(code)).map(Target::unitName).findFirst()
                .orElse(code);
    }

    public boolean isReporter() {
        return reporter;
    }

    public List<Target> getTargets() {
        return targets;
    }

    public List<ObjectionView> getMine() {
        return mine;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
