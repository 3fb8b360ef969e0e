package cn.kaohe.scoring.method;

import cn.kaohe.scoring.rounding.Decimals;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A sheet whose items the unit supplies (the seed's annexes with the items are missing, so items are data):
 * each item is scored by deduction (减分制, floored at zero per item: VIL-31, TS-11, HOS-06) or by proration
 * (ZD-05). The sheet's points are the sum of its items; when {@code normaliseTo} is set, a sheet whose items
 * do not total it is rescaled ({@code obtained × normaliseTo / sheet total}: HOS-04, TS-20). Several
 * assessors' sheets are combined by {@code assessorWeights} (HOS-05; empty = arithmetic mean).
 *
 * @param itemMethod      {@code DEDUCTION} or {@code PRORATION}
 * @param floorAtZero     items stop at zero (扣完为止)
 * @param direction       for prorated items
 * @param zeroTarget      for prorated items
 * @param normaliseTo     the 百分制 total a sheet is rescaled to, or null (no rescaling)
 * @param overfulfilment  TS-12 bonus, or null
 * @param assessorWeights weight per assessor (must sum to 1), empty = mean
 * @param flagNormalised  raise {@code NORMALISED_FROM_<n>_POINTS} when a sheet is rescaled (TS-20, an interpretive
 *                        choice of §12 #14: yes; HOS-04 states the rescaling outright: no)
 */
public record SheetSpec(ItemMethod itemMethod, boolean floorAtZero, Direction direction, ZeroTargetPolicy zeroTarget,
                        BigDecimal normaliseTo, Overfulfilment overfulfilment, Map<String, BigDecimal> assessorWeights,
                        boolean flagNormalised) {

    /** A sheet that flags its rescaling. */
    public SheetSpec(ItemMethod itemMethod, boolean floorAtZero, Direction direction, ZeroTargetPolicy zeroTarget,
                     BigDecimal normaliseTo, Overfulfilment overfulfilment, Map<String, BigDecimal> assessorWeights) {
        this(itemMethod, floorAtZero, direction, zeroTarget, normaliseTo, overfulfilment, assessorWeights, true);
    }

    /** How the items of a sheet are scored. */
    public enum ItemMethod { DEDUCTION, PRORATION }

    public SheetSpec {
        itemMethod = itemMethod == null ? ItemMethod.DEDUCTION : itemMethod;
        direction = direction == null ? Direction.HIGHER_IS_BETTER : direction;
        zeroTarget = zeroTarget == null ? ZeroTargetPolicy.FULL_IF_REACHED : zeroTarget;
        normaliseTo = Decimals.canon(normaliseTo);
        Map<String, BigDecimal> copy = new LinkedHashMap<>();
        if (assessorWeights != null) {
            assessorWeights.forEach((k, v) -> copy.put(k, Decimals.canon(v)));
        }
        assessorWeights = Collections.unmodifiableMap(copy);
    }

    public static SheetSpec deductions(boolean floorAtZero) {
        return new SheetSpec(ItemMethod.DEDUCTION, floorAtZero, null, null, null, null, Map.of());
    }

    public static SheetSpec proration() {
        return new SheetSpec(ItemMethod.PRORATION, true, null, null, null, null, Map.of());
    }
}
