package cn.kaohe.scoring.input;

import cn.kaohe.scoring.method.Direction;
import cn.kaohe.scoring.rounding.Decimals;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data a unit supplies for one indicator instance. Immutable; equality and hashing of the decimals ignore scale.
 *
 * <p>{@link Score} and {@link TargetActual} — one per indicator per unit, the bulk of a batch's input — keep their
 * decimals as given ({@code 250.50} stays {@code 250.50}: the same number as {@code 250.5}) instead of stripping
 * trailing zeros on construction; they compare and hash by value ({@link Decimals#same}, {@link Decimals#hash}), and
 * every text made of them is the canonical one ({@link Decimals#canonicalText}). The other kinds store canonical
 * decimals.
 */
public sealed interface NodeInput {

    /** A score or points given by a person or body (领导评估, 考评组评分), or a value read off a sheet. */
    record Score(BigDecimal value) implements NodeInput {

        @Override
        public boolean equals(Object o) {
            return o instanceof Score s && Decimals.same(value, s.value);
        }

        @Override
        public int hashCode() {
            return Decimals.hash(value);
        }

        public static Score of(String value) {
            return new Score(value == null ? null : Decimals.of(value));
        }
    }

    /** An actual value and its target (标准值); a {@code null} target is a missing target (ZD-05). */
    record TargetActual(BigDecimal target, BigDecimal actual) implements NodeInput {
        @Override
        public boolean equals(Object o) {
            return o instanceof TargetActual t && Decimals.same(target, t.target) && Decimals.same(actual, t.actual);
        }

        @Override
        public int hashCode() {
            return 31 * Decimals.hash(target) + Decimals.hash(actual);
        }

        public static TargetActual of(String target, String actual) {
            return new TargetActual(target == null ? null : Decimals.of(target),
                    actual == null ? null : Decimals.of(actual));
        }
    }

    /** Anonymous ballots: count per rating label (好/中/差, 满意/基本满意/不满意). */
    record Votes(Map<String, Integer> counts) implements NodeInput {
        public Votes {
            counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        }

        public int respondents() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** One or more assessors' sheets (HOS-05: several departments may score one category). */
    record Sheets(List<Sheet> sheets) implements NodeInput {
        public Sheets {
            sheets = List.copyOf(sheets);
        }

        public static Sheets of(Sheet... sheets) {
            return new Sheets(List.of(sheets));
        }
    }

    /** One assessor's sheet and its items. */
    record Sheet(String assessor, List<SheetItem> items) {
        public Sheet {
            items = List.copyOf(items);
        }

        public static Sheet of(List<SheetItem> items) {
            return new Sheet(null, items);
        }
    }

    /**
     * One item of a sheet whose items the unit supplies (the seed's annexes are missing, so items are data):
     * its points, deductions (减分制), or target and actual (proration), and the quantitative indicators
     * used by the over-fulfilment bonus (TS-12). {@code direction} overrides the sheet's direction for this item
     * (ZD-05 note: lower-is-better indicators such as accidents), null = the sheet's.
     */
    record SheetItem(String name, String group, BigDecimal points, BigDecimal deductions, BigDecimal target,
                     BigDecimal actual, List<Quantity> indicators, Direction direction) {
        public SheetItem {
            points = Decimals.canon(points);
            deductions = Decimals.canon(deductions);
            target = Decimals.canon(target);
            actual = Decimals.canon(actual);
            indicators = indicators == null ? List.of() : List.copyOf(indicators);
        }

        /** An item that follows the sheet's direction. */
        public SheetItem(String name, String group, BigDecimal points, BigDecimal deductions, BigDecimal target,
                         BigDecimal actual, List<Quantity> indicators) {
            this(name, group, points, deductions, target, actual, indicators, null);
        }

        public static SheetItem deduction(String name, String points, String deductions) {
            return new SheetItem(name, null, Decimals.of(points), Decimals.of(deductions), null, null, List.of());
        }

        public static SheetItem proration(String name, String points, String target, String actual) {
            return new SheetItem(name, null, Decimals.of(points), null,
                    target == null ? null : Decimals.of(target), actual == null ? null : Decimals.of(actual),
                    List.of());
        }
    }

    /** A quantitative indicator of a work item: target and actual. */
    record Quantity(BigDecimal target, BigDecimal actual) {
        public Quantity {
            target = Decimals.canon(target);
            actual = Decimals.canon(actual);
        }

        public static Quantity of(String target, String actual) {
            return new Quantity(Decimals.of(target), Decimals.of(actual));
        }
    }
}
