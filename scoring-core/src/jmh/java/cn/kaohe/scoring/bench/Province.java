package cn.kaohe.scoring.bench;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The synthetic province as loaded from the generator's CSV files: units, indicators, dense indicator data,
 * adjustments and vetoes. Arrays are indexed by unit index {@code u} (order of {@code units.csv}) and indicator
 * index {@code i} (order of {@code indicators.csv}); the dense data of unit {@code u}, indicator {@code i} sit
 * at {@code u * indicatorCount() + i}.
 *
 * <p>Benchmark data holder: the arrays are shared, not copied, and must not be modified after loading.
 */
public final class Province {

    /** Scoring method of a province indicator, as written in {@code indicators.csv}. */
    public enum Method {
        /** Higher is better: {@code min(a/t, 1) * p}. */
        PRORATE,
        /** Lower is better: {@code p * min(t/a, 1)}, full marks for {@code a <= 0}. */
        PRORATE_LOW,
        /** Deduction sheet: {@code max(p - d, 0)}. */
        DEDUCT
    }

    /** Kind of an adjustment row. */
    public enum Kind {
        /** A bonus: highest level per work item counts. */
        BONUS,
        /** A deduction: every occurrence counts. */
        DEDUCTION
    }

    /** Levels of an adjustment, lowest first (county &lt; city &lt; province &lt; nation). */
    public static final List<String> LEVELS = List.of("county", "city", "province", "nation");

    /**
     * One row of {@code adjustments.csv}.
     *
     * @param kind   bonus or deduction
     * @param level  index into {@link #LEVELS}
     * @param workId work item the adjustment is for
     * @param points points, positive
     */
    public record Adjustment(Kind kind, int level, String workId, BigDecimal points) {
        /** Validates the row. */
        public Adjustment {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(workId, "workId");
            Objects.requireNonNull(points, "points");
            if (level < 0 || level >= LEVELS.size()) {
                throw new IllegalArgumentException("level index out of range: " + level);
            }
        }
    }

    final String[] unitIds;
    final String[] unitTiers;
    final String[] indicatorIds;
    final String[] indicatorGroups;
    final int[] groupWeights;
    final Method[] methods;
    final BigDecimal[] points;
    final BigDecimal[] target;
    final BigDecimal[] actual;
    final BigDecimal[] deductions;
    final Adjustment[][] adjustments;
    final boolean[] vetoed;

    Province(String[] unitIds, String[] unitTiers, String[] indicatorIds, String[] indicatorGroups,
             int[] groupWeights, Method[] methods, BigDecimal[] points, BigDecimal[] target, BigDecimal[] actual,
             BigDecimal[] deductions, Adjustment[][] adjustments, boolean[] vetoed) {
        this.unitIds = unitIds;
        this.unitTiers = unitTiers;
        this.indicatorIds = indicatorIds;
        this.indicatorGroups = indicatorGroups;
        this.groupWeights = groupWeights;
        this.methods = methods;
        this.points = points;
        this.target = target;
        this.actual = actual;
        this.deductions = deductions;
        this.adjustments = adjustments;
        this.vetoed = vetoed;
    }

    /** @return number of units */
    public int unitCount() {
        return unitIds.length;
    }

    /** @return number of indicators */
    public int indicatorCount() {
        return indicatorIds.length;
    }

    /** @param u unit index @return the unit id */
    public String unitId(int u) {
        return unitIds[u];
    }

    /** @param u unit index @return the unit's tier ("A" or "B") */
    public String tier(int u) {
        return unitTiers[u];
    }

    /** @param i indicator index @return the indicator id */
    public String indicatorId(int i) {
        return indicatorIds[i];
    }

    /** @param i indicator index @return the indicator's group (G1..G4) */
    public String group(int i) {
        return indicatorGroups[i];
    }

    /** @param i indicator index @return the weight of the indicator's group */
    public int groupWeight(int i) {
        return groupWeights[i];
    }

    /** @param i indicator index @return the indicator's method */
    public Method method(int i) {
        return methods[i];
    }

    /** @param i indicator index @return the indicator's points (group weight already applied) */
    public BigDecimal points(int i) {
        return points[i];
    }

    /** @return the target of unit {@code u}, indicator {@code i} */
    public BigDecimal target(int u, int i) {
        return target[u * indicatorIds.length + i];
    }

    /** @return the actual value of unit {@code u}, indicator {@code i} */
    public BigDecimal actual(int u, int i) {
        return actual[u * indicatorIds.length + i];
    }

    /** @return the deductions of unit {@code u}, indicator {@code i} */
    public BigDecimal deductions(int u, int i) {
        return deductions[u * indicatorIds.length + i];
    }

    /** @param u unit index @return the unit's adjustment rows (shared array, do not modify) */
    public Adjustment[] adjustments(int u) {
        return adjustments[u];
    }

    /** @param u unit index @return whether the unit is under a one-vote veto */
    public boolean vetoed(int u) {
        return vetoed[u];
    }
}
