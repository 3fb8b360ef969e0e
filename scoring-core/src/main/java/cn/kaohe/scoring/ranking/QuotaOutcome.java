package cn.kaohe.scoring.ranking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of allocating a {@link QuotaRule} over a {@link Ranking}: the quota, the confirmed units in ranking order,
 * the units tied at the cutoff with the slots left for them, the excluded units, a decision with its reason for every
 * unit, and the flags an office must see (unfilled quota, fewer qualifiers than the minimum, ties).
 *
 * <p>Immutable.
 */
public final class QuotaOutcome {

    private final QuotaRule rule;
    private final int quota;
    private final List<String> confirmed;
    private final List<String> tiedAtCutoff;
    private final int slotsForTied;
    private final List<String> excluded;
    private final Map<String, QuotaDecision> decisions;
    private final List<Flag> flags;

    private QuotaOutcome(QuotaRule rule, int quota, List<String> confirmed, List<String> tiedAtCutoff,
            int slotsForTied, List<String> excluded, Map<String, QuotaDecision> decisions, List<Flag> flags) {
        this.rule = rule;
        this.quota = quota;
        this.confirmed = List.copyOf(confirmed);
        this.tiedAtCutoff = List.copyOf(tiedAtCutoff);
        this.slotsForTied = slotsForTied;
        this.excluded = List.copyOf(excluded);
        this.decisions = java.util.Collections.unmodifiableMap(decisions); // made for this outcome, in ranking order
        this.flags = List.copyOf(flags);
    }

    static QuotaOutcome allocate(QuotaRule rule, Ranking ranking, Integer decidedCount) {
        int quota = rule.quotaFor(ranking.size(), decidedCount);
        int n = ranking.size();
        // decided in any order, then put in ranking order once (below): a plain hash map sized for every unit
        Map<String, QuotaDecision> decisions = new HashMap<>(n * 4 / 3 + 1);
        String belowFloor = rule.scoreFloor() == null ? null : " < floor " + rule.scoreFloor().toPlainString();
        List<String> excluded = new ArrayList<>();
        List<Candidate> eligible = new ArrayList<>();
        for (RankedUnit u : ranking.units()) {
            Candidate c = u.candidate();
            if (c.isExcluded()) {
                // ZD-31 / TB-20: skipped; the place passes down to the next eligible unit
                Exclusion first = c.exclusions().get(0);
                excluded.add(c.unitId());
                decisions.put(c.unitId(), new QuotaDecision(c.unitId(), QuotaStatus.EXCLUDED, first.ruleId(),
                        "excluded: " + String.join(", ", c.exclusions().stream().map(Exclusion::reason).toList())));
            } else if (!rule.reachesFloor(c.score())) {
                decisions.put(c.unitId(), new QuotaDecision(c.unitId(), QuotaStatus.BELOW_FLOOR, rule.ruleId(),
                        c.score().toPlainString() + belowFloor));
            } else {
                eligible.add(c);
            }
        }
        List<String> confirmed = new ArrayList<>();
        List<String> tied = new ArrayList<>();
        List<Flag> flags = new ArrayList<>();
        int slotsForTied = 0;
        boolean exceeded = false;
        boolean closed = false;
        for (List<Candidate> group : TieGroups.of(eligible, rule.tiePolicy(), rule.tiebreakField())) {
            int remaining = quota - confirmed.size();
            if (closed || remaining <= 0) {
                mark(decisions, group, QuotaStatus.OUTSIDE_QUOTA, rule,
                        closed ? "ranked after a tie at the cutoff" : "quota of " + quota + " filled");
            } else if (group.size() <= remaining) {
                confirmed.addAll(TieGroups.ids(group));
                mark(decisions, group, QuotaStatus.IN_QUOTA, rule, "within quota of " + quota);
            } else if (rule.tiePolicy() == TiePolicy.INCLUDE_ALL) {
                confirmed.addAll(TieGroups.ids(group));
                exceeded = true;
                closed = true;
                mark(decisions, group, QuotaStatus.IN_QUOTA, rule, "tied at the cutoff, all included");
            } else if (rule.tiePolicy() == TiePolicy.EXCLUDE_ALL) {
                closed = true;
                mark(decisions, group, QuotaStatus.OUTSIDE_QUOTA, rule, "tied at the cutoff, all excluded");
            } else {
                // REPORT (and ties left after a tie-break field): reported, never broken
                tied = new ArrayList<>(TieGroups.ids(group));
                slotsForTied = remaining;
                closed = true;
                mark(decisions, group, QuotaStatus.TIED_AT_CUTOFF, rule,
                        group.size() + " tied for " + remaining + " place(s): reported for decision");
            }
        }
        int filled = confirmed.size();
        if (rule.minCount() != null && eligible.size() < rule.minCount()) {
            // ZD-30: fewer than the minimum reach the floor; only they are placed
            String floor = rule.scoreFloor() == null ? "" : "_REACH_" + plain(rule.scoreFloor());
            flags.add(Flag.of("FEWER_THAN_MIN_QUALIFY", rule.ruleId(),
                    "FEWER_THAN_" + rule.minCount() + "_UNITS" + (floor.isEmpty() ? "_QUALIFY" : floor)));
        } else if (!tied.isEmpty()) {
            flags.add(Flag.of("TIE_AT_CUTOFF", rule.ruleId(),
                    "TIE_AT_CUTOFF:" + tied.size() + "_for_" + slotsForTied));
        } else if (exceeded) {
            flags.add(Flag.of("QUOTA_EXCEEDED_BY_TIE", rule.ruleId(),
                    "QUOTA_EXCEEDED_BY_TIE:" + filled + "_of_" + quota));
        } else if (filled < quota) {
            // ZD-29: an unfilled quota stays unfilled
            flags.add(Flag.of("QUOTA_NOT_FILLED", rule.ruleId(), "QUOTA_NOT_FILLED:" + filled + "_of_" + quota));
        }
        Map<String, QuotaDecision> ordered = new LinkedHashMap<>(n * 4 / 3 + 1);
        for (RankedUnit u : ranking.units()) {
            ordered.put(u.unitId(), decisions.get(u.unitId()));
        }
        return new QuotaOutcome(rule, quota, confirmed, tied, slotsForTied, excluded, ordered, flags);
    }

    private static void mark(Map<String, QuotaDecision> decisions, List<Candidate> group, QuotaStatus status,
            QuotaRule rule, String reason) {
        for (Candidate c : group) {
            decisions.put(c.unitId(), new QuotaDecision(c.unitId(), status, rule.ruleId(), reason));
        }
    }

    private static String plain(java.math.BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    public QuotaRule rule() {
        return rule;
    }

    /** The number of places (before the floor and exclusions take effect). */
    public int quota() {
        return quota;
    }

    /** Units whose place is confirmed, in ranking order. */
    public List<String> confirmed() {
        return confirmed;
    }

    /** Units tied across the cutoff, reported for a decision (tie policy REPORT). */
    public List<String> tiedAtCutoff() {
        return tiedAtCutoff;
    }

    /** Places left for the tied units. */
    public int slotsForTied() {
        return slotsForTied;
    }

    /** Units skipped because of an exclusion, in ranking order. */
    public List<String> excluded() {
        return excluded;
    }

    /** Every unit's decision, in ranking order. */
    public Map<String, QuotaDecision> decisions() {
        return decisions;
    }

    public QuotaDecision decision(String unitId) {
        QuotaDecision d = decisions.get(unitId);
        if (d == null) {
            throw InvalidInputException.of("ranking.unit.unknown", unitId);
        }
        return d;
    }

    public List<Flag> flags() {
        return flags;
    }
}
