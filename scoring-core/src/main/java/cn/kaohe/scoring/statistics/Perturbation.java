package cn.kaohe.scoring.statistics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The ranking under one changed weight, compared with the baseline ranking.
 *
 * @param weightId     the weight changed
 * @param baseWeight   its baseline value
 * @param changedWeight its changed value ({@code base × (1 ± change)})
 * @param spearman     Spearman's rank correlation with the baseline, or null when undefined (fewer than 2 units
 *                     or constant scores); statistics only
 * @param kendall      Kendall's tau-b with the baseline, or null when undefined; statistics only
 * @param shifts       units whose competition rank changed, in baseline order
 * @param maxShift     the largest absolute rank change (0 when the ranking is unchanged)
 */
public record Perturbation(String weightId, BigDecimal baseWeight, BigDecimal changedWeight, BigDecimal spearman,
        BigDecimal kendall, List<RankShift> shifts, int maxShift) {

    public Perturbation {
        shifts = List.copyOf(shifts);
    }

    public Optional<BigDecimal> spearmanIfDefined() {
        return Optional.ofNullable(spearman);
    }

    public Optional<BigDecimal> kendallIfDefined() {
        return Optional.ofNullable(kendall);
    }

    /**
     * A unit whose rank moved.
     *
     * @param unitId   the unit
     * @param baseline its baseline rank
     * @param changed  its rank under the changed weight
     */
    public record RankShift(String unitId, int baseline, int changed) {
    }
}
