package cn.kaohe.scoring.aggregation;

import cn.kaohe.scoring.explain.Deferred;
import cn.kaohe.scoring.explain.IndicatorLine;
import cn.kaohe.scoring.input.IndexedValues;
import cn.kaohe.scoring.input.InputProblem;
import cn.kaohe.scoring.input.NodeInput;
import cn.kaohe.scoring.input.UnitData;
import cn.kaohe.scoring.method.Deduction;
import cn.kaohe.scoring.method.Evaluation;
import cn.kaohe.scoring.method.LeafOutcome;
import cn.kaohe.scoring.method.Overfulfilment;
import cn.kaohe.scoring.method.Proration;
import cn.kaohe.scoring.method.ScoringMethod;
import cn.kaohe.scoring.method.SheetSpec;
import cn.kaohe.scoring.rounding.Decimals;
import cn.kaohe.scoring.rounding.Division;
import cn.kaohe.scoring.rounding.Ratio;
import cn.kaohe.scoring.scheme.Indicator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Walks one unit's indicator tree exactly (fractions, no intermediate division). One instance per evaluation;
 * not shared between threads (the engine creates one per call).
 */
public final class TreeEvaluator {

    private final UnitData data;
    private final TreePlan plan;
    /** The scheme's division policy: a node value that is a quotient is kept exact or rounded to 34 digits. */
    private final Division division;
    // value and contribution per path, as parallel lists in evaluation order (maps are made when read)
    private final List<String> paths;
    private final List<Ratio> values;
    private final List<Ratio> contributions;
    private final List<Pending> lines;
    private final List<String> floored = new ArrayList<>();
    private final Map<String, Integer> respondents = new LinkedHashMap<>();
    private final Map<String, List<String>> periodsUsed = new LinkedHashMap<>();
    private final Map<String, String> leafGrades = new LinkedHashMap<>();
    private final Set<String> flags = new LinkedHashSet<>();
    private final List<InputProblem> problems = new ArrayList<>();
    private final List<TreeOutcome.Overfulfilled> overfulfilled = new ArrayList<>();
    private final List<String> consumed;
    /** The unit's inputs when given in a layout's order, and the slot of each of the plan's inputs; else null. */
    private final IndexedValues indexed;
    private final int[] slots;
    /** How many consumed paths are keys of the unit's data (each path is consumed once). */
    private int consumedPresent;
    private boolean incomplete;

    private TreeEvaluator(UnitData data, TreePlan plan) {
        this.data = data;
        this.plan = plan;
        this.division = plan.division();
        // sized for the fixed tree (every unit of a category has the same), so the lists never grow while scoring
        int nodes = plan.nodeCount();
        this.paths = new ArrayList<>(nodes);
        this.values = new ArrayList<>(nodes);
        this.contributions = new ArrayList<>(nodes);
        this.lines = new ArrayList<>(nodes);
        this.consumed = new ArrayList<>(); // paths off the plan's fixed ones only (periods, splits): usually none
        this.indexed = data.values() instanceof IndexedValues iv ? iv : null;
        this.slots = indexed == null ? null : plan.slots(indexed.layout());
    }

    /** Evaluates {@code root} for {@code data}; the root's own id is not part of the paths. */
    public static TreeOutcome evaluate(Indicator root, UnitData data) {
        return evaluate(TreePlan.of(root), data);
    }

    /** Evaluates the plan's root for {@code data} (the engine keeps one plan per category). */
    public static TreeOutcome evaluate(TreePlan plan, UnitData data) {
        TreeEvaluator t = new TreeEvaluator(data, plan);
        Ratio base = t.node(plan.root(), "", -1, Ratio.ONE, List.of());
        // every key consumed (the usual case) ⇔ as many distinct consumed keys as keys: no set per unit needed
        Set<String> consumed = null;
        if (t.consumedPresent != data.values().size()) {
            // the plan's fixed leaves and sheets are consumed by every walk (each fixed group visits all its children)
            consumed = new HashSet<>(plan.inputPaths());
            consumed.addAll(t.consumed);
        }
        for (String key : consumed == null ? List.<String>of() : data.values().keySet()) {
            if (!consumed.contains(key)) {
                t.problems.add(new InputProblem(data.unitId(), key, "input.unknownIndicator", List.of(key),
                        "no indicator of category '" + data.category() + "' has this path; check the scheme's paths"));
            }
        }
        List<Pending> pending = t.lines;
        List<IndicatorLine> lines = Deferred.list(() -> pending.stream().map(Pending::line).toList());
        // the breakdown's indicator parts: the lines' contributions, taken from the lines when the breakdown is read
        List<Ratio> lineContributions = Deferred.list(() -> pending.stream().map(Pending::contribution)
                .filter(java.util.Objects::nonNull).toList());
        return new TreeOutcome(t.incomplete ? null : base, t.paths, t.values, t.contributions, lines, t.floored,
                t.respondents, t.periodsUsed, t.leafGrades, List.copyOf(t.flags), t.incomplete, t.problems,
                t.overfulfilled, lineContributions);
    }

    static String join(String path, String id) {
        return path.isEmpty() ? id : path + "/" + id;
    }

    /** {@code ordinal}: the plan's number of a leaf or sheet on a fixed path, else −1. */
    private Ratio node(Indicator node, String path, int ordinal, Ratio factor, List<String> labels) {
        Ratio value = switch (node.kind()) {
            case GROUP -> group(node, path, factor, labels);
            case LEAF -> leaf(node, path, ordinal, factor, labels);
            case SHEET -> sheet(node, path, ordinal, factor, labels);
            case PERIODS -> periods(node, path, factor, labels);
        };
        value = division.settle(value); // a group's, split's or sheet's quotient (leaves settle in leaf())
        if (value != null && !path.isEmpty()) {
            paths.add(path);
            values.add(value);
            contributions.add(value.times(factor));
        }
        return value;
    }

    private Ratio group(Indicator node, String path, Ratio factor, List<String> labels) {
        // whole decimals (capped, deducted, discretionary values) add exactly as decimals; only true fractions go
        // through Ratio.plus, whose denominators grow (and collapse beyond 40 digits): exact, and fewer big products
        BigDecimal whole = BigDecimal.ZERO;
        Ratio sum = Ratio.ZERO;
        boolean ok = true;
        String[] childPaths = plan.childPaths(node, path); // fixed paths, shared by every unit; null under a split
        int[] ordinals = childPaths == null ? null : plan.childOrdinals(node, path);
        List<Indicator> children = node.children();
        for (int i = 0; i < children.size(); i++) {
            Indicator child = children.get(i);
            Ratio childFactor = factor.times(child.weight()).dividedBy(node.divisor());
            Ratio v = childPaths != null ? node(child, childPaths[i], ordinals[i], childFactor, labels)
                    : node(child, join(path, child.id()), -1, childFactor, labels);
            if (v == null) {
                ok = false;
            } else {
                Ratio weighted = v.times(child.weight());
                if (weighted.isDecimal()) {
                    whole = whole.add(weighted.exactDecimal());
                } else {
                    sum = sum.plus(weighted);
                }
            }
        }
        return ok ? sum.plus(Ratio.of(whole)).dividedBy(node.divisor()) : null;
    }

    private boolean hasData(String prefix) {
        for (String key : data.values().keySet()) {
            if (key.equals(prefix) || key.startsWith(prefix + "/") || key.startsWith(prefix + "[")) {
                return true;
            }
        }
        return false;
    }

    private Ratio periods(Indicator node, String path, Ratio factor, List<String> labels) {
        PeriodSpec spec = node.periods();
        Indicator child = node.children().get(0);
        List<String> present = new ArrayList<>();
        List<BigDecimal> weights = new ArrayList<>();
        BigDecimal divisor = spec.divisor();
        if (spec.mode() == PeriodMode.FIXED) {
            for (Period p : spec.periods()) {
                if (hasData(path + "[" + p.id() + "]")) {
                    present.add(p.id());
                    weights.add(p.weight());
                }
            }
        } else {
            Set<String> found = new TreeSet<>(TreeEvaluator::compareLabels);
            for (String key : data.values().keySet()) {
                if (key.startsWith(path + "[")) {
                    int end = key.indexOf(']', path.length() + 1);
                    if (end > 0) {
                        found.add(key.substring(path.length() + 1, end));
                    }
                }
            }
            present.addAll(found);
            present.forEach(p -> weights.add(BigDecimal.ONE));
            divisor = BigDecimal.valueOf(Math.max(1, present.size()));
        }
        if (present.isEmpty() && spec.acceptWhole() && hasData(join(path, child.id()))) {
            // VIL-04 / XJ: the unit supplied the node once, without the split (§12 #6 default)
            periodsUsed.put(path, List.of());
            return node(child, join(path, child.id()), -1, factor, labels);
        }
        if (spec.mode() == PeriodMode.FIXED && present.size() < spec.periods().size()) {
            for (Period p : spec.periods()) {
                if (!present.contains(p.id())) {
                    incomplete("PERIOD_MISSING:" + node.id() + "[" + p.id() + "]"); // ZD-10: a missing quarter
                }
            }
            for (String p : present) {
                instance(node, child, path, p, factor, labels, BigDecimal.ONE, BigDecimal.ONE);
            }
            return null;
        }
        if (present.isEmpty()) {
            incomplete("PERIOD_MISSING:" + node.id());
            return null;
        }
        periodsUsed.put(path, List.copyOf(present));
        Ratio sum = Ratio.ZERO;
        boolean ok = true;
        for (int i = 0; i < present.size(); i++) {
            Ratio v = instance(node, child, path, present.get(i), factor, labels, weights.get(i), divisor);
            if (v == null) {
                ok = false;
            } else {
                sum = sum.plus(v.times(weights.get(i)));
            }
        }
        return ok ? sum.dividedBy(divisor) : null;
    }

    private Ratio instance(Indicator node, Indicator child, String path, String label, Ratio factor,
                           List<String> labels, BigDecimal weight, BigDecimal divisor) {
        String instancePath = path + "[" + label + "]";
        List<String> inner = new ArrayList<>(labels);
        inner.add(label);
        Ratio f = factor.times(weight).dividedBy(divisor);
        Ratio v = node(child, join(instancePath, child.id()), -1, f, inner);
        if (v != null) {
            paths.add(instancePath);
            values.add(v);
            contributions.add(v.times(f));
        }
        return v;
    }

    private static int compareLabels(String a, String b) {
        boolean na = a.chars().allMatch(Character::isDigit) && !a.isEmpty();
        boolean nb = b.chars().allMatch(Character::isDigit) && !b.isEmpty();
        if (na && nb) {
            return new BigDecimal(a).compareTo(new BigDecimal(b)) != 0
                    ? new BigDecimal(a).compareTo(new BigDecimal(b)) : a.compareTo(b);
        }
        return a.compareTo(b);
    }

    private void incomplete(String flag) {
        incomplete = true;
        flags.add(flag);
    }

    private Evaluation evaluation(String path, List<String> labels, String id) {
        return new Evaluation() {
            @Override
            public String label() {
                return TreeEvaluator.label(labels, id); // built only when a flag needs it
            }

            @Override
            public void flag(String flag) {
                flags.add(flag);
            }

            @Override
            public void incomplete(String flag) {
                TreeEvaluator.this.incomplete(flag);
            }

            @Override
            public void reject(String key, String message, String... args) {
                problems.add(new InputProblem(data.unitId(), path, key, List.of(args), message));
            }
        };
    }

    private static String label(List<String> labels, String id) {
        return labels.isEmpty() ? id : String.join(":", labels) + ":" + id;
    }

    private Ratio leaf(Indicator node, String path, int ordinal, Ratio factor, List<String> labels) {
        NodeInput input = consume(path, ordinal);
        if (input == null) {
            problems.add(new InputProblem(data.unitId(), path, "input.missing", List.of(path),
                    "a required value is missing for this indicator"));
            return null;
        }
        ScoringMethod method = node.method();
        Ratio quick = method.valueOnly(input, division);
        if (quick != null) {
            // the usual case: the value alone now; the line's inputs, factor and bound are re-derived from the same
            // input when the explanation is read (LeanLine)
            Ratio contribution = quick.times(factor);
            lines.add(new LeanLine(path, node, input, quick, contribution));
            return quick;
        }
        LeafOutcome out = method.evaluate(input, evaluation(path, labels, node.id()));
        if (out.grade() != null) {
            leafGrades.put(path, out.grade());
        }
        if (input instanceof NodeInput.Votes votes) {
            respondents.put(path, votes.respondents());
        }
        Ratio value = division.settle(out.value()); // the method's quotient, e.g. DIV(points·actual, target)
        record(path, node.name(), node.method().name(), out, value, node.ruleId(), factor);
        return value;
    }

    /**
     * The input at {@code path}, marking it used (an unused input is an unknown indicator); read from its slot when
     * the unit's inputs follow a layout and the node is on a fixed path ({@code ordinal} ≥ 0), without a look-up.
     */
    private NodeInput consume(String path, int ordinal) {
        if (ordinal < 0) {
            consumed.add(path); // a fixed ordinal's path is the plan's (TreePlan.inputPaths): not recorded per unit
        }
        if (slots != null && ordinal >= 0) {
            int slot = slots[ordinal];
            NodeInput input = slot < 0 ? null : indexed.at(slot);
            if (input != null) {
                consumedPresent++;
            }
            return input;
        }
        NodeInput input = data.values().get(path);
        if (input != null || data.values().containsKey(path)) {
            consumedPresent++;
        }
        return input;
    }

    private void record(String path, String name, String method, LeafOutcome out, Ratio value, String ruleId,
                        Ratio factor) {
        Ratio contribution = value == null ? null : value.times(factor);
        lines.add(new PendingLine(path, name, method, out, value, ruleId, contribution));
    }

    /**
     * What an {@link IndicatorLine} is made of, kept exact while scoring; the line's decimals (each fraction divided
     * once, shared with the values, contributions and breakdown that hold the same fraction) are made when read.
     */
    private sealed interface Pending permits PendingLine, LeanLine {
        IndicatorLine line();

        /** What the line adds to the total, or null when it could not be scored. */
        Ratio contribution();
    }

    private static BigDecimal decimal(Ratio r) {
        return r == null ? null : r.value();
    }

    /** A line whose method made its whole outcome while scoring. */
    private record PendingLine(String path, String name, String method, LeafOutcome out, Ratio value, String ruleId,
                               Ratio contribution) implements Pending {
        @Override
        public IndicatorLine line() {
            return new IndicatorLine(path, name, method, out.inputs(), decimal(out.factor()), out.bound(), ruleId,
                    decimal(value), decimal(contribution));
        }
    }

    /**
     * A leaf scored by {@link ScoringMethod#valueOnly}: its facts are the node, the input and the value; the method's
     * outcome (inputs, factor, bound) is made from the same input by the same pure method when the line is read —
     * the line the eager path would have made. Such inputs have nothing to report, so the evaluation of that second
     * call is {@link #UNREPORTED}.
     */
    private record LeanLine(String path, Indicator node, NodeInput input, Ratio value, Ratio contribution)
            implements Pending {
        @Override
        public IndicatorLine line() {
            LeafOutcome out = node.method().evaluate(input, UNREPORTED);
            return new IndicatorLine(path, node.name(), node.method().name(), out.inputs(), decimal(out.factor()),
                    out.bound(), node.ruleId(), decimal(value), decimal(contribution));
        }
    }

    /** For re-deriving a lean line: the flags and problems were settled while scoring (there were none). */
    private static final Evaluation UNREPORTED = new Evaluation() {
        @Override
        public String label() {
            return "";
        }

        @Override
        public void flag(String flag) {
        }

        @Override
        public void incomplete(String flag) {
        }

        @Override
        public void reject(String key, String message, String... args) {
        }
    };

    private Ratio sheet(Indicator node, String path, int ordinal, Ratio factor, List<String> labels) {
        NodeInput input = consume(path, ordinal);
        SheetSpec spec = node.sheet();
        if (!(input instanceof NodeInput.Sheets sheets) || sheets.sheets().isEmpty()) {
            problems.add(new InputProblem(data.unitId(), path, input == null ? "input.missing" : "input.wrongKind",
                    List.of(path), "the items of this sheet are required"));
            return null;
        }
        int n = sheets.sheets().size();
        Ratio total = Ratio.ZERO;
        boolean ok = true;
        for (NodeInput.Sheet sheet : sheets.sheets()) {
            Ratio share;
            if (spec.assessorWeights().isEmpty()) {
                share = Ratio.of(BigDecimal.ONE, BigDecimal.valueOf(n)); // HOS-05 default: arithmetic mean
            } else {
                BigDecimal w = spec.assessorWeights().get(sheet.assessor());
                if (w == null) {
                    problems.add(new InputProblem(data.unitId(), path, "input.unknownAssessor",
                            List.of(String.valueOf(sheet.assessor())), "assessor '" + sheet.assessor()
                            + "' has no weight in the scheme; use one of " + spec.assessorWeights().keySet()));
                    ok = false;
                    continue;
                }
                share = Ratio.of(w);
            }
            Ratio v = oneSheet(node, spec, path, sheet, n > 1, factor.times(share), labels);
            if (v == null) {
                ok = false;
            } else {
                total = total.plus(v.times(share));
            }
        }
        return ok ? total : null;
    }

    private Ratio oneSheet(Indicator node, SheetSpec spec, String path, NodeInput.Sheet sheet, boolean named,
                           Ratio factor, List<String> labels) {
        BigDecimal points = BigDecimal.ZERO;
        for (NodeInput.SheetItem item : sheet.items()) {
            if (item.points() == null || item.points().signum() < 0) {
                problems.add(new InputProblem(data.unitId(), path + "#" + item.name(),
                        item.points() == null ? "input.missing" : "input.negative", List.of(String.valueOf(item.name())),
                        "an item needs points ≥ 0"));
                return null;
            }
            points = points.add(item.points());
        }
        Ratio scale = Ratio.ONE;
        if (spec.normaliseTo() != null && points.compareTo(spec.normaliseTo()) != 0) {
            if (points.signum() == 0) {
                problems.add(new InputProblem(data.unitId(), path, "input.emptySheet", List.of(),
                        "the sheet's items total 0 points and cannot be rescaled"));
                return null;
            }
            // HOS-04 / TS-20: score100 = obtained × 100 / sheet total
            scale = Ratio.of(spec.normaliseTo(), points);
            if (spec.flagNormalised()) {
                flags.add("NORMALISED_FROM_" + Decimals.text(points) + "_POINTS");
            }
        }
        Ratio sum = Ratio.ZERO;
        boolean ok = true;
        String prefix = path + "#" + (named && sheet.assessor() != null ? sheet.assessor() + "/" : "");
        for (NodeInput.SheetItem item : sheet.items()) {
            String itemPath = prefix + item.name();
            Evaluation eval = evaluation(itemPath, labels, item.name());
            LeafOutcome out;
            if (spec.itemMethod() == SheetSpec.ItemMethod.DEDUCTION) {
                if (item.deductions() == null || item.deductions().signum() < 0) {
                    problems.add(new InputProblem(data.unitId(), itemPath,
                            item.deductions() == null ? "input.missing" : "input.negative",
                            List.of(String.valueOf(item.name())), "an item needs its deducted points, ≥ 0"));
                    ok = false;
                    continue;
                }
                // VIL-31 / TS-11 / HOS-06: 扣完为止 — each item stops at zero
                out = Deduction.deduct(item.points(), item.deductions(), spec.floorAtZero());
                if ("FLOOR".equals(out.bound())) {
                    floored.add(item.name());
                }
            } else {
                out = Proration.prorate(item.points(), item.target(), item.actual(),
                        item.direction() == null ? spec.direction() : item.direction(),
                        spec.zeroTarget(), eval);
            }
            Ratio value = division.settle(out.value());
            record(itemPath, item.name(), spec.itemMethod().name(), out, value, node.ruleId(), factor.times(scale));
            if (value == null) {
                ok = false;
            } else {
                sum = sum.plus(value);
            }
            overfulfilment(spec.overfulfilment(), item);
        }
        return ok ? division.settle(sum.times(scale)) : null;
    }

    private void overfulfilment(Overfulfilment rule, NodeInput.SheetItem item) {
        if (rule == null || !rule.appliesTo(item.group() == null ? firstGroup(rule) : item.group())) {
            return;
        }
        for (NodeInput.Quantity q : item.indicators()) {
            if (q.target() == null || q.actual() == null || q.target().signum() <= 0) {
                continue;
            }
            // TS-12: actual − target ≥ 10% of target, target > 0 ("达10%及以上" includes 10%)
            if (q.actual().subtract(q.target()).compareTo(rule.thresholdShare().multiply(q.target())) >= 0) {
                Ratio bonus = Ratio.of(rule.bonus());
                if (rule.itemCapShare() != null) {
                    bonus = bonus.min(Ratio.of(rule.itemCapShare().multiply(item.points()))); // TS-14: ≤ 30% of item
                }
                // TS-13: one bonus per work item, however many indicators exceed
                overfulfilled.add(new TreeOutcome.Overfulfilled(item.name(), bonus, rule.ruleId(),
                        Decimals.text(q.actual()) + "/" + Decimals.text(q.target())));
                return;
            }
        }
    }

    private static String firstGroup(Overfulfilment rule) {
        return rule.groups().isEmpty() ? null : rule.groups().get(0);
    }
}
