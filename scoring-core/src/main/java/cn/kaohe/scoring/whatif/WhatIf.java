package cn.kaohe.scoring.whatif;

import cn.kaohe.scoring.ScoringEngine;
import cn.kaohe.scoring.explain.UnitResult;
import cn.kaohe.scoring.input.InputException;
import cn.kaohe.scoring.input.InputProblem;
import cn.kaohe.scoring.input.NodeInput;
import cn.kaohe.scoring.input.UnitData;
import cn.kaohe.scoring.method.Deduction;
import cn.kaohe.scoring.method.Direction;
import cn.kaohe.scoring.method.Discretionary;
import cn.kaohe.scoring.method.Proration;
import cn.kaohe.scoring.method.ScoringMethod;
import cn.kaohe.scoring.outcome.GateCondition;
import cn.kaohe.scoring.outcome.GradeBand;
import cn.kaohe.scoring.outcome.GradeGate;
import cn.kaohe.scoring.outcome.VetoEffect;
import cn.kaohe.scoring.rounding.Decimals;
import cn.kaohe.scoring.rounding.RoundingPolicy;
import cn.kaohe.scoring.scheme.Indicator;
import cn.kaohe.scoring.scheme.NodeKind;
import cn.kaohe.scoring.scheme.Scheme;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What-if analysis on top of a {@link ScoringEngine}: the smallest change that gives a unit a target grade.
 * Immutable and thread-safe, like the engine it wraps.
 *
 * <pre>{@code
 * WhatIf whatIf = WhatIf.of(engine);
 * WhatIfAnswer a = whatIf.toGrade(unit, "优秀");                        // points needed overall
 * WhatIfAnswer b = whatIf.toGrade(unit, "优秀", "economy/gdp", 2);      // actual value needed, 2 decimals
 * b.indicator().value();       // e.g. 9312.46: the smallest actual (2 decimals) that reaches 优秀
 * }</pre>
 *
 * <p>Points needed: the target band's lower bound minus the unit's unrounded total; with a declared rounding policy
 * (TS-20: 1 decimal half-up) the bound is lowered to the smallest total that rounds onto it (89.95 rounds to 90.0).
 * Points cannot help a vetoed unit whose veto forces the grade, a unit failing a gate of the target grade, a grade
 * determined by decision or incomplete data: the answer says so ({@link Unreachable}).
 *
 * <p>Indicator value: the method is inverted exactly (DECIMAL128) to give {@code exactValue}; the answer
 * {@code value} is then found at the declared scale by exact bisection in which every probe is scored by the engine,
 * so it is the smallest change at that scale that the engine itself grades as reaching the target.
 */
public final class WhatIf {

    private final ScoringEngine engine;
    private final Scheme scheme;

    private WhatIf(ScoringEngine engine) {
        this.engine = engine;
        this.scheme = engine.scheme();
    }

    /**
     * @param engine the engine of the scheme
     * @return a what-if analyser for that engine
     */
    public static WhatIf of(ScoringEngine engine) {
        return new WhatIf(Objects.requireNonNull(engine, "engine"));
    }

    /**
     * Points needed overall for a grade.
     *
     * @param unit  the unit's data
     * @param grade the target grade
     * @return the answer
     * @throws InputException when the unit's data are invalid
     */
    public WhatIfAnswer toGrade(UnitData unit, String grade) {
        return answer(unit, grade, null, 2);
    }

    /**
     * Points needed overall, and the value of one leaf indicator's input that reaches the grade.
     *
     * @param unit          the unit's data
     * @param grade         the target grade
     * @param indicatorPath the leaf's path, as in the unit data ({@code G1/I001})
     * @param scale         decimals of the answer (e.g. 2 for amounts in cents)
     * @return the answer
     * @throws InputException when the unit's data are invalid or the path is not a leaf of the unit's category
     */
    public WhatIfAnswer toGrade(UnitData unit, String grade, String indicatorPath, int scale) {
        Objects.requireNonNull(indicatorPath, "indicatorPath");
        if (scale < 0 || scale > 10) {
            throw new IllegalArgumentException("scale must be within 0..10, was " + scale);
        }
        return answer(unit, grade, indicatorPath, scale);
    }

    private WhatIfAnswer answer(UnitData unit, String grade, String path, int scale) {
        List<String> order = scheme.grades().gradesDescending();
        UnitResult now = engine.score(unit);
        Indicator leaf = path == null ? null : leaf(unit, path);
        if (!order.contains(grade)) {
            return unreachable(unit, grade, now, path, Unreachable.NO_SUCH_GRADE,
                    "'" + grade + "' is not a grade of scheme " + scheme.id() + "; grades: " + order);
        }
        if (!now.complete()) {
            return unreachable(unit, grade, now, path, Unreachable.INCOMPLETE,
                    "the unit's data are incomplete: " + now.flags());
        }
        if (rank(now.grade(), order) <= order.indexOf(grade)) {
            IndicatorAnswerBuilder ia = path == null ? null : new IndicatorAnswerBuilder(path, leaf, unit, scale);
            return new WhatIfAnswer(unit.unitId(), grade, now.finalScore(), now.grade(), true, null, false,
                    BigDecimal.ZERO, ia == null ? null : ia.unchanged(now), null, null);
        }
        String structural = structural(unit, grade, order);
        if (structural != null) {
            Unreachable code = structural.startsWith("veto") ? Unreachable.VETOED
                    : structural.startsWith("grade determined") ? Unreachable.GRADE_DETERMINED : Unreachable.GATED;
            return unreachable(unit, grade, now, path, code, structural);
        }
        GradeBand band = scheme.grades().bands().stream().filter(b -> b.grade().equals(grade) && b.min() != null)
                .min((x, y) -> x.min().compareTo(y.min())).orElse(null);
        if (band == null) {
            return unreachable(unit, grade, now, path, Unreachable.NO_SUCH_GRADE,
                    "grade " + grade + " has no lower bound to reach");
        }
        BigDecimal threshold = band.min();
        boolean strict = !band.minInclusive();
        RoundingPolicy rounding = scheme.rounding();
        if (rounding != null && threshold.stripTrailingZeros().scale() <= rounding.scale()) {
            BigDecimal ulp = BigDecimal.ONE.movePointLeft(rounding.scale());
            BigDecimal half = ulp.divide(BigDecimal.valueOf(2), MathContext.DECIMAL128);
            if (rounding.mode() == RoundingMode.HALF_UP) {
                // round(x) >= m  <=>  x >= m - ulp/2 ;  round(x) > m  <=>  x >= m + ulp/2
                threshold = strict ? threshold.add(half) : threshold.subtract(half);
                strict = false;
            } else if (rounding.mode() == RoundingMode.DOWN || rounding.mode() == RoundingMode.FLOOR) {
                if (strict) {
                    threshold = threshold.add(ulp);
                    strict = false;
                }
            }
        }
        BigDecimal total = now.rawTotal();
        BigDecimal needed = threshold.subtract(total).max(BigDecimal.ZERO);
        WhatIfAnswer.IndicatorAnswer ia = null;
        if (path != null) {
            ia = new IndicatorAnswerBuilder(path, leaf, unit, scale).solve(now, grade, order, needed);
        }
        return new WhatIfAnswer(unit.unitId(), grade, now.finalScore(), now.grade(), false, Decimals.canon(threshold),
                strict, Decimals.canon(needed), ia, null, null);
    }

    private WhatIfAnswer unreachable(UnitData unit, String grade, UnitResult now, String path, Unreachable code,
                                     String reason) {
        WhatIfAnswer.IndicatorAnswer ia = path == null ? null : new WhatIfAnswer.IndicatorAnswer(path, null, null,
                null, null, null, 0, null, null, null, code, reason);
        return new WhatIfAnswer(unit.unitId(), grade, now.finalScore(), now.grade(), false, null, false, null, ia,
                code, reason);
    }

    /** Why points cannot change the grade, or null. */
    private String structural(UnitData unit, String grade, List<String> order) {
        if (unit.gradeOverride() != null) {
            return "grade determined by decision: " + unit.gradeOverride() + " (ZD-33)";
        }
        if (!unit.vetoes().isEmpty()) {
            VetoEffect effect = scheme.veto().effect();
            String rule = scheme.veto().ruleId() == null ? "" : " (" + scheme.veto().ruleId() + ")";
            if (effect == VetoEffect.FORCE_FAIL && !grade.equals(scheme.veto().failGrade())) {
                return "veto " + unit.vetoes() + " forces the grade " + scheme.veto().failGrade() + rule;
            }
            if (effect == VetoEffect.ZERO_SCORE) {
                return "veto " + unit.vetoes() + " sets the score to zero" + rule;
            }
            if (effect == VetoEffect.BLOCK_TOP_GRADE && grade.equals(order.get(0))) {
                return "veto " + unit.vetoes() + " blocks the top grade " + grade + rule;
            }
        }
        for (GradeGate gate : scheme.gates()) {
            if (!gate.grade().equals(grade)) {
                continue;
            }
            for (GateCondition c : gate.conditions()) {
                String value = unit.facts().get(c.fact());
                if (!c.passes(value)) {
                    return grade + " requires " + c.fact() + " in " + c.allowed() + ", was " + value
                            + (gate.ruleId() == null ? "" : " (" + gate.ruleId() + ")");
                }
            }
        }
        return null;
    }

    private Indicator leaf(UnitData unit, String path) {
        int hash = path.indexOf('#');
        // instance paths name periods in brackets (indicator[mid]/items): the scheme node is indicator/items
        String nodePath = (hash < 0 ? path : path.substring(0, hash)).replaceAll("\\[[^\\]]*]", "");
        Indicator node = scheme.indicator(unit.category(), nodePath).orElse(null);
        if (node == null) {
            throw new InputException(List.of(new InputProblem(unit.unitId(), path, "whatif.unknownIndicator",
                    List.of(path), "category '" + unit.category() + "' has no indicator at this path")));
        }
        return node;
    }

    /** 0 for the best grade; a missing grade ranks below all. */
    private static int rank(String grade, List<String> order) {
        int i = grade == null ? -1 : order.indexOf(grade);
        return i < 0 ? order.size() : i;
    }

    /** Solves for one leaf's (or sheet item's) input. */
    private final class IndicatorAnswerBuilder {
        private final String path;
        private final Indicator leaf;
        private final UnitData unit;
        private final int scale;
        /** The input changed: the leaf's own, or the sheet input holding the item. */
        private final NodeInput input;
        /** For a sheet item ({@code sheet#item}): the item, else null. */
        private final NodeInput.SheetItem item;
        private final String inputName;
        private final BigDecimal current;

        IndicatorAnswerBuilder(String path, Indicator leaf, UnitData unit, int scale) {
            this.path = path;
            this.leaf = leaf;
            this.unit = unit;
            this.scale = scale;
            int hash = path.indexOf('#');
            this.input = unit.values().get(hash < 0 ? path : path.substring(0, hash));
            NodeInput.SheetItem found = null;
            if (hash >= 0 && input instanceof NodeInput.Sheets sheets && leaf.kind() == NodeKind.SHEET) {
                String name = path.substring(hash + 1);
                for (NodeInput.Sheet sheet : sheets.sheets()) {
                    for (NodeInput.SheetItem it : sheet.items()) {
                        if (name.equals(it.name()) && found == null) {
                            found = it;
                        }
                    }
                }
            }
            this.item = found;
            if (item != null) {
                boolean deduction = leaf.sheet().itemMethod() == cn.kaohe.scoring.method.SheetSpec.ItemMethod.DEDUCTION;
                inputName = deduction ? "deductions" : "actual";
                current = deduction ? item.deductions() : item.actual();
            } else if (hash < 0 && input instanceof NodeInput.TargetActual ta) {
                inputName = "actual";
                current = Decimals.canon(ta.actual()); // inputs are kept as given
            } else if (hash < 0 && input instanceof NodeInput.Score sc) {
                inputName = leaf.method() instanceof Deduction ? "deductions" : "score";
                current = Decimals.canon(sc.value());
            } else {
                inputName = null;
                current = null;
            }
        }

        WhatIfAnswer.IndicatorAnswer unchanged(UnitResult now) {
            return new WhatIfAnswer.IndicatorAnswer(path, methodName(), inputName, current, current, current, scale,
                    now.finalScore(), now.grade(), null, null, "already reached: no change needed");
        }

        private String methodName() {
            if (item != null) {
                return "SHEET_" + leaf.sheet().itemMethod().name();
            }
            return leaf.method() == null ? leaf.kind().name() : leaf.method().name();
        }

        private WhatIfAnswer.IndicatorAnswer notInvertible(String why) {
            return new WhatIfAnswer.IndicatorAnswer(path, methodName(), inputName, current, null, null, scale, null,
                    null, null, Unreachable.METHOD_NOT_INVERTIBLE, why);
        }

        WhatIfAnswer.IndicatorAnswer solve(UnitResult now, String grade, List<String> order, BigDecimal needed) {
            if (current == null || (item == null && leaf.kind() != NodeKind.LEAF)) {
                return notInvertible("only a leaf with a single input (target/actual, deductions or a score) or a "
                        + "sheet item (sheet#item) can be solved; " + path + " is a " + leaf.kind()
                        + (leaf.method() == null ? "" : " " + leaf.method().name()));
            }
            // best: the input value that gives full marks; increasing: whether a larger input is better
            BigDecimal best;
            boolean increasing;
            BigDecimal exact = null;
            BigDecimal valueNow = lineValue(now, true);
            BigDecimal weight = effectiveWeight(now);
            BigDecimal valueNeeded = weight == null || valueNow == null ? null
                    : valueNow.add(needed.divide(weight, MathContext.DECIMAL128));
            ScoringMethod method = leaf.method();
            BigDecimal target = item != null ? item.target()
                    : input instanceof NodeInput.TargetActual ta ? ta.target() : null;
            BigDecimal points = item != null ? item.points() : method == null ? null : method.maxPoints();
            boolean prorated = item != null
                    ? leaf.sheet().itemMethod() == cn.kaohe.scoring.method.SheetSpec.ItemMethod.PRORATION
                    : method instanceof Proration;
            boolean deduction = item != null ? !prorated : method instanceof Deduction;
            if (prorated) {
                if (target == null || target.signum() <= 0) {
                    return notInvertible("the target is missing or not positive: the proration is all or nothing");
                }
                Direction direction = item != null ? leaf.sheet().direction() : ((Proration) method).direction();
                increasing = direction != Direction.LOWER_IS_BETTER;
                best = increasing ? target.max(current) : target.min(current);
                if (valueNeeded != null && valueNeeded.signum() > 0) {
                    // ZD-05 inverted: v = p·a/t  =>  a = v·t/p ;  lower is better: v = p·t/a  =>  a = p·t/v
                    exact = increasing ? valueNeeded.multiply(target).divide(points, MathContext.DECIMAL128)
                            : points.multiply(target).divide(valueNeeded, MathContext.DECIMAL128);
                }
            } else if (deduction) {
                increasing = false;
                best = BigDecimal.ZERO;
                if (valueNeeded != null) {
                    exact = points.subtract(valueNeeded); // 减分制 inverted: v = p − d  =>  d = p − v
                }
            } else if (method instanceof Discretionary d) {
                increasing = true;
                best = d.max();
                exact = valueNeeded;
            } else {
                return notInvertible("method " + methodName() + " has no single input to solve for");
            }
            int s = Math.max(scale, Math.max(best.stripTrailingZeros().scale(), 0));
            UnitResult atBest = score(best);
            BigDecimal maxGain = Decimals.canon(atBest.rawTotal().subtract(now.rawTotal()));
            if (exact == null && valueNow != null && points != null && points.compareTo(valueNow) > 0
                    && maxGain.signum() > 0) {
                // the total is linear in the line's value up to full marks: weight = max gain / value still open
                BigDecimal w = maxGain.divide(points.subtract(valueNow), MathContext.DECIMAL128);
                BigDecimal v = valueNow.add(needed.divide(w, MathContext.DECIMAL128));
                if (prorated && v.signum() > 0) {
                    exact = increasing ? v.multiply(target).divide(points, MathContext.DECIMAL128)
                            : points.multiply(target).divide(v, MathContext.DECIMAL128);
                } else if (deduction) {
                    exact = points.subtract(v);
                } else if (!prorated) {
                    exact = v;
                }
            }
            if (!reaches(atBest, grade, order)) {
                return new WhatIfAnswer.IndicatorAnswer(path, methodName(), inputName, current, exact, null, s,
                        atBest.finalScore(), atBest.grade(), maxGain, Unreachable.CAPPED_AT_FULL_MARKS,
                        "at full marks (" + inputName + " " + Decimals.text(best) + ") the final score would be "
                                + Decimals.text(atBest.finalScore()) + " (" + atBest.grade() + "): the indicator can add "
                                + Decimals.text(maxGain) + " points, " + Decimals.text(needed) + " are needed");
            }
            BigInteger ok = units(best, s, increasing ? RoundingMode.CEILING : RoundingMode.FLOOR);
            BigInteger bad = units(current, s, increasing ? RoundingMode.FLOOR : RoundingMode.CEILING);
            Map<BigInteger, UnitResult> seen = new LinkedHashMap<>();
            // first try the exact inverse rounded toward "better", then bisect: every probe is scored by the engine
            if (exact != null) {
                BigInteger guess = units(exact, s, increasing ? RoundingMode.CEILING : RoundingMode.FLOOR);
                if (between(guess, bad, ok)) {
                    if (reaches(probe(guess, s, seen), grade, order)) {
                        ok = guess;
                    } else {
                        bad = guess;
                    }
                }
            }
            while (bad.subtract(ok).abs().compareTo(BigInteger.ONE) > 0) {
                BigInteger mid = bad.add(ok).shiftRight(1);
                if (reaches(probe(mid, s, seen), grade, order)) {
                    ok = mid;
                } else {
                    bad = mid;
                }
            }
            BigDecimal value = new BigDecimal(ok, s);
            UnitResult with = probe(ok, s, seen);
            return new WhatIfAnswer.IndicatorAnswer(path, methodName(), inputName, current,
                    exact == null ? null : Decimals.canon(exact), value, s, with.finalScore(), with.grade(), maxGain,
                    null, null);
        }

        private boolean between(BigInteger x, BigInteger a, BigInteger b) {
            BigInteger lo = a.min(b);
            BigInteger hi = a.max(b);
            return x.compareTo(lo) > 0 && x.compareTo(hi) < 0;
        }

        private UnitResult probe(BigInteger units, int s, Map<BigInteger, UnitResult> seen) {
            return seen.computeIfAbsent(units, u -> score(new BigDecimal(u, s)));
        }

        private BigInteger units(BigDecimal v, int s, RoundingMode mode) {
            return v.setScale(s, mode).unscaledValue();
        }

        private boolean reaches(UnitResult r, String grade, List<String> order) {
            return r.complete() && rank(r.grade(), order) <= order.indexOf(grade);
        }

        private UnitResult score(BigDecimal value) {
            NodeInput changed;
            if (item != null) {
                NodeInput.SheetItem replaced = new NodeInput.SheetItem(item.name(), item.group(), item.points(),
                        "deductions".equals(inputName) ? value : item.deductions(), item.target(),
                        "actual".equals(inputName) ? value : item.actual(), item.indicators());
                List<NodeInput.Sheet> sheets = new java.util.ArrayList<>();
                for (NodeInput.Sheet sheet : ((NodeInput.Sheets) input).sheets()) {
                    sheets.add(new NodeInput.Sheet(sheet.assessor(),
                            sheet.items().stream().map(it -> it == item ? replaced : it).toList()));
                }
                changed = new NodeInput.Sheets(sheets);
            } else if (input instanceof NodeInput.TargetActual ta) {
                changed = new NodeInput.TargetActual(ta.target(), value);
            } else {
                changed = new NodeInput.Score(value);
            }
            Map<String, NodeInput> values = new LinkedHashMap<>(unit.values());
            int hash = path.indexOf('#');
            values.put(hash < 0 ? path : path.substring(0, hash), changed);
            return engine.score(new UnitData(unit.unitId(), unit.category(), unit.assessmentYear(), values,
                    unit.claims(), unit.growth(), unit.vetoes(), unit.facts(), unit.deferBonuses(),
                    unit.gradeOverride()));
        }

        /** The explained value (or contribution) of the line at {@code path}, or null. */
        private BigDecimal lineValue(UnitResult r, boolean value) {
            for (cn.kaohe.scoring.explain.IndicatorLine line : r.indicators()) {
                if (line.path().equals(path)) {
                    return value ? line.value() : line.contribution();
                }
            }
            return null;
        }

        /**
         * Points added to the total per point of the line's value: the contribution over the value as explained by
         * the engine, or from the tree's weights (child weight / group divisor) when the value is zero.
         */
        private BigDecimal effectiveWeight(UnitResult now) {
            BigDecimal v = lineValue(now, true);
            BigDecimal c = lineValue(now, false);
            if (v != null && c != null && v.signum() != 0) {
                return c.divide(v, MathContext.DECIMAL128);
            }
            Indicator node = scheme.category(unit.category()).orElseThrow().root();
            BigDecimal w = BigDecimal.ONE;
            for (String part : path.split("#")[0].split("/")) {
                if (node.kind() != NodeKind.GROUP) {
                    return null;
                }
                Indicator child = node.child(part);
                if (child == null) {
                    return null;
                }
                w = w.multiply(child.weight()).divide(node.divisor(), MathContext.DECIMAL128);
                node = child;
            }
            return w.signum() == 0 || item != null ? null : w;
        }
    }
}
