package cn.kaohe.scoring.scheme;

import cn.kaohe.scoring.rounding.Decimals;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A unit category or tier (档/类: ZD-01 township / department / old town; TS-01 一类 / 二类; HOS-07/09 clinical
 * / functional) with its own indicator tree.
 *
 * @param id                the category id used in unit data
 * @param name              display name
 * @param root              the indicator tree; its value is the weighted total before adjustments
 * @param adjustmentsApply  whether bonuses and deductions apply (ZD-24: not to old-town units)
 * @param notApplicableFlag the flag raised when a unit of this category claims adjustments anyway, or null
 * @param honoursMinScore   overrides the scheme's eligibility floor (ZD-30: 95), or null
 */
public record Category(String id, String name, Indicator root, boolean adjustmentsApply, String notApplicableFlag,
                       BigDecimal honoursMinScore) {

    public Category {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(root, "root");
        name = name == null ? id : name;
        honoursMinScore = Decimals.canon(honoursMinScore);
    }

    public static Category of(String id, Indicator root) {
        return new Category(id, id, root, true, null, null);
    }
}
