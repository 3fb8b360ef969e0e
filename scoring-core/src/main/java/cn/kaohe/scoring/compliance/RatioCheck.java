package cn.kaohe.scoring.compliance;

import cn.kaohe.scoring.ranking.InvalidConfigurationException;
import cn.kaohe.scoring.ranking.InvalidInputException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * DATA_CONSISTENCY: the ratio of paired figures must be the same for every pair (SDO-06: every phase costs
 * 12 万元/km: 960/80 = 4020/335 = 1074/89.5), and equal to {@code expectedRatio} when one is configured.
 * Numerator and denominator references use {@code [*]} and are paired by position. Exact (DECIMAL128).
 *
 * @param id            the check's name, e.g. {@code unit_cost_wan_per_km}
 * @param ruleId        the rule
 * @param numerators    figure reference of the numerators, e.g. {@code phases[*].invest_wan}
 * @param denominators  figure reference of the denominators, e.g. {@code phases[*].km}
 * @param expectedRatio the ratio every pair must have, or null for "all equal"
 */
public record RatioCheck(String id, String ruleId, String numerators, String denominators,
        BigDecimal expectedRatio) {

    public RatioCheck {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ruleId, "ruleId");
        if (numerators == null || denominators == null) {
            throw InvalidConfigurationException.of("ratioCheck.reference.missing", "check " + id);
        }
    }

    public CheckResult evaluate(Figures figures) {
        List<String> nums = figures.resolve(numerators);
        List<String> dens = figures.resolve(denominators);
        if (nums.size() != dens.size()) {
            throw InvalidInputException.of("ratioCheck.pairs.mismatch", id, nums.size(), dens.size());
        }
        List<BigDecimal> ratios = new ArrayList<>();
        for (int i = 0; i < nums.size(); i++) {
            BigDecimal d = figures.get(dens.get(i));
            if (d.signum() == 0) {
                throw InvalidInputException.of("ratioCheck.denominator.zero", dens.get(i));
            }
            ratios.add(figures.get(nums.get(i)).divide(d, MathContext.DECIMAL128));
        }
        BigDecimal reference = expectedRatio != null ? expectedRatio : ratios.get(0);
        boolean ok = ratios.stream().allMatch(r -> r.compareTo(reference) == 0);
        return new CheckResult(id, ruleId, ok, ratios,
                numerators + " / " + denominators + " = " + ratios.stream()
                        .map(r -> r.stripTrailingZeros().toPlainString()).toList()
                        + (ok ? " all equal " : " not all equal to ") + reference.stripTrailingZeros().toPlainString());
    }
}
