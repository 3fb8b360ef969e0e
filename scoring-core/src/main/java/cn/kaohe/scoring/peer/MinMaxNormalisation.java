package cn.kaohe.scoring.peer;

import cn.kaohe.scoring.ranking.InvalidConfigurationException;
import cn.kaohe.scoring.ranking.RankedUnit;
import cn.kaohe.scoring.ranking.Ranking;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Min-max normalisation of an indicator across the units of a tier: {@code scale × (x − min) / (max − min)}
 * (lower-is-better: {@code scale × (max − x) / (max − min)}); when every value is equal each unit gets
 * {@code whenAllEqual} (default: the full scale). Exact (DECIMAL128).
 *
 * @param ruleId       the rule or scheme item
 * @param scale        the value of the best unit, e.g. 100 or the indicator's points (&gt; 0)
 * @param direction    which values are better
 * @param whenAllEqual the value when max = min; default {@code scale}
 */
public record MinMaxNormalisation(String ruleId, BigDecimal scale, Direction direction, BigDecimal whenAllEqual) {

    public MinMaxNormalisation {
        Objects.requireNonNull(ruleId, "ruleId");
        if (scale == null || scale.signum() <= 0) {
            throw InvalidConfigurationException.of("minMax.scale.notPositive", "min-max " + ruleId, scale);
        }
        direction = direction == null ? Direction.HIGHER_IS_BETTER : direction;
        whenAllEqual = whenAllEqual == null ? scale : whenAllEqual;
        if (whenAllEqual.signum() < 0 || whenAllEqual.compareTo(scale) > 0) {
            throw InvalidConfigurationException.of("minMax.whenAllEqual.outOfRange", "min-max " + ruleId,
                    whenAllEqual.toPlainString());
        }
    }

    /** Normalised values of one tier (unit → value), in ranking order; each within {@code [0, scale]}. */
    public Map<String, PeerScore> score(Map<String, BigDecimal> values) {
        PeerInput.validate(values, ruleId);
        BigDecimal min = Collections.min(values.values());
        BigDecimal max = Collections.max(values.values());
        BigDecimal range = max.subtract(min);
        Ranking ranking = PeerInput.rank(values, direction);
        Map<String, PeerScore> out = new LinkedHashMap<>();
        for (RankedUnit u : ranking.units()) {
            BigDecimal x = values.get(u.unitId());
            BigDecimal points;
            String detail;
            if (range.signum() == 0) {
                points = whenAllEqual;
                detail = "all values equal → " + whenAllEqual.toPlainString();
            } else {
                BigDecimal distance = direction == Direction.HIGHER_IS_BETTER ? x.subtract(min) : max.subtract(x);
                points = scale.multiply(distance).divide(range, MathContext.DECIMAL128);
                detail = scale.toPlainString() + " × " + distance.toPlainString() + " / " + range.toPlainString();
            }
            out.put(u.unitId(), new PeerScore(u.unitId(), x, u.rank(), points, detail + " [" + ruleId + "]"));
        }
        return out;
    }
}
