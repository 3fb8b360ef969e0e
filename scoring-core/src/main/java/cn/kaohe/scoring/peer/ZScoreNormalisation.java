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
 * Z-score normalisation of an indicator across the units of a tier, in {@code BigDecimal} ({@link BigDecimal#sqrt}
 * with DECIMAL128): {@code z = (x − mean) / sd} (lower-is-better: the sign is flipped), then optionally mapped to
 * {@code centre + spread × z} (e.g. T-scores: 50 + 10z). With a zero standard deviation every z is 0.
 *
 * @param ruleId    the rule or scheme item
 * @param sample    true for the sample standard deviation (n − 1), false for the population one (n)
 * @param direction which values are better
 * @param centre    the value of z = 0 (default 0)
 * @param spread    the value of one standard deviation (default 1, &gt; 0)
 */
public record ZScoreNormalisation(String ruleId, boolean sample, Direction direction, BigDecimal centre,
        BigDecimal spread) {

    public ZScoreNormalisation {
        Objects.requireNonNull(ruleId, "ruleId");
        direction = direction == null ? Direction.HIGHER_IS_BETTER : direction;
        centre = centre == null ? BigDecimal.ZERO : centre;
        spread = spread == null ? BigDecimal.ONE : spread;
        if (spread.signum() <= 0) {
            throw InvalidConfigurationException.of("zScore.spread.notPositive", "z-score " + ruleId,
                    spread.toPlainString());
        }
    }

    /** Plain z-scores with the population standard deviation. */
    public static ZScoreNormalisation of(String ruleId) {
        return new ZScoreNormalisation(ruleId, false, Direction.HIGHER_IS_BETTER, BigDecimal.ZERO, BigDecimal.ONE);
    }

    /** The (transformed) z-scores of one tier (unit → value), in ranking order. */
    public Map<String, PeerScore> score(Map<String, BigDecimal> values) {
        PeerInput.validate(values, ruleId);
        int n = values.size();
        if (sample && n < 2) {
            throw InvalidInputException.of("zScore.sample.tooSmall", "z-score " + ruleId, n);
        }
        MathContext mc = MathContext.DECIMAL128;
        BigDecimal sum = values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = sum.divide(BigDecimal.valueOf(n), mc);
        BigDecimal squares = BigDecimal.ZERO;
        for (BigDecimal v : values.values()) {
            BigDecimal d = v.subtract(mean);
            squares = squares.add(d.multiply(d));
        }
        BigDecimal variance = squares.divide(BigDecimal.valueOf(sample ? n - 1 : n), mc);
        BigDecimal sd = variance.sqrt(mc);
        Ranking ranking = PeerInput.rank(values, direction);
        Map<String, PeerScore> out = new LinkedHashMap<>();
        for (RankedUnit u : ranking.units()) {
            BigDecimal x = values.get(u.unitId());
            BigDecimal z = sd.signum() == 0 ? BigDecimal.ZERO : x.subtract(mean).divide(sd, mc);
            if (direction == Direction.LOWER_IS_BETTER) {
                z = z.negate();
            }
            BigDecimal points = centre.add(spread.multiply(z));
            out.put(u.unitId(), new PeerScore(u.unitId(), x, u.rank(), points,
                    "z = (" + x.toPlainString() + " − " + mean.toPlainString() + ") / " + sd.toPlainString()
                            + " [" + ruleId + "]"));
        }
        return out;
    }
}
