package cn.kaohe.web.admin;

import cn.kaohe.organisation.boundary.OrgUnitService;
import cn.kaohe.organisation.boundary.UnitSummary;
import cn.kaohe.period.boundary.Assignment;
import cn.kaohe.period.boundary.IndicatorRef;
import cn.kaohe.period.boundary.PeriodChoice;
import cn.kaohe.period.boundary.PeriodService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code /office/assignments.xhtml}: for a period, which lead department (数据采集单位/牵头部门) supplies or
 * scores which indicator of which scheme category.
 */
@Named
@ViewScoped
public class OfficeAssignmentsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String LABELS = "admin.assignments.field.";

    @EJB
    private PeriodService periods;

    @EJB
    private OrgUnitService units;

    private List<PeriodChoice> periodList;
    private List<UnitSummary> unitList;
    private String period;
    private List<IndicatorRef> indicators = List.of();
    private List<Assignment> assignments = List.of();
    /** {@code category|path} of the chosen indicator. */
    private String indicator;
    private String leadUnit;

    @PostConstruct
    void load() {
        periodList = periods.choices();
        unitList = units.list();
    }

    public void periodChosen() {
        indicators = List.of();
        assignments = List.of();
        indicator = null;
        if (period != null) {
            FacesFeedback.attempt(LABELS, () -> periods.indicators(period)).ifPresent(i -> indicators = i);
            FacesFeedback.attempt(LABELS, () -> periods.assignments(period)).ifPresent(a -> assignments = a);
        }
    }

    public void assign() {
        int bar = indicator == null ? -1 : indicator.indexOf('|');
        Assignment request = new Assignment(bar < 0 ? null : indicator.substring(0, bar),
                bar < 0 ? null : indicator.substring(bar + 1), leadUnit);
        FacesFeedback.attempt(LABELS, () -> periods.assign(period, request)).ifPresent(a -> {
            assignments = a;
            FacesFeedback.info("admin.assignments.created", request.indicatorPath(), request.category(), leadUnit);
            indicator = null;
            leadUnit = null;
        });
    }

    /** "department · public/score 公共指标" with two spaces of indent per level. */
    public String indicatorLabel(IndicatorRef ref) {
        return "\u00a0\u00a0".repeat(ref.depth()) + ref.category() + " · " + ref.path() + " " + ref.name();
    }

    /** The name of a unit by code, for the assignments table. */
    public String unitName(String code) {
        return unitList.stream().filter(u -> u.code().equals(code)).map(UnitSummary::name).findFirst().orElse(code);
    }

    public List<PeriodChoice> getPeriodList() {
        return periodList;
    }

    public List<UnitSummary> getUnitList() {
        return unitList;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public List<IndicatorRef> getIndicators() {
        return indicators;
    }

    public List<Assignment> getAssignments() {
        return assignments;
    }

    public String getIndicator() {
        return indicator;
    }

    public void setIndicator(String indicator) {
        this.indicator = indicator;
    }

    public String getLeadUnit() {
        return leadUnit;
    }

    public void setLeadUnit(String leadUnit) {
        this.leadUnit = leadUnit;
    }
}
