package cn.kaohe.web.results;

import cn.kaohe.period.boundary.PeriodChoice;
import cn.kaohe.period.boundary.PeriodService;
import cn.kaohe.results.boundary.RankingRow;
import cn.kaohe.results.boundary.ResultsService;
import cn.kaohe.results.boundary.TierSummary;
import cn.kaohe.results.boundary.TrendPoint;
import cn.kaohe.scoringrun.boundary.RunView;
import cn.kaohe.scoringrun.boundary.ScoringRunService;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * Backs {@code /leader/dashboard.xhtml}: charts for leaders (PrimeFaces 15 {@code p:chart}, a Chart.js
 * configuration as JSON): grade distribution per tier, the chosen tier's ranking, first-level components (tier mean
 * and a chosen unit), the year-over-year trend, and every tier's statistics. All figures are the run's stored
 * results and scoring-core's statistics; the charts only draw them.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] COLOURS = {"#2e7d32", "#1565c0", "#f9a825", "#ef6c00", "#c62828", "#6a1b9a",
            "#00838f", "#5d4037"};

    @EJB
    private ResultsService results;

    @EJB
    private ScoringRunService runs;

    @EJB
    private PeriodService periods;

    private String period;
    private Long run;
    private String tier;
    private String unit;
    private List<PeriodChoice> periodList = List.of();
    private List<TierSummary> tiers = List.of();
    private List<RankingRow> tierRows = List.of();
    private List<TrendPoint> trend = List.of();
    private List<String> grades = List.of();

    /** f:viewAction. */
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
            show();
        } catch (RuntimeException failure) {
            run = null;
            if (!Pages.refused(failure)) {
                throw failure;
            }
        }
    }

    /** Another period chosen. */
    public void periodChanged() {
        run = null;
        tier = null;
        unit = null;
        load();
    }

    /** Another tier or unit chosen. */
    public void show() {
        if (run == null) {
            return;
        }
        tiers = results.tiers(run);
        grades = results.grades(run);
        if (tier == null || tiers.stream().noneMatch(t -> t.category().equals(tier))) {
            tier = tiers.isEmpty() ? null : tiers.get(0).category();
        }
        tierRows = results.ranking(run).stream().filter(r -> r.category().equals(tier)).toList();
        if (unit != null && tierRows.stream().noneMatch(r -> r.unitCode().equals(unit))) {
            unit = null;
        }
        trend = tier == null ? List.of() : results.trend(run, tier, unit);
    }

    /** Grade distribution: one bar group per grade, one dataset per tier. */
    public String getGradeChart() {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int i = 0;
        for (TierSummary t : tiers) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            t.grades().forEach(g -> data.add(g.count()));
            datasets.add(dataset(t.categoryName(), data, COLOURS[i++ % COLOURS.length]));
        }
        return chart("bar", labels(grades), datasets, Pages.text("results.chart.grades"), false);
    }

    /** The chosen tier's final scores in rank order. */
    public String getRankingChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (RankingRow r : tierRows) {
            if (r.finalScore() != null) {
                labels.add((r.rank() == null ? "" : r.rank() + ". ") + r.unitName());
                data.add(new BigDecimal(r.finalScore()));
            }
        }
        return chart("bar", labels, Json.createArrayBuilder().add(dataset(Pages.text("results.field.score"), data,
                COLOURS[1])), Pages.text("results.chart.ranking"), true);
    }

    /** First-level components: the tier's mean and, when chosen, the unit's own contributions. */
    public String getComponentsChart() {
        TierSummary t = getSummary();
        if (t == null) {
            return chart("bar", Json.createArrayBuilder(), Json.createArrayBuilder(), "", false);
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder mean = Json.createArrayBuilder();
        t.components().forEach(c -> {
            labels.add(c.name());
            mean.add(new BigDecimal(c.contribution()));
        });
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(Pages.text("results.chart.tierMean"), mean, COLOURS[1]));
        if (unit != null) {
            var own = results.sheet(run, unit).components();
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (TierSummary.Component c : t.components()) {
                data.add(own.stream().filter(o -> o.path().equals(c.path())).findFirst()
                        .map(o -> new BigDecimal(o.contribution())).orElse(BigDecimal.ZERO));
            }
            datasets.add(dataset(unit, data, COLOURS[2]));
        }
        return chart("bar", labels, datasets, Pages.text("results.chart.components"), false);
    }

    /** Year-over-year: the tier's mean score per year (same units), and the chosen unit's. */
    public String getTrendChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder mean = Json.createArrayBuilder();
        JsonArrayBuilder own = Json.createArrayBuilder();
        for (TrendPoint p : trend) {
            labels.add(String.valueOf(p.year()));
            if (p.mean() == null) {
                mean.addNull();
            } else {
                mean.add(new BigDecimal(p.mean()));
            }
            if (p.unitScore() == null) {
                own.addNull();
            } else {
                own.add(new BigDecimal(p.unitScore()));
            }
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(Pages.text("results.chart.tierMean"), mean, COLOURS[1]));
        if (unit != null) {
            datasets.add(dataset(unit, own, COLOURS[2]));
        }
        return chart("line", labels, datasets, Pages.text("results.chart.trend"), false);
    }

    private static JsonArrayBuilder labels(List<String> values) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        values.forEach(a::add);
        return a;
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour)
                .add("borderColor", colour);
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, String title,
            boolean horizontal) {
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("plugins", Json.createObjectBuilder().add("title",
                        Json.createObjectBuilder().add("display", true).add("text", title)));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
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

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public List<PeriodChoice> getPeriodList() {
        return periodList;
    }

    public List<TierSummary> getTiers() {
        return tiers;
    }

    public List<RankingRow> getTierRows() {
        return tierRows;
    }

    public List<TrendPoint> getTrend() {
        return trend;
    }
}
