package cn.kaohe.scoring.scheme;

import cn.kaohe.scoring.aggregation.PeriodSpec;
import cn.kaohe.scoring.method.ScoringMethod;
import cn.kaohe.scoring.method.SheetSpec;
import cn.kaohe.scoring.rounding.Decimals;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A node of the indicator tree (一级/二级/三级指标). Its {@code weight} multiplies its value in its parent's
 * sum (0.85, 0.05 … or 1 for points that add up). Immutable; build with the static factories.
 *
 * @param id       unique among siblings; used in paths ({@code quantitative/common})
 * @param name     display name (共性部分)
 * @param ruleId   the RULES.md id it implements, for explanations
 * @param weight   multiplier in the parent (≥ 0)
 * @param points   declared full marks (checked against the children), or null
 * @param kind     the node kind
 * @param children children (GROUP) or the single split child (PERIODS)
 * @param divisor  divides a GROUP's weighted sum (1 by default)
 * @param method   the scoring method (LEAF)
 * @param sheet    the sheet spec (SHEET)
 * @param periods  the split (PERIODS)
 */
public record Indicator(String id, String name, String ruleId, BigDecimal weight, BigDecimal points, NodeKind kind,
                        List<Indicator> children, BigDecimal divisor, ScoringMethod method, SheetSpec sheet,
                        PeriodSpec periods) {

    public Indicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        name = name == null ? id : name;
        weight = Decimals.canon(weight == null ? BigDecimal.ONE : weight);
        points = Decimals.canon(points);
        children = children == null ? List.of() : List.copyOf(children);
        divisor = Decimals.canon(divisor == null ? BigDecimal.ONE : divisor);
    }

    public static Indicator group(String id, String name, BigDecimal weight, List<Indicator> children) {
        return new Indicator(id, name, null, weight, null, NodeKind.GROUP, children, null, null, null, null);
    }

    public static Indicator leaf(String id, String name, BigDecimal weight, ScoringMethod method) {
        return new Indicator(id, name, null, weight, null, NodeKind.LEAF, List.of(), null, method, null, null);
    }

    public static Indicator sheet(String id, String name, BigDecimal weight, SheetSpec sheet) {
        return new Indicator(id, name, null, weight, null, NodeKind.SHEET, List.of(), null, null, sheet, null);
    }

    public static Indicator periods(String id, String name, BigDecimal weight, PeriodSpec periods, Indicator child) {
        return new Indicator(id, name, null, weight, null, NodeKind.PERIODS, List.of(child), null, null, null,
                periods);
    }

    public Indicator withRule(String ruleId) {
        return new Indicator(id, name, ruleId, weight, points, kind, children, divisor, method, sheet, periods);
    }

    public Indicator withPoints(BigDecimal points) {
        return new Indicator(id, name, ruleId, weight, points, kind, children, divisor, method, sheet, periods);
    }

    public Indicator withDivisor(BigDecimal divisor) {
        return new Indicator(id, name, ruleId, weight, points, kind, children, divisor, method, sheet, periods);
    }

    /** The child with this id, or null. */
    public Indicator child(String childId) {
        return children.stream().filter(c -> c.id().equals(childId)).findFirst().orElse(null);
    }
}
