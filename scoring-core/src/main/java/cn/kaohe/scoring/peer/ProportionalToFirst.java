package cn.kaohe.scoring.peer;

import cn.kaohe.scoring.ranking.InvalidConfigurationException;
import cn.kaohe.scoring.ranking.InvalidInputException;
import cn.kaohe.scoring.ranking.RankedUnit;
import cn.kaohe.scoring.ranking.Ranking;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * 排名赋分 in proportion to the first: "第1名得6分，第2-5名按第1名的比例得分" — the best unit gets
 * {@code firstPoints}; ranks 2..{@code places} get {@code firstPoints × value / firstValue} (lower-is-better:
 * {@code firstPoints × firstValue / value}); later ranks get {@code beyondPoints}. Exact (DECIMAL128).
 *
 * @param ruleId       the rule or scheme item
 * @param firstPoints  points of the first place (≥ 0)
 * @param places       how many ranks score (≥ 1)
 * @param beyondPoints points of later ranks (default 0)
 * @param direction    which values are better
 */
public record ProportionalToFirst(String ruleId, BigDecimal firstPoints, int places, BigDecimal beyondPoints,
        Direction direction) {

    public ProportionalToFirst {
        Objects.requireNonNull(ruleId, "ruleId");
        if (firstPoints == null || firstPoints.signum() < 0) {
            throw InvalidConfigurationException.of("proportional.firstPoints.invalid", "proportional " + ruleId,
                    firstPoints);
        }
        if (places < 1) {
            throw InvalidConfigurationException.of("proportional.places.notPositive", "proportional " + ruleId,
                    places);
        }
        beyondPoints = beyondPoints == null ? BigDecimal.ZERO : beyondPoints;
        direction = direction == null ? Direction.HIGHER_IS_BETTER : direction;
    }

    /** Points for the values of one tier (unit → value, none negative), in ranking order. */
    public Map<String, PeerScore> score(Map<String, BigDecimal> values) {
        PeerInput.validate(values, ruleId);
        values.forEach((unit, v) -> {
            if (v.signum() < 0) {
                throw InvalidInputException.of("proportional.value.negative", unit, v.toPlainString());
            }
        });
        Ranking ranking = PeerInput.rank(values, direction);
        BigDecimal first = values.get(ranking.units().get(0).unitId());
        Map<String, PeerScore> out = new LinkedHashMap<>();
        for (RankedUnit u : ranking.units()) {
            BigDecimal v = values.get(u.unitId());
            BigDecimal points;
            String detail;
            if (u.rank() == 1) {
                points = firstPoints;
                detail = "first → " + firstPoints.toPlainString();
            } else if (u.rank() <= places) {
                BigDecimal ratio;
                if (direction == Direction.HIGHER_IS_BETTER) {
                    // first > v >= 0 here, so first > 0
                    ratio = v.divide(first, MathContext.DECIMAL128);
                } else if (v.signum() == 0) {
                    ratio = BigDecimal.ONE; // cannot happen: 0 would be first when lower is better
                } else {
                    ratio = first.divide(v, MathContext.DECIMAL128);
                }
                points = firstPoints.multiply(ratio);
                detail = "rank " + u.rank() + ": " + firstPoints.toPlainString() + " × " + ratio.toPlainString();
            } else {
                points = beyondPoints;
                detail = "rank " + u.rank() + " > " + places + " → " + beyondPoints.toPlainString();
            }
            out.put(u.unitId(), new PeerScore(u.unitId(), v, u.rank(), points, detail + " [" + ruleId + "]"));
        }
        return out;
    }
}
