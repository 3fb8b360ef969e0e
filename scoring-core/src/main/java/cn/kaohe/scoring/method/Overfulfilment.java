package cn.kaohe.scoring.method;

import cn.kaohe.scoring.rounding.Decimals;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * TS-12/13/14: a work item earns {@code bonus} when one of its quantitative indicators exceeds its target by at
 * least {@code thresholdShare} ({@code actual − target ≥ 0.10·target}, target > 0), once per item, at most
 * {@code itemCapShare} of the item's points ({@code min(2, 0.3·points)}). Applies to items of the listed groups.
 */
public record Overfulfilment(BigDecimal thresholdShare, BigDecimal bonus, BigDecimal itemCapShare,
                             List<String> groups, String ruleId) {

    public Overfulfilment {
        thresholdShare = Decimals.canon(Objects.requireNonNull(thresholdShare, "thresholdShare"));
        bonus = Decimals.canon(Objects.requireNonNull(bonus, "bonus"));
        itemCapShare = Decimals.canon(itemCapShare);
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    /** Whether an item of {@code group} can earn the bonus (no groups listed = every item). */
    public boolean appliesTo(String group) {
        return groups.isEmpty() || groups.contains(group);
    }
}
