package cn.kaohe.scoring.ranking;

import cn.kaohe.scoring.rounding.Decimals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Awards given by rank within a tier (TB-14: rank 1 → 综合先进奖, ranks 2–3 → 二等奖), as configuration data.
 *
 * <p>Places are counted over <em>eligible</em> units only: an excluded (vetoed) unit keeps its rank but its award
 * passes down to the next eligible unit (TB-20 note, RULES.md §12 #21). A tie group occupies consecutive places; when
 * those places carry different awards, {@link #tiePolicy()} decides: {@code REPORT} leaves the tied units' awards
 * pending and flags them, {@code INCLUDE_ALL} gives all of them the better award, {@code EXCLUDE_ALL} the worse one.
 *
 * <p>Immutable; equality ignores the scale of decimals.
 *
 * @param ruleId        the rule it implements
 * @param tiers         the awards, best first
 * @param scoreFloor    lowest exact score that may receive an award, or null (TB-14 states none)
 * @param tiePolicy     ties across an award boundary; default {@link TiePolicy#REPORT}
 * @param tiebreakField field for {@link TiePolicy#TIEBREAK_FIELD}, else null
 */
public record AwardLadder(String ruleId, List<AwardTier> tiers, BigDecimal scoreFloor, TiePolicy tiePolicy,
        String tiebreakField) {

    public AwardLadder {
        Objects.requireNonNull(ruleId, "ruleId");
        if (tiers == null || tiers.isEmpty()) {
            throw InvalidConfigurationException.of("awards.empty", "awards " + ruleId);
        }
        tiers = List.copyOf(tiers);
        tiePolicy = tiePolicy == null ? TiePolicy.REPORT : tiePolicy;
        if (tiePolicy == TiePolicy.TIEBREAK_FIELD && (tiebreakField == null || tiebreakField.isBlank())) {
            throw InvalidConfigurationException.of("awards.tiebreakField.missing", "awards " + ruleId);
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        for (AwardTier t : tiers) {
            if (!names.add(t.name())) {
                throw InvalidConfigurationException.of("awards.name.duplicate", "awards " + ruleId, t.name());
            }
        }
    }

    /** The ladder with no floor and ties reported. */
    public static AwardLadder of(String ruleId, List<AwardTier> tiers) {
        return new AwardLadder(ruleId, tiers, null, TiePolicy.REPORT, null);
    }

    /** The total number of awarded places. */
    public int places() {
        return tiers.stream().mapToInt(AwardTier::count).sum();
    }

    private AwardTier tierAt(int place) {
        int upTo = 0;
        for (AwardTier t : tiers) {
            upTo += t.count();
            if (place < upTo) {
                return t;
            }
        }
        return null;
    }

    /** Allocates the awards over a ranked tier; the result has one decision per unit, in ranking order. */
    public AwardOutcome allocate(Ranking ranking) {
        Map<String, AwardDecision> decisions = new LinkedHashMap<>();
        List<Candidate> eligible = new ArrayList<>();
        for (RankedUnit u : ranking.units()) {
            Candidate c = u.candidate();
            if (c.isExcluded()) {
                decisions.put(c.unitId(), new AwardDecision(c.unitId(), null, true, List.of(),
                        "excluded from honours: " + c.exclusions()));
            } else if (scoreFloor != null && c.score().compareTo(scoreFloor) < 0) {
                decisions.put(c.unitId(), new AwardDecision(c.unitId(), null, false, List.of(),
                        c.score().toPlainString() + " < floor " + scoreFloor.toPlainString()));
            } else {
                eligible.add(c);
            }
        }
        List<Flag> flags = new ArrayList<>();
        int place = 0;
        for (List<Candidate> group : TieGroups.of(eligible, tiePolicy, tiebreakField)) {
            LinkedHashSet<AwardTier> spanned = new LinkedHashSet<>();
            boolean reachesNone = false;
            for (int p = place; p < place + group.size(); p++) {
                AwardTier t = tierAt(p);
                if (t == null) {
                    reachesNone = true;
                } else {
                    spanned.add(t);
                }
            }
            int distinct = spanned.size() + (reachesNone ? 1 : 0);
            int firstPlace = place + 1;
            place += group.size();
            if (distinct == 1) {
                AwardTier t = reachesNone ? null : spanned.iterator().next();
                for (Candidate c : group) {
                    decisions.put(c.unitId(), new AwardDecision(c.unitId(), t, false, List.of(),
                            t == null ? "eligible place " + firstPlace + " carries no award"
                                    : "eligible place " + firstPlace + (group.size() > 1 ? " (tied)" : "")));
                }
                continue;
            }
            List<String> contested = new ArrayList<>(spanned.stream().map(AwardTier::name).toList());
            if (reachesNone) {
                contested.add("none");
            }
            AwardTier best = spanned.iterator().next();
            AwardTier worst = reachesNone ? null : new ArrayList<>(spanned).get(spanned.size() - 1);
            for (Candidate c : group) {
                AwardDecision d = switch (tiePolicy) {
                    case INCLUDE_ALL -> new AwardDecision(c.unitId(), best, false, List.of(),
                            "tied across an award boundary, all given the better award");
                    case EXCLUDE_ALL -> new AwardDecision(c.unitId(), worst, false, List.of(),
                            "tied across an award boundary, all given the lesser award");
                    default -> new AwardDecision(c.unitId(), null, false, contested,
                            "tied across an award boundary: reported for decision");
                };
                decisions.put(c.unitId(), d);
            }
            if (tiePolicy == TiePolicy.REPORT || tiePolicy == TiePolicy.TIEBREAK_FIELD) {
                flags.add(Flag.of("AWARD_TIE", ruleId, "AWARD_TIE:" + String.join("_", TieGroups.ids(group))));
            }
        }
        Map<String, AwardDecision> ordered = new LinkedHashMap<>();
        for (RankedUnit u : ranking.units()) {
            ordered.put(u.unitId(), decisions.get(u.unitId()));
        }
        return new AwardOutcome(ordered, flags);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AwardLadder a && ruleId.equals(a.ruleId) && tiers.equals(a.tiers)
                && Decimals.same(scoreFloor, a.scoreFloor) && tiePolicy == a.tiePolicy
                && Objects.equals(tiebreakField, a.tiebreakField);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, tiers, Decimals.hash(scoreFloor), tiePolicy, tiebreakField);
    }
}
