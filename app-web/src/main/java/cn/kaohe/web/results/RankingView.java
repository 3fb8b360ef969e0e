package cn.kaohe.web.results;

import cn.kaohe.period.boundary.PeriodChoice;
import cn.kaohe.period.boundary.PeriodService;
import cn.kaohe.results.boundary.ResultsService;
import cn.kaohe.results.boundary.TierSummary;
import cn.kaohe.scoringrun.boundary.RunView;
import cn.kaohe.scoringrun.boundary.ScoringRunService;
import cn.kaohe.exchange.boundary.ExchangeService;
import cn.kaohe.web.api.exchange.Downloads;
import cn.kaohe.web.grid.BundleWording;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Backs {@code /results/ranking.xhtml}: the ranking of one tier (档/类) of a period's latest completed run, or of a
 * chosen run, with the tier's statistics. Sorting, filtering and paging run on the server over the run's cached rows
 * (a completed run is read once) and the lines made of them are shared by every viewer ({@link RankingLines}), so a
 * tier of 1,000 units stays fast and each open page costs its session little memory.
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

    @EJB
    private ExchangeService exchange;

    @Inject
    private RankingLines rankingLines;

    private String period;
    private Long run;
    private String tier;
    private List<PeriodChoice> periodList = List.of();
    private List<RunView> runList = List.of();
    private List<TierSummary> tiers = List.of();
    private List<RankingLines.Line> lines = List.of();
    private List<String> grades = List.of();
    private boolean refused;

    /** f:viewAction: the run (given, or the period's latest completed one), its tiers and the chosen tier's rows. */
    public void load() {
        try {
            periodList = periods.choices();
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
        lines = rankingLines.of(run, results.ranking(run), tier, Pages.locale());
    }

    /** The run's results workbook (every tier's ranking, components, bonus and deduction details) in the page's language. */
    public StreamedContent getWorkbook() {
        byte[] xlsx = exchange.resultsWorkbook(run, new BundleWording(Pages.locale()));
        return DefaultStreamedContent.builder().name("kaohe-run-" + run + "-results.xlsx").contentType(Downloads.XLSX)
                .stream(() -> new ByteArrayInputStream(xlsx)).build();
    }

    /** The run's summary report (PDF with the embedded Chinese font) in the page's language. */
    public StreamedContent getSummaryReport() {
        byte[] pdf = exchange.summary(run, new BundleWording(Pages.locale()));
        return DefaultStreamedContent.builder().name("kaohe-run-" + run + "-summary.pdf").contentType(Downloads.PDF)
                .stream(() -> new ByteArrayInputStream(pdf)).build();
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

    public List<PeriodChoice> getPeriodList() {
        return periodList;
    }

    public List<RunView> getRunList() {
        return runList;
    }

    public List<TierSummary> getTiers() {
        return tiers;
    }

    public List<RankingLines.Line> getLines() {
        return lines;
    }

    public List<String> getGrades() {
        return grades;
    }

    public boolean isRefused() {
        return refused;
    }
}
