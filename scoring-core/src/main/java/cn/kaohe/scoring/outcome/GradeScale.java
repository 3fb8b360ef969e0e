package cn.kaohe.scoring.outcome;

import cn.kaohe.scoring.rounding.Decimals;
import cn.kaohe.scoring.rounding.Ratio;
import java.math.BigDecimal;
import java.util.List;

/**
 * Grade bands of a scheme. {@link Basis#PERCENT_OF_TOTAL} grades {@code score / total × 100} (XJ-20: 达到总分90%),
 * {@link Basis#ABSOLUTE} grades the score itself. Exact comparison: 89.96 is not ≥ 90 (§12 #11). Validated by the
 * scheme: bands cover every value exactly once.
 *
 * @param bands the bands (any order)
 * @param basis absolute or percent of the total
 */
public record GradeScale(List<GradeBand> bands, Basis basis) {

    /** What the bands are compared with. */
    public enum Basis { ABSOLUTE, PERCENT_OF_TOTAL }

    public GradeScale {
        bands = List.copyOf(bands);
        basis = basis == null ? Basis.ABSOLUTE : basis;
    }

    /** The grade of a score on a 100-point total. */
    public String grade(BigDecimal score) {
        return grade(score, Decimals.HUNDRED);
    }

    /** The grade (null when the scheme states no bands) of {@code score} out of {@code total} (percent basis) or of the score itself (absolute basis). */
    public String grade(BigDecimal score, BigDecimal total) {
        if (bands.isEmpty()) {
            return null;
        }
        Ratio value = basis == Basis.PERCENT_OF_TOTAL
                ? Ratio.of(score.multiply(Decimals.HUNDRED), total) : Ratio.of(score);
        for (GradeBand band : bands) {
            if (band.contains(value)) {
                return band.grade();
            }
        }
        throw new IllegalStateException("no grade band holds " + Decimals.text(score) + " (scheme not validated)");
    }

    /** The grades from the highest band down. */
    public List<String> gradesDescending() {
        return bands.stream()
                .sorted((a, b) -> a.min() == null ? 1 : b.min() == null ? -1 : b.min().compareTo(a.min()))
                .map(GradeBand::grade).toList();
    }
}
