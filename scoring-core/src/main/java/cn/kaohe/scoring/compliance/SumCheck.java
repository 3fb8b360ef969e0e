package cn.kaohe.scoring.compliance;

import cn.kaohe.scoring.ranking.InvalidConfigurationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * DATA_CONSISTENCY: parts must add up exactly to a total (SDO-06: 250 + 254.5 = 504.5 km; 5045 + 1009 = 6054 万元;
 * LAW-08: 7 + 10 = 17).
 *
 * @param id     the check's name, e.g. {@code km_phases_sum}
 * @param ruleId the rule, e.g. {@code SDO-06}
 * @param parts  figure references of the parts ({@code [*]} allowed)
 * @param total  the figure they must add up to
 */
public record SumCheck(String id, String ruleId, List<String> parts, String total) {

    public SumCheck {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ruleId, "ruleId");
        if (parts == null || parts.isEmpty()) {
            throw InvalidConfigurationException.of("sumCheck.parts.empty", "check " + id);
        }
        parts = List.copyOf(parts);
        if (total == null || total.isBlank()) {
            throw InvalidConfigurationException.of("sumCheck.total.missing", "check " + id);
        }
    }

    public CheckResult evaluate(Figures figures) {
        BigDecimal sum = BigDecimal.ZERO;
        List<String> used = new ArrayList<>();
        for (String ref : parts) {
            for (String name : figures.resolve(ref)) {
                sum = sum.add(figures.get(name));
                used.add(name);
            }
        }
        BigDecimal expected = figures.get(total);
        boolean ok = sum.compareTo(expected) == 0;
        return new CheckResult(id, ruleId, ok, List.of(sum),
                String.join(" + ", used) + " = " + sum.toPlainString() + (ok ? " = " : " ≠ ") + total + " "
                        + expected.toPlainString());
    }
}
