package cn.kaohe.scoring.bench;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The outcome for every unit of a province, in the columns of the oracle's {@code results.csv}. Produced by the
 * plain loop, by the Kaohe engine run, and read back from {@code results.csv}, so that the three can be compared
 * field by field.
 */
public final class ProvinceResults {

    /**
     * One unit's outcome.
     *
     * @param unitId         unit id
     * @param tier           tier
     * @param indicatorTotal sum of the indicator scores
     * @param bonus          capped bonus
     * @param deduction      capped deduction
     * @param veto           under one-vote veto
     * @param finalScore     indicator total + bonus - deduction
     * @param grade          优秀 / 良好 / 合格 / 不合格
     * @param tierRank       competition rank within the tier
     * @param xianjin        within the 25% 先进 quota of the tier
     */
    public record Row(String unitId, String tier, BigDecimal indicatorTotal, BigDecimal bonus, BigDecimal deduction,
                      boolean veto, BigDecimal finalScore, String grade, int tierRank, boolean xianjin) {
        /** Validates the row. */
        public Row {
            Objects.requireNonNull(unitId, "unitId");
            Objects.requireNonNull(finalScore, "finalScore");
            Objects.requireNonNull(grade, "grade");
        }
    }

    private final Row[] rows;

    /** @param rows one row per unit, in the province's unit order */
    public ProvinceResults(Row[] rows) {
        this.rows = rows.clone();
    }

    /** @return number of units */
    public int size() {
        return rows.length;
    }

    /** @param u unit index @return that unit's row */
    public Row row(int u) {
        return rows[u];
    }

    /** @return the number of units in the 先进 quota, a cheap checksum that keeps JMH from dropping work */
    public int xianjinCount() {
        int c = 0;
        for (Row r : rows) {
            if (r.xianjin()) {
                c++;
            }
        }
        return c;
    }
}
