package cn.kaohe.reporting.control;

import cn.kaohe.scoring.aggregation.Period;
import cn.kaohe.scoring.aggregation.PeriodMode;
import cn.kaohe.scoring.method.Proration;
import cn.kaohe.scoring.method.ScoringMethod;
import cn.kaohe.scoring.method.Survey;
import cn.kaohe.scoring.rounding.Decimals;
import cn.kaohe.scoring.scheme.Category;
import cn.kaohe.scoring.scheme.Indicator;
import cn.kaohe.scoring.scheme.NodeKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The places where a unit of a category enters data (docs/scheme-format.md, "Unit data: indicator paths"): every
 * leaf and sheet of the category's indicator tree, a fixed split expanded into one place per label (its sub-period),
 * grouped under the first-level indicator. An open split (free labels: months, raters) has a place only when it also
 * accepts the whole value. Reads the scheme only; no arithmetic.
 */
public final class EntrySlots {

    /** What a place takes: one number, target and actual, ballots per rating label, or a list of sheet items. */
    public enum Input { NUMBER, TARGET_ACTUAL, VOTES, ITEMS }

    /**
     * One place to enter.
     *
     * @param path       the unit-data path ({@code quantitative/common[year_end]/sheet})
     * @param group      the first-level indicator's name (一级指标)
     * @param name       the leaf's name, with the split label when split
     * @param method     scoring-core's method ({@code PRORATION}, {@code SURVEY} …; {@code SHEET_DEDUCTION},
     *                   {@code SHEET_PRORATION} for sheets)
     * @param points     the leaf's full marks on its own scale, or null (sheets: the items' points)
     * @param weight     the leaf's weight in its parent
     * @param input      what to enter
     * @param labels     the rating labels of a survey, else empty
     * @param subPeriod  the split label (sub-period), or null
     * @param ruleId     the RULES.md id
     * @param openSplit  whether the leaf sits under an open split (monthly mean, peer raters): more instances may be
     *                   entered than the one shown
     */
    public record Slot(String path, String group, String name, String method, String points, String weight,
            Input input, List<String> labels, String subPeriod, String ruleId, boolean openSplit) {
    }

    private EntrySlots() {
    }

    /** Every place of the category, in tree order. */
    public static List<Slot> of(Category category) {
        List<Slot> out = new ArrayList<>();
        Indicator root = category.root();
        if (root.kind() == NodeKind.GROUP) {
            for (Indicator first : root.children()) {
                walk(first, first.id(), first.name(), first.name(), null, false, out);
            }
        } else {
            walk(root, root.id(), root.name(), root.name(), null, false, out);
        }
        return out;
    }

    private static void walk(Indicator node, String path, String group, String name, String label, boolean open,
            List<Slot> out) {
        switch (node.kind()) {
            case GROUP -> {
                for (Indicator child : node.children()) {
                    walk(child, path + "/" + child.id(), group, child.name(), label, open, out);
                }
            }
            case PERIODS -> {
                Indicator child = node.children().get(0);
                if (node.periods().mode() == PeriodMode.FIXED) {
                    for (Period p : node.periods().periods()) {
                        walk(child, path + "[" + p.id() + "]/" + child.id(), group, child.name(), p.id(), open, out);
                    }
                } else if (node.periods().acceptWhole()) {
                    // an open split (ZD-14 monthly mean, TB-09 raters) that also takes the whole node: one place
                    walk(child, path + "/" + child.id(), group, child.name(), label, true, out);
                }
                // an open split without a whole value has free labels (months, raters): no fixed place on the form;
                // its instances come by import and are listed as other entries
            }
            case SHEET -> out.add(new Slot(path, group, name, "SHEET_" + node.sheet().itemMethod().name(), null,
                    Decimals.text(node.weight()), Input.ITEMS, List.of(), label, node.ruleId(), open));
            case LEAF -> {
                ScoringMethod m = node.method();
                Input input = m instanceof Proration ? Input.TARGET_ACTUAL
                        : m instanceof Survey ? Input.VOTES : Input.NUMBER;
                List<String> labels = m instanceof Survey s ? List.copyOf(s.scale().keySet()) : List.of();
                String points = m.maxPoints() == null ? null : Decimals.text(m.maxPoints());
                out.add(new Slot(path, group, name, m.name(), points, Decimals.text(node.weight()), input, labels,
                        label, node.ruleId(), open));
            }
        }
    }
}
