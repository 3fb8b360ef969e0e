package cn.kaohe.results.boundary;

import cn.kaohe.period.entity.AssessmentPeriod;
import cn.kaohe.platform.json.CanonicalJson;
import cn.kaohe.platform.security.Roles;
import cn.kaohe.platform.validation.RequestRejectedException;
import cn.kaohe.platform.validation.Violation;
import cn.kaohe.results.control.RankingCache;
import cn.kaohe.results.control.ResultVisibility;
import cn.kaohe.people.control.Caller;
import cn.kaohe.scheme.control.SchemeFiles;
import cn.kaohe.scoring.io.UnitDataReader;
import cn.kaohe.scoring.scheme.Category;
import cn.kaohe.scoring.scheme.Indicator;
import cn.kaohe.scoring.statistics.TierStatistics;
import cn.kaohe.scoring.whatif.WhatIf;
import cn.kaohe.scoring.whatif.WhatIfAnswer;
import cn.kaohe.scoringrun.control.RunRecorder;
import cn.kaohe.scoringrun.control.UnitScorer;
import cn.kaohe.scoringrun.entity.RunUnit;
import cn.kaohe.scoringrun.entity.ScoringRun;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the results of scoring runs for the results pages and the REST API: ranking per tier, tier statistics,
 * result sheets, year-over-year trends and what-if answers. Nothing is computed here: ranks, scores, grades and
 * explanations are the ones the run stored (scoring-core's), statistics are scoring-core's {@link TierStatistics},
 * what-if answers scoring-core's {@link WhatIf} on the unit's stored input snapshot.
 *
 * <p>Completed runs never change, so what the ranking needs of a run is read once and kept ({@link RankingCache}):
 * 1,000 units are read and their explanations parsed on the first request only.
 */
@Stateless
@RolesAllowed({Roles.ASSESSMENT_OFFICE, Roles.LEADER, Roles.ASSESSOR, Roles.AUDITOR})
public class ResultsService {

    @PersistenceContext(unitName = "kaohe")
    private EntityManager em;

    @EJB
    private RankingCache cache;

    @EJB
    private ResultVisibility visibility;

    @EJB
    private Caller callers;

    /** What the pages need of a run, made once per completed run. */
    record Digest(long runId, List<String> grades, Map<String, String> categoryNames, List<RankingRow> rows,
            Map<String, Map<String, BigDecimal>> components, Map<String, String> componentNames,
            List<TierSummary> tiers) {
    }

    /**
     * The ranking of every tier of a run, tier by tier in scheme order, by rank within a tier (unranked last). Unit
     * reporters: once every unit of the run is in publicity or published ({@link ResultVisibility}).
     */
    @RolesAllowed({Roles.ASSESSMENT_OFFICE, Roles.LEADER, Roles.ASSESSOR, Roles.AUDITOR, Roles.UNIT_REPORTER})
    public List<RankingRow> ranking(long runId) {
        ScoringRun run = run(runId);
        visibility.requireAll(run);
        return digest(run).rows();
    }

    /** The grades of the run's scheme, best first. */
    @RolesAllowed({Roles.ASSESSMENT_OFFICE, Roles.LEADER, Roles.ASSESSOR, Roles.AUDITOR, Roles.UNIT_REPORTER})
    public List<String> grades(long runId) {
        return digest(run(runId)).grades();
    }

    /**
     * Every tier of a run: grade distribution, scoring-core's statistics and mean first-level contributions (made with
     * the run's digest, so once per completed run). Unit reporters: as for the ranking.
     */
    @RolesAllowed({Roles.ASSESSMENT_OFFICE, Roles.LEADER, Roles.ASSESSOR, Roles.AUDITOR, Roles.UNIT_REPORTER})
    public List<TierSummary> tiers(long runId) {
        ScoringRun run = run(runId);
        visibility.requireAll(run);
        return digest(run).tiers();
    }

    /**
     * A unit's result sheet. Unit reporters: their own units once approved, other units once in publicity or
     * published (see {@link ResultVisibility}).
     */
    @RolesAllowed({Roles.ASSESSMENT_OFFICE, Roles.LEADER, Roles.ASSESSOR, Roles.AUDITOR, Roles.UNIT_REPORTER})
    public ResultSheet sheet(long runId, String unitCode) {
        ScoringRun run = run(runId);
        visibility.requireSheet(run, unitCode);
        RunUnit u = unit(run, unitCode);
        Digest d = digest(run);
        SchemeFiles.Compiled compiled = RunRecorder.compiled(run.getScheme());
        AssessmentPeriod p = run.getPeriod();
        String unitName = unitNames(List.of(unitCode)).getOrDefault(unitCode, unitCode);
        String categoryName = d.categoryNames().getOrDefault(u.getCategory(), u.getCategory());
        JsonNode e = u.getExplanationJson() == null ? null : CanonicalJson.parse(u.getExplanationJson());
        List<String> problems = new ArrayList<>();
        if (UnitScorer.INVALID.equals(u.getResultStatus()) && e != null) {
            e.path("problems").forEach(pr -> problems.add(pr.path("indicator").asText("") + ": "
                    + pr.path("message").asText("")));
        }
        List<ResultSheet.Line> lines = new ArrayList<>();
        List<ResultSheet.Adjustment> adjustments = new ArrayList<>();
        List<ResultSheet.Part> breakdown = new ArrayList<>();
        List<TierSummary.Component> components = new ArrayList<>();
        if (e != null && problems.isEmpty()) {
            for (JsonNode l : e.path("indicators")) {
                Map<String, String> inputs = new LinkedHashMap<>();
                l.path("inputs").fields().forEachRemaining(f -> inputs.put(f.getKey(), nullable(f.getValue())));
                lines.add(new ResultSheet.Line(l.path("path").asText(), nullable(l.get("name")),
                        nullable(l.get("method")), inputs, nullable(l.get("factor")), nullable(l.get("bound")),
                        nullable(l.get("ruleId")), nullable(l.get("value")), nullable(l.get("contribution"))));
            }
            for (JsonNode a : e.path("adjustments")) {
                adjustments.add(new ResultSheet.Adjustment(a.path("table").asText(), nullable(a.get("key")),
                        nullable(a.get("work")), a.path("bonus").asBoolean(), nullable(a.get("value")),
                        a.path("applied").asBoolean(), nullable(a.get("reason")), nullable(a.get("ruleId"))));
            }
            for (JsonNode b : e.path("breakdown")) {
                breakdown.add(new ResultSheet.Part(b.path("source").asText(), nullable(b.get("amount"))));
            }
            d.components().getOrDefault(unitCode, Map.of()).forEach((path, c) -> components.add(
                    new TierSummary.Component(path, d.componentNames().getOrDefault(path, path), text(c))));
        }
        return new ResultSheet(run.getId(), p.getCode(), p.getName(), p.getYear(), run.getScheme().getSchemeKey(),
                run.getScheme().getVersionNo(), u.getInputSha256(), unitCode, unitName, u.getCategory(),
                categoryName, u.getResultStatus(), e == null ? null : nullable(e.get("base")),
                e == null ? null : nullable(e.get("rawTotal")), u.getFinalScore(), u.getGrade(),
                Boolean.TRUE.equals(u.getHonoursEligible()), u.getRank(), u.getQuotaStatus(), u.getAward(),
                u.getStanding(), e == null ? null : nullable(e.get("bonus")),
                e == null ? null : nullable(e.get("deduction")), e == null ? null : nullable(e.get("growth")),
                e == null ? List.of() : strings(e.path("flags")), e == null ? List.of() : strings(e.path("reasons")),
                lines, adjustments, components, breakdown, problems);
    }

    /**
     * The latest completed run that scored {@code unitCode}, for the caller's own sheet; with no unit code, the
     * first unit the caller acts for. Empty when there is none.
     */
    @RolesAllowed({Roles.ASSESSMENT_OFFICE, Roles.LEADER, Roles.ASSESSOR, Roles.AUDITOR, Roles.UNIT_REPORTER})
    public Optional<ResultSheet> latestSheet(String unitCode) {
        String unit = unitCode;
        if (unit == null || unit.isBlank()) {
            unit = callers.unitCodes().stream().sorted().findFirst().orElse(null);
            if (unit == null) {
                return Optional.empty();
            }
        }
        List<Long> runs = em.createQuery("SELECT u.run.id FROM RunUnit u WHERE u.unitCode = :unit"
                        + " AND u.run.status = :done ORDER BY u.run.id DESC", Long.class)
                .setParameter("unit", unit).setParameter("done", ScoringRun.Status.COMPLETED).setMaxResults(1)
                .getResultList();
        return runs.isEmpty() ? Optional.empty() : Optional.of(sheet(runs.get(0), unit));
    }

    /** The latest completed run of a whole period, if any. */
    @RolesAllowed({Roles.ASSESSMENT_OFFICE, Roles.LEADER, Roles.ASSESSOR, Roles.AUDITOR, Roles.UNIT_REPORTER})
    public Optional<Long> latestRun(String periodCode) {
        return latest(periodCode);
    }

    /**
     * Year-over-year trend of a tier: for the run's year and each consecutive earlier year with a period holding a
     * completed whole-period run, the mean final score (scoring-core's {@link TierStatistics}) of this tier's units
     * found in that year's latest run, and {@code unitCode}'s score (optional). Oldest year first. Unit reporters: as
     * for the ranking, and the trend stops at an earlier year whose run is not yet public to them.
     */
    @RolesAllowed({Roles.ASSESSMENT_OFFICE, Roles.LEADER, Roles.ASSESSOR, Roles.AUDITOR, Roles.UNIT_REPORTER})
    public List<TrendPoint> trend(long runId, String category, String unitCode) {
        ScoringRun run = run(runId);
        visibility.requireAll(run);
        List<String> tierUnits = digest(run).rows().stream().filter(r -> r.category().equals(category))
                .map(RankingRow::unitCode).toList();
        if (tierUnits.isEmpty()) {
            throw new RequestRejectedException(List.of(Violation.of("category", "results.category.unknown",
                    category, String.valueOf(runId))));
        }
        List<TrendPoint> points = new ArrayList<>();
        points.add(point(run, tierUnits, unitCode));
        int year = run.getPeriod().getYear();
        while (true) {
            year--;
            Optional<ScoringRun> earlier = latestOfYear(year, tierUnits);
            if (earlier.isEmpty() || !visibility.mayReadAll(earlier.get())) {
                break;
            }
            points.add(0, point(earlier.get(), tierUnits, unitCode));
        }
        return points;
    }

    /**
     * What the unit needs for {@code grade}: points overall and, with {@code indicatorPath}, the input value of that
     * indicator ({@code scale} decimals), by scoring-core's {@link WhatIf} on the unit's stored input snapshot with
     * the run's scheme version.
     */
    public WhatIfResult whatIf(long runId, String unitCode, String grade, String indicatorPath, Integer scale) {
        ScoringRun run = run(runId);
        visibility.requireSheet(run, unitCode);
        RunUnit u = unit(run, unitCode);
        List<Violation> problems = new ArrayList<>();
        if (grade == null || grade.isBlank()) {
            problems.add(Violation.of("grade", "results.whatif.grade.required"));
        }
        int s = scale == null ? 2 : scale;
        if (s < 0 || s > 10) {
            problems.add(Violation.of("scale", "results.whatif.scale.range", String.valueOf(s)));
        }
        if (!problems.isEmpty()) {
            throw new RequestRejectedException(problems);
        }
        WhatIf whatIf = WhatIf.of(RunRecorder.compiled(run.getScheme()).engine());
        var data = UnitDataReader.read(CanonicalJson.parse(u.getInputJson()));
        WhatIfAnswer a;
        try {
            a = indicatorPath == null || indicatorPath.isBlank() ? whatIf.toGrade(data, grade)
                    : whatIf.toGrade(data, grade, indicatorPath, s);
        } catch (cn.kaohe.scoring.input.InputException invalid) {
            throw new RequestRejectedException(List.of(Violation.of("indicator", "results.whatif.indicator.unknown",
                    indicatorPath, unitCode)));
        }
        WhatIfResult.Indicator ia = null;
        if (a.indicator() != null) {
            var i = a.indicator();
            ia = new WhatIfResult.Indicator(i.path(), i.method(), i.input(), text(i.currentValue()),
                    text(i.exactValue()), text(i.value()), i.scale(), text(i.resultScore()), i.resultGrade(),
                    text(i.maxGain()), i.unreachable() == null ? null : i.unreachable().name(), i.reason());
        }
        return new WhatIfResult(runId, unitCode, a.targetGrade(), text(a.currentScore()), a.currentGrade(),
                a.alreadyThere(), text(a.threshold()), a.strict(), text(a.pointsNeeded()), a.reachable(),
                a.unreachable() == null ? null : a.unreachable().name(), a.reason(), ia);
    }

    private TrendPoint point(ScoringRun run, List<String> units, String unitCode) {
        Map<String, RankingRow> byUnit = digest(run).rows().stream()
                .collect(Collectors.toMap(RankingRow::unitCode, Function.identity(), (a, b) -> a));
        List<BigDecimal> scores = new ArrayList<>();
        for (String code : units) {
            RankingRow r = byUnit.get(code);
            if (r != null && r.finalScore() != null && "COMPLETE".equals(r.status())) {
                scores.add(new BigDecimal(r.finalScore()));
            }
        }
        RankingRow own = unitCode == null ? null : byUnit.get(unitCode);
        return new TrendPoint(run.getPeriod().getYear(), run.getPeriod().getCode(), run.getId(), scores.size(),
                scores.isEmpty() ? null : text(TierStatistics.of(scores).mean()),
                own == null ? null : own.finalScore());
    }

    /** The latest completed whole-period run of {@code year} that scored any of {@code units}. */
    private Optional<ScoringRun> latestOfYear(int year, List<String> units) {
        return em.createQuery("SELECT r FROM ScoringRun r WHERE r.period.year = :year AND r.status = :done"
                        + " AND r.scopeUnitCode IS NULL AND EXISTS (SELECT u.id FROM RunUnit u WHERE u.run = r"
                        + " AND u.unitCode IN :units) ORDER BY r.id DESC", ScoringRun.class)
                .setParameter("year", year).setParameter("done", ScoringRun.Status.COMPLETED)
                .setParameter("units", units).setMaxResults(1).getResultStream().findFirst();
    }

    private Optional<Long> latest(String periodCode) {
        return em.createQuery("SELECT r.id FROM ScoringRun r WHERE r.period.code = :period AND r.status = :done"
                        + " AND r.scopeUnitCode IS NULL ORDER BY r.id DESC", Long.class)
                .setParameter("period", periodCode).setParameter("done", ScoringRun.Status.COMPLETED)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The tiers' summaries of a run's rows, tier by tier in scheme order (tiers without units left out). */
    private static List<TierSummary> summarise(List<String> gradeOrder, Map<String, String> categoryNames,
            List<RankingRow> allRows, Map<String, Map<String, BigDecimal>> components,
            Map<String, String> componentNames) {
        Map<String, List<RankingRow>> byTier = new LinkedHashMap<>();
        categoryNames.keySet().forEach(c -> byTier.put(c, new ArrayList<>()));
        allRows.forEach(r -> byTier.computeIfAbsent(r.category(), c -> new ArrayList<>()).add(r));
        List<TierSummary> out = new ArrayList<>();
        for (Map.Entry<String, List<RankingRow>> tier : byTier.entrySet()) {
            List<RankingRow> rows = tier.getValue();
            if (rows.isEmpty()) {
                continue;
            }
            List<TierSummary.GradeCount> grades = new ArrayList<>();
            for (String g : gradeOrder) {
                grades.add(new TierSummary.GradeCount(g, (int) rows.stream().filter(r -> g.equals(r.grade())).count()));
            }
            List<BigDecimal> scores = rows.stream().filter(r -> r.finalScore() != null && "COMPLETE".equals(r.status()))
                    .map(r -> new BigDecimal(r.finalScore())).toList();
            TierSummary.Statistics statistics = null;
            if (!scores.isEmpty()) {
                TierStatistics s = TierStatistics.of(scores);
                statistics = new TierSummary.Statistics(s.n(), text(s.mean()), text(s.median()),
                        text(s.standardDeviation()), text(s.min()), text(s.max()), text(s.firstQuartile()),
                        text(s.thirdQuartile()));
            }
            out.add(new TierSummary(tier.getKey(), categoryNames.getOrDefault(tier.getKey(), tier.getKey()),
                    rows.size(), scores.size(), grades, statistics, meanComponents(components, componentNames, rows)));
        }
        return List.copyOf(out);
    }

    private static List<TierSummary.Component> meanComponents(Map<String, Map<String, BigDecimal>> components,
            Map<String, String> componentNames, List<RankingRow> rows) {
        Map<String, List<BigDecimal>> byPath = new LinkedHashMap<>();
        for (RankingRow r : rows) {
            components.getOrDefault(r.unitCode(), Map.of())
                    .forEach((path, c) -> byPath.computeIfAbsent(path, k -> new ArrayList<>()).add(c));
        }
        List<TierSummary.Component> out = new ArrayList<>();
        // statistics only: the mean of the units' exact contributions, by scoring-core
        byPath.forEach((path, values) -> out.add(new TierSummary.Component(path,
                componentNames.getOrDefault(path, path), text(TierStatistics.of(values).mean()))));
        return out;
    }

    private Digest digest(ScoringRun run) {
        if (run.getStatus() == ScoringRun.Status.COMPLETED) {
            return cache.digest(run.getId(), id -> read(run));
        }
        return read(run);
    }

    /** Reads a run's units once: the ranking rows, the first-level contributions and the names. */
    private Digest read(ScoringRun run) {
        SchemeFiles.Compiled compiled = RunRecorder.compiled(run.getScheme());
        Map<String, String> categoryNames = new LinkedHashMap<>();
        Map<String, String> componentNames = new HashMap<>();
        for (Category c : compiled.scheme().categories()) {
            categoryNames.put(c.id(), c.name() == null ? c.id() : c.name());
            if (c.root() != null && c.root().children() != null) {
                for (Indicator i : c.root().children()) {
                    componentNames.putIfAbsent(i.id(), i.name() == null ? i.id() : i.name());
                }
            }
        }
        List<RunUnit> units = em.createNamedQuery(RunUnit.OF_RUN, RunUnit.class).setParameter("run", run)
                .getResultList();
        Map<String, String> names = unitNames(null);
        Map<String, Integer> lastRank = new HashMap<>();
        Map<String, Map<Integer, Integer>> rankCounts = new HashMap<>();
        for (RunUnit u : units) {
            if (u.getRank() != null) {
                lastRank.merge(u.getCategory(), u.getRank(), Math::max);
                rankCounts.computeIfAbsent(u.getCategory(), k -> new HashMap<>()).merge(u.getRank(), 1, Integer::sum);
            }
        }
        List<String> order = new ArrayList<>(categoryNames.keySet());
        List<RankingRow> rows = new ArrayList<>();
        Map<String, Map<String, BigDecimal>> components = new HashMap<>();
        for (RunUnit u : units) {
            List<String> flags = List.of();
            boolean vetoed = false;
            if (u.getExplanationJson() != null && !UnitScorer.INVALID.equals(u.getResultStatus())) {
                JsonNode e = CanonicalJson.parse(u.getExplanationJson());
                flags = strings(e.path("flags"));
                vetoed = flags.stream().anyMatch(f -> f.startsWith("VETO:"));
                Map<String, BigDecimal> first = new LinkedHashMap<>();
                e.path("contributions").fields().forEachRemaining(f -> {
                    if (f.getKey().indexOf('/') < 0 && componentNames.containsKey(f.getKey())
                            && !f.getValue().isNull()) {
                        first.put(f.getKey(), new BigDecimal(f.getValue().asText()));
                    }
                });
                components.put(u.getUnitCode(), first);
            }
            Integer rank = u.getRank();
            boolean tied = rank != null && rankCounts.get(u.getCategory()).get(rank) > 1;
            boolean last = rank != null && rank.equals(lastRank.get(u.getCategory()));
            rows.add(new RankingRow(u.getUnitCode(), names.getOrDefault(u.getUnitCode(), u.getUnitCode()),
                    u.getCategory(), categoryNames.getOrDefault(u.getCategory(), u.getCategory()),
                    u.getResultStatus(), rank, u.getFinalScore(), u.getGrade(),
                    Boolean.TRUE.equals(u.getHonoursEligible()), vetoed, tied, last, u.getQuotaStatus(),
                    u.getAward(), u.getStanding(), flags));
        }
        rows.sort((a, b) -> {
            int c = Integer.compare(index(order, a.category()), index(order, b.category()));
            if (c != 0) {
                return c;
            }
            if (a.rank() == null || b.rank() == null) {
                return a.rank() == null ? (b.rank() == null ? a.unitCode().compareTo(b.unitCode()) : 1) : -1;
            }
            c = Integer.compare(a.rank(), b.rank());
            return c != 0 ? c : a.unitCode().compareTo(b.unitCode());
        });
        List<String> grades = compiled.scheme().grades().gradesDescending();
        return new Digest(run.getId(), grades, categoryNames, List.copyOf(rows), components, componentNames,
                summarise(grades, categoryNames, rows, components, componentNames));
    }

    private static int index(List<String> order, String category) {
        int i = order.indexOf(category);
        return i < 0 ? order.size() : i;
    }

    private Map<String, String> unitNames(List<String> codes) {
        var q = codes == null
                ? em.createQuery("SELECT o.code, o.name FROM OrgUnit o", Object[].class)
                : em.createQuery("SELECT o.code, o.name FROM OrgUnit o WHERE o.code IN :codes", Object[].class)
                        .setParameter("codes", codes);
        Map<String, String> names = new HashMap<>();
        for (Object[] row : q.getResultList()) {
            names.put((String) row[0], (String) row[1]);
        }
        return names;
    }

    private ScoringRun run(long runId) {
        ScoringRun run = em.find(ScoringRun.class, runId);
        if (run == null) {
            throw new RequestRejectedException(List.of(Violation.of("run", "run.unknown", String.valueOf(runId))));
        }
        return run;
    }

    private RunUnit unit(ScoringRun run, String unitCode) {
        return em.createQuery("SELECT u FROM RunUnit u WHERE u.run = :run AND u.unitCode = :unit", RunUnit.class)
                .setParameter("run", run).setParameter("unit", unitCode).getResultStream().findFirst()
                .orElseThrow(() -> new RequestRejectedException(List.of(Violation.of("unit", "results.unit.notInRun",
                        unitCode, String.valueOf(run.getId())))));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String nullable(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : n.asText();
    }

    private static String text(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }
}
