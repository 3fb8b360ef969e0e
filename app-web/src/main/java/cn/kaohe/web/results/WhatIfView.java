package cn.kaohe.web.results;

import cn.kaohe.results.boundary.ResultSheet;
import cn.kaohe.results.boundary.ResultsService;
import cn.kaohe.results.boundary.WhatIfResult;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code /results/whatif.xhtml}: what a unit needs for a target grade (scoring-core's what-if on the unit's
 * stored inputs): the points overall and, for a chosen indicator, the input value needed.
 */
@Named
@ViewScoped
public class WhatIfView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ResultsService results;

    private Long run;
    private String unit;
    private String grade;
    private String indicator;
    private Integer scale = 2;
    private ResultSheet sheet;
    private List<String> grades = List.of();
    private WhatIfResult answer;

    /** f:viewAction: the unit's sheet (current score and grade, its indicators) and the scheme's grades. */
    public void load() {
        try {
            sheet = results.sheet(run, unit);
            grades = results.grades(run);
            if (grade == null) {
                // the next better grade, when there is one
                int i = sheet.grade() == null ? -1 : grades.indexOf(sheet.grade());
                grade = i > 0 ? grades.get(i - 1) : grades.isEmpty() ? null : grades.get(0);
            }
        } catch (RuntimeException failure) {
            sheet = null;
            if (!Pages.refused(failure)) {
                throw failure;
            }
        }
    }

    /** Asks scoring-core. */
    public void compute() {
        try {
            answer = results.whatIf(run, unit, grade, indicator, scale);
        } catch (RuntimeException failure) {
            answer = null;
            if (!Pages.refused(failure)) {
                throw failure;
            }
        }
    }

    /** Why a grade is out of reach, in words (scoring-core's code is kept for the detail). */
    public String unreachable(String code) {
        return code == null ? "" : Pages.text("results.unreachable." + code);
    }

    public Long getRun() {
        return run;
    }

    public void setRun(Long run) {
        this.run = run;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public String getIndicator() {
        return indicator;
    }

    public void setIndicator(String indicator) {
        this.indicator = indicator;
    }

    public Integer getScale() {
        return scale;
    }

    public void setScale(Integer scale) {
        this.scale = scale;
    }

    public ResultSheet getSheet() {
        return sheet;
    }

    public List<String> getGrades() {
        return grades;
    }

    public WhatIfResult getAnswer() {
        return answer;
    }
}
