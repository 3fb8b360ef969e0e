package cn.kaohe.web.results;

import cn.kaohe.period.boundary.PeriodService;
import cn.kaohe.period.boundary.PeriodView;
import cn.kaohe.results.boundary.RankingRow;
import cn.kaohe.results.boundary.ResultsService;
import cn.kaohe.results.boundary.TierSummary;
import cn.kaohe.scoringrun.boundary.RunView;
import cn.kaohe.scoringrun.boundary.ScoringRunService;
import cn.kaohe.web.i18n.ScoringMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Backs {@code /results/ranking.xhtml}: the ranking of one tier (档/类) of a period's latest completed run, or of a
 * chosen run, with the tier's statistics. Sorting, filtering and paging run on the server over the run's cached rows
 * (a completed run is read once), so a tier of 1,000 units stays fast.
 */
@Named
@ViewScoped
public class RankingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ResultsService results;

    @EJB
    private ScoringRunService runs;

    @EJB
    private PeriodService periods;

    private String period;
    private Long run;
    private String tier;
    private List<PeriodView> periodList = List.of();
    private List<RunView> runList = List.of();
    private List<TierSummary> tiers = List.of();
    private List<Line> lines = List.of();
    private List<String> grades = List.of();
    private boolean refused;

    /** A row of the table: the stored row, its exact score as a number (for sorting) and its flags in words. */
    public record Line(RankingRow row, BigDecimal score, String flags) {
    }

    /** f:viewAction: the run (given, or the period's latest completed one), its tiers and the chosen tier's rows. */
    public void load() {
        try {
            periodList = periods.list();
            if (run == null) {
                if ((period == null || period.isBlank()) && !periodList.isEmpty()) {
                    period = periodList.get(0).code();
                }
                run = period == null ? null : results.latestRun(period).orElse(null);
            } else {
                period = runs.find(run).map(RunView::periodCode).orElse(period);
            }
            runList = period == null ? List.of() : runs.list(period).stream()
                    .filter(r -> "COMPLETED".equals(r.status()) && r.scopeUnitCode() == null).toList();
            show();
        } catch (RuntimeException failure) {
            refused = true;
            lines = List.of();
            if (!Pages.refused(failure)) {
                throw failure;
            }
        }
    }

    /** Another period chosen: its latest run. */
    public void periodChanged() {
        run = null;
        tier = null;
        load();
    }

    /** Another run or tier chosen. */
    public void show() {
        if (run == null) {
            tiers = List.of();
            lines = List.of();
            return;
        }
        tiers = results.tiers(run);
        grades = results.grades(run);
        if (tier == null || tiers.stream().noneMatch(t -> t.category().equals(tier))) {
            tier = tiers.isEmpty() ? null : tiers.get(0).category();
        }
        Locale locale = Pages.locale();
        List<Line> out = new ArrayList<>();
        for (RankingRow r : results.ranking(run)) {
            if (r.category().equals(tier)) {
                out.add(new Line(r, r.finalScore() == null ? null : new BigDecimal(r.finalScore()),
                        r.flags().stream().map(f -> ScoringMessages.flag(locale, f)).collect(Collectors.joining("；"))));
            }
        }
        lines = out;
    }

    /** The chosen tier's summary, or null. */
    public TierSummary getSummary() {
        return tiers.stream().filter(t -> t.category().equals(tier)).findFirst().orElse(null);
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public Long getRun() {
        return run;
    }

    public void setRun(Long run) {
        this.run = run;
    }

    public String getTier() {
        return tier;
    }

    public void setTier(String tier) {
        this.tier = tier;
    }

    public List<PeriodView> getPeriodList() {
        return periodList;
    }

    public List<RunView> getRunList() {
        return runList;
    }

    public List<TierSummary> getTiers() {
        return tiers;
    }

    public List<Line> getLines() {
        return lines;
    }

    public List<String> getGrades() {
        return grades;
    }

    public boolean isRefused() {
        return refused;
    }
}
