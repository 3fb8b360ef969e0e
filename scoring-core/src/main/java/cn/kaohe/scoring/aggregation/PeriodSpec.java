package cn.kaohe.scoring.aggregation;

import cn.kaohe.scoring.rounding.Decimals;
import java.math.BigDecimal;
import java.util.List;

/**
 * The split of a node over periods or raters: {@code value = Σ weight·value(period) / divisor}.
 *
 * <p>XJ-12 (§12 #4): half-year 30 and year-end 60 points of the 90 concentrated points are periods
 * {@code half_year 30}, {@code year_end 60} with divisor 90, i.e. 1/3 and 2/3.
 *
 * @param periods    the declared periods (FIXED) — empty for MEAN_OF_PRESENT
 * @param divisor    divides the weighted sum (1 when the weights are fractions)
 * @param mode       FIXED or MEAN_OF_PRESENT
 * @param acceptWhole whether a unit may supply the node once, without the split (VIL-04: a single 共性部分
 *                    sheet; XJ: a single 重点考核 score) — the default decision of §12 #6
 */
public record PeriodSpec(List<Period> periods, BigDecimal divisor, PeriodMode mode, boolean acceptWhole) {

    public PeriodSpec {
        periods = periods == null ? List.of() : List.copyOf(periods);
        divisor = Decimals.canon(divisor == null ? BigDecimal.ONE : divisor);
        mode = mode == null ? PeriodMode.FIXED : mode;
    }

    public static PeriodSpec fixed(BigDecimal divisor, boolean acceptWhole, Period... periods) {
        return new PeriodSpec(List.of(periods), divisor, PeriodMode.FIXED, acceptWhole);
    }

    public static PeriodSpec meanOfPresent(boolean acceptWhole) {
        return new PeriodSpec(List.of(), BigDecimal.ONE, PeriodMode.MEAN_OF_PRESENT, acceptWhole);
    }
}
