package cn.kaohe.scoring.compliance;

import java.math.BigDecimal;
import java.util.List;

/**
 * The result of one consistency check.
 *
 * @param id       the check
 * @param ruleId   its rule
 * @param passed   whether the figures are consistent
 * @param computed the computed values (a sum; or the ratio of each pair)
 * @param detail   the arithmetic, written out
 */
public record CheckResult(String id, String ruleId, boolean passed, List<BigDecimal> computed, String detail) {

    public CheckResult {
        computed = List.copyOf(computed);
    }
}
