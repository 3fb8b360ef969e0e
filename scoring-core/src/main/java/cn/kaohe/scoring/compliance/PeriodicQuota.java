package cn.kaohe.scoring.compliance;

import cn.kaohe.scoring.ranking.InvalidConfigurationException;
import cn.kaohe.scoring.ranking.InvalidInputException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A reporting quota per period (LAW-03: at least 10 法制信息 a month to the higher websites; half-year check
 * 6 × 10 = 60 required). Exact.
 *
 * @param id        the quota's name
 * @param ruleId    the rule, e.g. {@code LAW-03}
 * @param perPeriod the minimum per period (≥ 0)
 */
public record PeriodicQuota(String id, String ruleId, BigDecimal perPeriod) {

    public PeriodicQuota {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ruleId, "ruleId");
        if (perPeriod == null || perPeriod.signum() < 0) {
            throw InvalidConfigurationException.of("periodicQuota.perPeriod.invalid", "quota " + id, perPeriod);
        }
    }

    /**
     * @param periods  number of periods covered (≥ 0)
     * @param reported the number reported (≥ 0)
     */
    public Result evaluate(int periods, BigDecimal reported) {
        if (periods < 0 || reported == null || reported.signum() < 0) {
            throw InvalidInputException.of("periodicQuota.figure.invalid", id, periods, reported);
        }
        BigDecimal required = perPeriod.multiply(BigDecimal.valueOf(periods));
        return new Result(this, periods, required, reported, reported.compareTo(required) >= 0,
                reported.subtract(required));
    }

    /**
     * @param quota    the quota
     * @param periods  periods covered
     * @param required {@code perPeriod × periods}
     * @param reported number reported
     * @param met      {@code reported ≥ required}
     * @param surplus  {@code reported − required} (negative for a shortfall)
     */
    public record Result(PeriodicQuota quota, int periods, BigDecimal required, BigDecimal reported, boolean met,
            BigDecimal surplus) {
    }
}
