package cn.kaohe.scoring.adjustment;

import cn.kaohe.scoring.aggregation.TreeOutcome;
import cn.kaohe.scoring.explain.AdjustmentLine;
import cn.kaohe.scoring.explain.Contribution;
import cn.kaohe.scoring.input.Claim;
import cn.kaohe.scoring.input.Growth;
import cn.kaohe.scoring.input.InputProblem;
import cn.kaohe.scoring.input.UnitData;
import cn.kaohe.scoring.rounding.Decimals;
import cn.kaohe.scoring.rounding.Ratio;
import cn.kaohe.scoring.scheme.Category;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Applies a scheme's adjustments to one unit's claims. Stateless; thread-safe. */
public final class AdjustmentEvaluator {

    /** Table id of the TS-12 over-fulfilment bonus lines. */
    public static final String OVERFULFILMENT = "overfulfilment";

    private AdjustmentEvaluator() {
    }

    private static final class Pending {
        final Claim claim;
        final AdjustmentTable table;
        final BigDecimal amount;
        String reason;

        Pending(Claim claim, AdjustmentTable table, BigDecimal amount) {
            this.claim = claim;
            this.table = table;
            this.amount = amount;
        }
    }

    public static AdjustmentOutcome evaluate(Adjustments adjustments, Category category, UnitData data,
                                             List<TreeOutcome.Overfulfilled> overfulfilled) {
        List<InputProblem> problems = new ArrayList<>();
        Set<String> flags = new LinkedHashSet<>();
        List<AdjustmentLine> lines = new ArrayList<>();
        Map<String, Ratio> tableTotals = new LinkedHashMap<>();
        Map<String, Ratio> capRaw = new LinkedHashMap<>();
        Map<String, Ratio> capApplied = new LinkedHashMap<>();
        List<Contribution> contributions = new ArrayList<>();
        Ratio deferred = Ratio.ZERO;
        Ratio leader = Ratio.ZERO;

        // TS-12/14: over-fulfilment bonus, already capped per item; outside the weighting (§12 #5)
        for (TreeOutcome.Overfulfilled o : overfulfilled) {
            lines.add(new AdjustmentLine(OVERFULFILMENT, null, o.item(), true, o.bonus().value(), true, null,
                    o.ruleId(), Map.of("actual/target", o.detail())));
            tableTotals.merge(OVERFULFILMENT, o.bonus(), Ratio::plus);
        }

        boolean applicable = category.adjustmentsApply();
        if (!applicable && (!data.claims().isEmpty() || !data.growth().isEmpty())) {
            // ZD-24: bonuses and deductions do not apply to this category
            if (category.notApplicableFlag() != null) {
                flags.add(category.notApplicableFlag());
            }
        }

        List<Pending> pending = new ArrayList<>();
        for (Claim claim : data.claims()) {
            AdjustmentTable table = adjustments.table(claim.table()).orElse(null);
            if (table == null) {
                problems.add(new InputProblem(data.unitId(), claim.table(), "input.unknownTable",
                        List.of(claim.table()), "the scheme has no adjustment table '" + claim.table() + "'"));
                continue;
            }
            if (claim.count() < 1) {
                problems.add(new InputProblem(data.unitId(), claim.table(), "input.negative",
                        List.of(String.valueOf(claim.count())), "a count must be ≥ 1"));
                continue;
            }
            BigDecimal unit;
            if (table.entered()) {
                if (claim.value() == null) {
                    problems.add(new InputProblem(data.unitId(), claim.table(), "input.missing", List.of("value"),
                            "table '" + table.id() + "' takes entered values: the claim needs a value"));
                    continue;
                }
                if (claim.value().compareTo(table.enteredMin()) < 0
                        || table.enteredMax() != null && claim.value().compareTo(table.enteredMax()) > 0) {
                    // TS-18: values outside 1–5 are rejected
                    problems.add(new InputProblem(data.unitId(), claim.table(), "input.outOfRange",
                            List.of(Decimals.text(claim.value()), Decimals.text(table.enteredMin()),
                                    String.valueOf(Decimals.text(table.enteredMax()))),
                            "value must lie within [" + Decimals.text(table.enteredMin()) + ", "
                                    + (table.enteredMax() == null ? "∞" : Decimals.text(table.enteredMax())) + "]"));
                    continue;
                }
                unit = claim.value();
            } else {
                unit = table.rows().get(claim.key());
                if (unit == null) {
                    problems.add(new InputProblem(data.unitId(), claim.table(), "input.unknownRow",
                            List.of(String.valueOf(claim.key())), "table '" + table.id() + "' has no row '"
                            + claim.key() + "'; use one of " + table.rows().keySet()));
                    continue;
                }
            }
            BigDecimal amount = unit.multiply(BigDecimal.valueOf(claim.count()));
            if (Boolean.FALSE.equals(claim.rectified())) {
                amount = amount.multiply(table.notRectifiedFactor()); // VIL-24: 整改不到位的,每起加倍扣分
            }
            Pending p = new Pending(claim, table, Decimals.canon(amount));
            if (!applicable) {
                p.reason = "NOT_APPLICABLE_TO_CATEGORY";
            } else if (table.evidenceRequired() && !Boolean.TRUE.equals(claim.evidence())) {
                p.reason = "NO_EVIDENCE"; // TB-06, VIL-19: no confirmed document, no bonus
            } else if (table.documentYear() && claim.docDate() != null && data.assessmentYear() != 0
                    && claim.docDate().getYear() != data.assessmentYear()) {
                // VIL-20, TS-16: the document date decides the year
                p.reason = "DOC_DATE_" + claim.docDate() + "_NOT_IN_" + data.assessmentYear();
                if (table.outsideYearFlag() != null) {
                    flags.add(table.outsideYearFlag() + ":" + (claim.work() == null ? claim.key() : claim.work()));
                }
            } else if (table.deferrable() && data.deferBonuses()) {
                p.reason = "DEFERRED_TO_NEXT_YEAR"; // TB-07
            }
            pending.add(p);
        }
        // VIL-15/17/21, TS-17: only the highest value per piece of work counts
        for (Pending p : pending) {
            if (p.reason != null || !p.table.highestPerWork() || p.claim.work() == null) {
                continue;
            }
            for (Pending q : pending) {
                if (q != p && q.reason == null && q.table == p.table && p.claim.work().equals(q.claim.work())) {
                    int c = q.amount.compareTo(p.amount);
                    if (c > 0 || c == 0 && pending.indexOf(q) < pending.indexOf(p)) {
                        p.reason = "SUPERSEDED_BY_HIGHER_LEVEL";
                        break;
                    }
                }
            }
        }
        for (Pending p : pending) {
            boolean bonus = p.table.sign() == Sign.BONUS;
            lines.add(new AdjustmentLine(p.table.id(), p.claim.key(), p.claim.work(), bonus, p.amount,
                    p.reason == null, p.reason, p.table.ruleId(), Map.of()));
            if (p.reason == null) {
                tableTotals.merge(p.table.id(), Ratio.of(p.amount), Ratio::plus);
            } else if ("DEFERRED_TO_NEXT_YEAR".equals(p.reason)) {
                deferred = deferred.plus(Ratio.of(p.amount));
            }
        }
        for (AdjustmentTable t : adjustments.tables()) {
            Ratio total = tableTotals.get(t.id());
            if (total != null && t.leaderDemeritShare() != null) {
                leader = leader.plus(total.times(t.leaderDemeritShare())); // TS-19: 60% of the deducted points
            }
        }

        // ZD-18/23, XJ-11/15: each raw sum capped separately, then netted (§12 #5)
        Ratio bonus = Ratio.ZERO;
        Ratio deduction = Ratio.ZERO;
        for (Map.Entry<String, Ratio> e : tableTotals.entrySet()) {
            AdjustmentTable table = adjustments.table(e.getKey()).orElse(null);
            boolean isBonus = OVERFULFILMENT.equals(e.getKey()) || table == null || table.sign() == Sign.BONUS;
            contributions.add(new Contribution("adjustment:" + e.getKey(),
                    isBonus ? e.getValue().value() : e.getValue().negate().value()));
            String group = table == null ? null : table.capGroup();
            if (group != null) {
                capRaw.merge(group, e.getValue(), Ratio::plus);
            }
            if (isBonus) {
                bonus = bonus.plus(e.getValue());
            } else {
                deduction = deduction.plus(e.getValue());
            }
        }
        for (CapGroup cap : adjustments.caps()) {
            Ratio raw = capRaw.getOrDefault(cap.id(), Ratio.ZERO);
            capRaw.put(cap.id(), raw);
            Ratio applied = raw.min(Ratio.of(cap.max()));
            capApplied.put(cap.id(), applied);
            if (raw.compareTo(applied) > 0) {
                if (cap.flag() != null) {
                    flags.add(cap.flag());
                }
                Ratio cut = raw.minus(applied);
                boolean isBonus = true;
                for (AdjustmentTable t : adjustments.tables()) {
                    if (cap.id().equals(t.capGroup())) {
                        isBonus = t.sign() == Sign.BONUS; // the first table of the cap group says
                        break;
                    }
                }
                if (isBonus) {
                    bonus = bonus.minus(cut);
                } else {
                    deduction = deduction.minus(cut);
                }
                contributions.add(new Contribution("cap:" + cap.id(), isBonus ? cut.negate().value() : cut.value()));
            }
        }

        Ratio growth = Ratio.ZERO;
        for (Map.Entry<String, Growth> e : data.growth().entrySet()) {
            GrowthStep rule = adjustments.growthStep(e.getKey()).orElse(null);
            if (rule == null) {
                problems.add(new InputProblem(data.unitId(), e.getKey(), "input.unknownTable", List.of(e.getKey()),
                        "the scheme has no growth rule '" + e.getKey() + "'"));
                continue;
            }
            Growth g = e.getValue();
            if (g.current() == null || g.previous() == null) {
                problems.add(new InputProblem(data.unitId(), e.getKey(), "input.missing", List.of(e.getKey()),
                        "both this year's and last year's figures are required"));
                continue;
            }
            Ratio amount = Ratio.ZERO;
            Map<String, String> details = new LinkedHashMap<>();
            details.put("current", Decimals.text(g.current()));
            details.put("previous", Decimals.text(g.previous()));
            if (g.previous().signum() <= 0) {
                flags.add(rule.undefinedFlag()); // VIL-18 note: growth from ≤ 0 is undefined
            } else {
                Ratio pct = Ratio.of(g.current().subtract(g.previous()).multiply(Decimals.HUNDRED), g.previous());
                Ratio stepRatio = pct.abs().dividedBy(rule.stepPercent());
                BigDecimal steps = rule.partialSteps() ? stepRatio.value() : stepRatio.floor();
                details.put("growthPercent", pct.toString());
                details.put("steps", Decimals.text(steps));
                BigDecimal tested = rule.thresholdOnPrevious() ? g.previous() : g.current();
                if (pct.signum() > 0 && tested.compareTo(rule.minCurrent()) >= 0) {
                    amount = Ratio.of(rule.bonusPerStep().multiply(steps)); // VIL-18: +0.5 per 10 points
                } else if (pct.signum() < 0) {
                    amount = Ratio.of(rule.penaltyPerStep().multiply(steps).negate()); // VIL-25: −0.5 per 10 points
                }
            }
            if (!applicable) {
                amount = Ratio.ZERO;
            }
            lines.add(new AdjustmentLine(rule.id(), null, null, amount.signum() >= 0, amount.value(), applicable,
                    applicable ? null : "NOT_APPLICABLE_TO_CATEGORY", rule.ruleId(), details));
            growth = growth.plus(amount);
            if (amount.signum() != 0) {
                contributions.add(new Contribution("growth:" + rule.id(), amount.value()));
            }
        }
        Ratio net = bonus.minus(deduction).plus(growth);
        return new AdjustmentOutcome(lines, tableTotals, capRaw, capApplied, bonus, deduction, growth, net, deferred,
                leader, contributions, List.copyOf(flags), problems);
    }
}
