package cn.kaohe.web.results;

import cn.kaohe.period.boundary.PeriodChoice;
import cn.kaohe.period.boundary.PeriodService;
import cn.kaohe.scoringrun.boundary.RunView;
import cn.kaohe.scoringrun.boundary.ScoringRunService;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * Backs {@code /results/runs.xhtml}: starts a whole-period scoring run (the office) and shows the progress of the
 * period's runs, polling while one is running. Progress is the run's state on the server (units done of units
 * total, written by the batch job), so a user may leave the page and come back to it.
 */
@Named
@ViewScoped
public class RunsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ScoringRunService runs;

    @EJB
    private PeriodService periods;

    private String period;
    private List<PeriodChoice> periodList = List.of();
    private List<RunView> list = List.of();

    /** f:viewAction: the periods, the chosen (or newest) period and its runs. */
    public void load() {
        try {
            periodList = periods.choices();
            if ((period == null || period.isBlank()) && !periodList.isEmpty()) {
                period = periodList.get(0).code();
            }
            refresh();
        } catch (RuntimeException failure) {
            if (!Pages.refused(failure)) {
                throw failure;
            }
        }
    }

    /** Reads the runs again; stops the poll when none is running. */
    public void refresh() {
        List<RunView> fresh = new ArrayList<>();
        if (period != null && !period.isBlank()) {
            for (RunView r : runs.list(period)) {
                // find() turns a failed batch job into a failed run
                fresh.add("STARTED".equals(r.status()) ? runs.find(r.id()).orElse(r) : r);
            }
        }
        list = fresh;
        if (!isActive() && ajax()) {
            PrimeFaces.current().executeScript("if (PF('runPoll')) { PF('runPoll').stop(); }");
        }
    }

    /** Starts a run of the whole period (or returns the run of the same inputs) and starts polling. */
    public void start() {
        try {
            RunView run = runs.start(period, null);
            Pages.info("results.run.started", String.valueOf(run.id()), period);
            refresh();
            if (isActive()) {
                PrimeFaces.current().executeScript("PF('runPoll').start();");
            }
        } catch (RuntimeException failure) {
            if (!Pages.refused(failure)) {
                throw failure;
            }
        }
    }

    /** Whether a run of the period is still running. */
    public boolean isActive() {
        return list.stream().anyMatch(r -> "STARTED".equals(r.status()));
    }

    /** Units done in percent (whole numbers, for the progress bar only). */
    public int percent(RunView run) {
        return run.unitsTotal() == 0 ? 0 : (int) (100L * run.unitsDone() / run.unitsTotal());
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public List<PeriodChoice> getPeriodList() {
        return periodList;
    }

    public List<RunView> getList() {
        return list;
    }

    private static boolean ajax() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getPartialViewContext().isAjaxRequest();
    }
}
