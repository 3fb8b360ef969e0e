package cn.kaohe.scoring.scheme;

import cn.kaohe.scoring.adjustment.AdjustmentTable;
import cn.kaohe.scoring.adjustment.CapGroup;
import cn.kaohe.scoring.aggregation.Period;
import cn.kaohe.scoring.aggregation.PeriodMode;
import cn.kaohe.scoring.method.Discretionary;
import cn.kaohe.scoring.method.Survey;
import cn.kaohe.scoring.method.Tier;
import cn.kaohe.scoring.method.TierContribution;
import cn.kaohe.scoring.outcome.GradeBand;
import cn.kaohe.scoring.outcome.GradeGate;
import cn.kaohe.scoring.outcome.VetoEffect;
import cn.kaohe.scoring.rounding.Decimals;
import cn.kaohe.scoring.rounding.Ratio;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks a whole scheme and collects every problem (never stops at the first). */
public final class SchemeValidator {

    private final List<Problem> problems = new ArrayList<>();

    private SchemeValidator() {
    }

    /** Every problem of {@code scheme}; empty when it is valid. */
    public static List<Problem> problems(Scheme scheme) {
        SchemeValidator v = new SchemeValidator();
        v.check(scheme);
        return List.copyOf(v.problems);
    }

    private void add(String path, String key, String message, String fix, String... args) {
        problems.add(Problem.at(path, key, message, fix, args));
    }

    private void check(Scheme scheme) {
        if (scheme.id().isBlank()) {
            add("id", "scheme.idMissing", "the scheme has no id", "give the scheme a short id such as \"ts\"");
        }
        if (scheme.categories().isEmpty()) {
            add("categories", "scheme.noCategory", "the scheme has no category",
                    "declare at least one category with an indicator tree");
        }
        Set<String> ids = new HashSet<>();
        for (Category c : scheme.categories()) {
            if (!ids.add(c.id())) {
                add(c.id(), "category.duplicate", "category '" + c.id() + "' is declared twice",
                        "give every category a distinct id", c.id());
            }
            if (c.honoursMinScore() != null && c.honoursMinScore().signum() < 0) {
                add(c.id(), "category.negativeFloor", "the honours score floor is negative",
                        "use a floor ≥ 0", Decimals.text(c.honoursMinScore()));
            }
            checkNode(c.root(), c.id(), true);
        }
        checkAdjustments(scheme);
        if (scheme.totalCap() != null && scheme.totalCap().signum() < 0) {
            add("totalCap", "cap.negative", "the total cap " + Decimals.text(scheme.totalCap()) + " is below zero",
                    "use 100 for total_cap_100, or remove it (no cap, the default)", Decimals.text(scheme.totalCap()));
        }
        Set<String> grades = checkGrades(scheme);
        for (int i = 0; i < scheme.gates().size(); i++) {
            GradeGate g = scheme.gates().get(i);
            String p = "gates[" + i + "]";
            if (!grades.contains(g.grade())) {
                add(p, "reference.unknownGrade", "gate on unknown grade '" + g.grade() + "'",
                        "use one of the grade bands' names " + grades, g.grade());
            }
            if (g.downgradeTo() != null && !grades.contains(g.downgradeTo())) {
                add(p, "reference.unknownGrade", "gate downgrades to unknown grade '" + g.downgradeTo() + "'",
                        "use one of the grade bands' names " + grades, g.downgradeTo());
            }
        }
        if (scheme.veto().effect() == VetoEffect.FORCE_FAIL && !scheme.veto().areas().isEmpty()
                && !grades.contains(scheme.veto().failGrade())) {
            add("veto", "reference.unknownGrade", "the veto forces unknown grade '" + scheme.veto().failGrade() + "'",
                    "set veto.failGrade to one of " + grades, String.valueOf(scheme.veto().failGrade()));
        }
        for (String g : scheme.eligibility().blockingGrades()) {
            if (!grades.contains(g)) {
                add("eligibility", "reference.unknownGrade", "eligibility blocks unknown grade '" + g + "'",
                        "use one of " + grades, g);
            }
        }
        if (scheme.eligibility().minScore() != null && scheme.eligibility().minScore().signum() < 0) {
            add("eligibility", "eligibility.negativeFloor", "the honours score floor is negative", "use a floor ≥ 0",
                    Decimals.text(scheme.eligibility().minScore()));
        }
    }

    /** Checks a node and returns its full marks, or null when they depend on unit data. */
    private Ratio checkNode(Indicator node, String path, boolean root) {
        if (node.id().isBlank() || node.id().contains("/") || node.id().contains("[")) {
            add(path, "indicator.badId", "indicator id '" + node.id() + "' is empty or contains '/' or '['",
                    "use letters, digits and '_' in ids", node.id());
        }
        if (node.weight().signum() < 0) {
            add(path, "indicator.negativeWeight", "negative weight " + Decimals.text(node.weight()),
                    "weights and points are ≥ 0", Decimals.text(node.weight()));
        }
        Ratio max;
        switch (node.kind()) {
            case GROUP -> max = checkGroup(node, path);
            case LEAF -> max = checkLeaf(node, path);
            case SHEET -> max = checkSheet(node, path);
            default -> max = checkPeriods(node, path);
        }
        if (node.points() != null && max != null && max.compareTo(Ratio.of(node.points())) != 0) {
            add(path, "weights.notAddingUp", "the parts add up to " + max + " points, but the node declares "
                            + Decimals.text(node.points()),
                    "correct the children's points or weights so that they add up to the declared points",
                    max.toString(), Decimals.text(node.points()));
        }
        return max;
    }

    private Ratio checkGroup(Indicator node, String path) {
        if (node.children().isEmpty()) {
            add(path, "indicator.noChildren", "the group has no children", "add indicators or make it a leaf");
            return null;
        }
        if (node.divisor().signum() <= 0) {
            add(path, "indicator.badDivisor", "divisor must be > 0", "use a positive divisor (1 by default)",
                    Decimals.text(node.divisor()));
            return null;
        }
        Set<String> ids = new HashSet<>();
        Ratio sum = Ratio.ZERO;
        boolean known = true;
        for (Indicator child : node.children()) {
            if (!ids.add(child.id())) {
                add(path + "/" + child.id(), "indicator.duplicate", "two children are called '" + child.id() + "'",
                        "give sibling indicators distinct ids", child.id());
            }
            Ratio m = checkNode(child, path + "/" + child.id(), false);
            if (m == null) {
                known = false;
            } else {
                sum = sum.plus(m.times(child.weight()));
            }
        }
        return known ? sum.dividedBy(node.divisor()) : null;
    }

    private Ratio checkLeaf(Indicator node, String path) {
        if (node.method() == null) {
            add(path, "indicator.noMethod", "the leaf has no scoring method", "declare a method (PRORATION …)");
            return null;
        }
        if (node.method().maxPoints().signum() < 0) {
            add(path, "indicator.negativePoints", "negative points " + Decimals.text(node.method().maxPoints()),
                    "points are ≥ 0", Decimals.text(node.method().maxPoints()));
        }
        if (node.method() instanceof Survey s) {
            if (s.scale().isEmpty()) {
                add(path, "survey.noScale", "the survey has no rating scale", "declare rates such as 好 = 1, 中 = 0.8");
            }
            s.scale().forEach((label, rate) -> {
                if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
                    add(path, "survey.badRate", "rate of '" + label + "' is outside [0, 1]",
                            "write rates as fractions: 100% = 1, 80% = 0.8", label, Decimals.text(rate));
                }
            });
            if (s.minRespondents() < 0) {
                add(path, "survey.negativeMinimum", "negative minimum respondents", "use 0 for no minimum");
            }
            for (String l : s.satisfied()) {
                if (!s.scale().containsKey(l)) {
                    add(path, "reference.unknownRating", "satisfied label '" + l + "' is not on the scale",
                            "use labels of the scale " + s.scale().keySet(), l);
                }
            }
        }
        if (node.method() instanceof Discretionary d && d.min().compareTo(d.max()) > 0) {
            add(path, "discretionary.minAboveMax", "min is above max", "make min ≤ max", Decimals.text(d.min()),
                    Decimals.text(d.max()));
        }
        if (node.method() instanceof TierContribution t) {
            checkTiers(t, path);
        }
        return Ratio.of(node.method().maxPoints());
    }

    private void checkTiers(TierContribution t, String path) {
        List<Tier> tiers = t.tiers();
        if (tiers.isEmpty()) {
            add(path, "tiers.empty", "the tier table is empty", "declare tiers from the highest down");
            return;
        }
        for (int i = 0; i < tiers.size(); i++) {
            Tier tier = tiers.get(i);
            if (tier.low().compareTo(tier.high()) > 0 || tier.low().signum() < 0) {
                add(path + ".tiers[" + i + "]", "tiers.badRange", "contribution range is reversed or negative",
                        "use 0 ≤ low ≤ high", tier.grade());
            }
            boolean last = i == tiers.size() - 1;
            if (last && tier.from() != null) {
                add(path + ".tiers[" + i + "]", "bands.gap", "scores below " + Decimals.text(tier.from())
                        + " have no tier", "leave 'from' empty on the lowest tier", tier.grade());
            }
            if (!last && (tier.from() == null
                    || tiers.get(i + 1).from() != null && tiers.get(i + 1).from().compareTo(tier.from()) >= 0)) {
                add(path + ".tiers[" + i + "]", "bands.overlap", "tiers must be listed from the highest 'from' down",
                        "order the tiers by descending 'from', each strictly lower", tier.grade());
            }
        }
    }

    private Ratio checkSheet(Indicator node, String path) {
        var sheet = node.sheet();
        if (sheet == null) {
            add(path, "indicator.noSheet", "the sheet node has no sheet spec", "declare the sheet's item method");
            return null;
        }
        if (sheet.normaliseTo() != null && sheet.normaliseTo().signum() <= 0) {
            add(path, "sheet.badNormalisation", "normaliseTo must be > 0", "use 100 for 百分制",
                    Decimals.text(sheet.normaliseTo()));
        }
        if (!sheet.assessorWeights().isEmpty()) {
            BigDecimal sum = sheet.assessorWeights().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(BigDecimal.ONE) != 0) {
                add(path, "weights.notAddingUp", "assessor weights add up to " + Decimals.text(sum) + ", not 1",
                        "make the assessor weights sum to 1 (HOS-05)", Decimals.text(sum), "1");
            }
            sheet.assessorWeights().forEach((a, w) -> {
                if (w.signum() < 0) {
                    add(path, "indicator.negativeWeight", "negative weight for assessor " + a, "weights are ≥ 0", a);
                }
            });
        }
        var o = sheet.overfulfilment();
        if (o != null && (o.bonus().signum() < 0 || o.thresholdShare().signum() < 0
                || o.itemCapShare() != null && o.itemCapShare().signum() < 0)) {
            add(path, "cap.negative", "over-fulfilment bonus, threshold or cap is negative",
                    "use values ≥ 0 (TS-12: 2 points at 0.10, cap 0.30)");
        }
        return sheet.normaliseTo() == null ? null : Ratio.of(sheet.normaliseTo());
    }

    private Ratio checkPeriods(Indicator node, String path) {
        var spec = node.periods();
        if (spec == null || node.children().size() != 1) {
            add(path, "periods.badShape", "a split needs a period spec and exactly one child",
                    "declare 'periods' and one 'child'");
            return null;
        }
        Indicator child = node.children().get(0);
        Ratio childMax = checkNode(child, path + "/" + child.id(), false);
        if (spec.mode() == PeriodMode.MEAN_OF_PRESENT) {
            return childMax;
        }
        if (spec.periods().isEmpty()) {
            add(path, "periods.none", "a FIXED split declares no period", "list the periods with their weights");
            return null;
        }
        if (spec.divisor().signum() <= 0) {
            add(path, "indicator.badDivisor", "divisor must be > 0", "use a positive divisor",
                    Decimals.text(spec.divisor()));
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        Set<String> ids = new HashSet<>();
        for (Period p : spec.periods()) {
            if (!ids.add(p.id())) {
                add(path, "periods.duplicate", "period '" + p.id() + "' is declared twice", "use distinct ids", p.id());
            }
            if (p.weight().signum() < 0) {
                add(path, "indicator.negativeWeight", "period '" + p.id() + "' has a negative weight",
                        "weights are ≥ 0", p.id());
            }
            sum = sum.add(p.weight());
        }
        if (sum.compareTo(spec.divisor()) != 0) {
            add(path, "weights.notAddingUp", "period weights add up to " + Decimals.text(sum) + " but the divisor is "
                            + Decimals.text(spec.divisor()),
                    "make the period weights sum to the divisor (e.g. 0.5 + 0.5 with divisor 1, 30 + 60 with 90)",
                    Decimals.text(sum), Decimals.text(spec.divisor()));
        }
        return childMax;
    }

    private void checkAdjustments(Scheme scheme) {
        var adj = scheme.adjustments();
        Set<String> ids = new HashSet<>();
        for (CapGroup c : adj.caps()) {
            if (!ids.add("cap:" + c.id())) {
                add("adjustments.caps." + c.id(), "cap.duplicate", "cap group declared twice", "use distinct ids");
            }
            if (c.max().signum() < 0) {
                add("adjustments.caps." + c.id(), "cap.negative", "the cap " + Decimals.text(c.max()) + " is below zero",
                        "use a cap ≥ 0 (ZD-18: 4)", Decimals.text(c.max()));
            }
        }
        for (AdjustmentTable t : adj.tables()) {
            String p = "adjustments.tables." + t.id();
            if (!ids.add("table:" + t.id())) {
                add(p, "table.duplicate", "table declared twice", "use distinct table ids", t.id());
            }
            t.rows().forEach((k, v) -> {
                if (v.signum() < 0) {
                    add(p + "." + k, "indicator.negativePoints", "row '" + k + "' has negative points",
                            "write points ≥ 0; the table's sign says whether they add or subtract", k);
                }
            });
            if (t.enteredMax() != null && t.enteredMin().compareTo(t.enteredMax()) > 0) {
                add(p, "table.minAboveMax", "enteredMin is above enteredMax", "make enteredMin ≤ enteredMax");
            }
            if (t.enteredMin().signum() < 0) {
                add(p, "indicator.negativePoints", "enteredMin is negative", "entered values are ≥ 0");
            }
            if (t.capGroup() != null && adj.cap(t.capGroup()).isEmpty()) {
                add(p, "reference.unknownCap", "unknown cap group '" + t.capGroup() + "'",
                        "declare it under adjustments.caps or remove the reference", t.capGroup());
            }
            if (t.notRectifiedFactor().compareTo(BigDecimal.ONE) < 0) {
                add(p, "table.badFactor", "notRectifiedFactor below 1", "use 2 for 加倍扣分, 1 for none");
            }
            if (t.leaderDemeritShare() != null && (t.leaderDemeritShare().signum() < 0
                    || t.leaderDemeritShare().compareTo(BigDecimal.ONE) > 0)) {
                add(p, "table.badShare", "leaderDemeritShare outside [0, 1]", "use 0.6 for 60% (TS-19)");
            }
        }
        adj.growthSteps().forEach(g -> {
            if (g.stepPercent().signum() <= 0) {
                add("adjustments.growth." + g.id(), "growth.badStep", "stepPercent must be > 0", "use 10 (VIL-18)");
            }
            if (g.bonusPerStep().signum() < 0 || g.penaltyPerStep().signum() < 0) {
                add("adjustments.growth." + g.id(), "indicator.negativePoints", "per-step points are negative",
                        "write points ≥ 0");
            }
        });
    }

    private Set<String> checkGrades(Scheme scheme) {
        Set<String> names = new HashSet<>();
        if (scheme.grades().bands().isEmpty()) {
            return names; // a scheme may state no grades (TB13, HOS)
        }
        List<GradeBand> bands = new ArrayList<>(scheme.grades().bands());
        bands.forEach(b -> names.add(b.grade()));
        bands.sort(Comparator.comparing(GradeBand::min, Comparator.nullsFirst(Comparator.naturalOrder())));
        GradeBand first = bands.get(0);
        if (first.min() != null) {
            add("grades.bands." + first.grade(), "bands.gap", "scores below " + Decimals.text(first.min())
                    + " have no grade", "leave 'min' empty on the lowest band");
        }
        GradeBand last = bands.get(bands.size() - 1);
        if (last.max() != null) {
            add("grades.bands." + last.grade(), "bands.gap", "scores above " + Decimals.text(last.max())
                    + " have no grade", "leave 'max' empty on the highest band");
        }
        for (int i = 0; i + 1 < bands.size(); i++) {
            GradeBand lo = bands.get(i);
            GradeBand hi = bands.get(i + 1);
            if (lo.max() == null || hi.min() == null) {
                add("grades.bands." + lo.grade(), "bands.overlap", "bands " + lo.grade() + " and " + hi.grade()
                        + " overlap", "give every band but the highest a 'max' equal to the next band's 'min'");
                continue;
            }
            int c = lo.max().compareTo(hi.min());
            if (c < 0) {
                add("grades.bands." + lo.grade(), "bands.gap", "no grade between " + Decimals.text(lo.max()) + " and "
                                + Decimals.text(hi.min()),
                        "make " + lo.grade() + ".max equal " + hi.grade() + ".min (half-open bands, §12 #2)",
                        Decimals.text(lo.max()), Decimals.text(hi.min()));
            } else if (c > 0) {
                add("grades.bands." + lo.grade(), "bands.overlap", "bands " + lo.grade() + " and " + hi.grade()
                                + " overlap between " + Decimals.text(hi.min()) + " and " + Decimals.text(lo.max()),
                        "make " + lo.grade() + ".max equal " + hi.grade() + ".min",
                        Decimals.text(hi.min()), Decimals.text(lo.max()));
            } else if (lo.maxInclusive() == hi.minInclusive()) {
                add("grades.bands." + lo.grade(), lo.maxInclusive() ? "bands.overlap" : "bands.gap",
                        "the boundary " + Decimals.text(hi.min()) + (lo.maxInclusive() ? " belongs to both "
                                : " belongs to neither ") + lo.grade() + " nor " + hi.grade(),
                        "make exactly one side inclusive (default: the upper band's min)", Decimals.text(hi.min()));
            }
        }
        return names;
    }
}
