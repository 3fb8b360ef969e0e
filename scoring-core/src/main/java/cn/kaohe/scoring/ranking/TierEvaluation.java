package cn.kaohe.scoring.ranking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluated population of one tier: its {@link Ranking}, the quota and award outcomes, the fired triggers, a
 * {@link UnitStanding} per unit and all flags. Immutable.
 */
public final class TierEvaluation {

    private final TierRules rules;
    private final Ranking ranking;
    private final QuotaOutcome quota;
    private final AwardOutcome awards;
    private final Map<String, UnitStanding> standings;
    private final List<Flag> flags;

    private TierEvaluation(TierRules rules, Ranking ranking, QuotaOutcome quota, AwardOutcome awards,
            Map<String, UnitStanding> standings, List<Flag> flags) {
        this.rules = rules;
        this.ranking = ranking;
        this.quota = quota;
        this.awards = awards;
        this.standings = java.util.Collections.unmodifiableMap(standings);
        this.flags = List.copyOf(flags);
    }

    static TierEvaluation of(TierRules rules, List<Candidate> candidates, Integer decidedCount) {
        Ranking ranking = Ranking.of(candidates);
        QuotaOutcome quota = null;
        if (rules.quota() != null) {
            quota = QuotaOutcome.allocate(rules.quota(), ranking, decidedCount);
        } else if (decidedCount != null) {
            throw InvalidInputException.of("quota.decidedCount.notApplicable", "tier " + rules.tierId(),
                    decidedCount);
        }
        AwardOutcome awards = rules.awards() == null ? null : rules.awards().allocate(ranking);
        Map<String, List<TriggerHit>> hits = new LinkedHashMap<>();
        for (RankTrigger trigger : rules.triggers()) {
            for (TriggerHit hit : trigger.evaluate(ranking)) {
                hits.computeIfAbsent(hit.unitId(), k -> new ArrayList<>()).add(hit);
            }
        }
        Map<String, UnitStanding> standings = new LinkedHashMap<>(ranking.size() * 4 / 3 + 1);
        for (RankedUnit u : ranking.units()) {
            standings.put(u.unitId(), new UnitStanding(u,
                    quota == null ? null : quota.decision(u.unitId()),
                    awards == null ? null : awards.decision(u.unitId()),
                    hits.getOrDefault(u.unitId(), List.of())));
        }
        List<Flag> flags = new ArrayList<>();
        if (quota != null) {
            flags.addAll(quota.flags());
        }
        if (awards != null) {
            flags.addAll(awards.flags());
        }
        return new TierEvaluation(rules, ranking, quota, awards, standings, flags);
    }

    public TierRules rules() {
        return rules;
    }

    public Ranking ranking() {
        return ranking;
    }

    /** The quota outcome; an {@link InvalidConfigurationException} when the tier has no quota. */
    public QuotaOutcome quota() {
        if (quota == null) {
            throw InvalidConfigurationException.of("tier.quota.none", "tier " + rules.tierId());
        }
        return quota;
    }

    /** The award outcome; an {@link InvalidConfigurationException} when the tier has no award ladder. */
    public AwardOutcome awards() {
        if (awards == null) {
            throw InvalidConfigurationException.of("tier.awards.none", "tier " + rules.tierId());
        }
        return awards;
    }

    /** Every unit's standing, in ranking order. */
    public Map<String, UnitStanding> standings() {
        return standings;
    }

    public UnitStanding standing(String unitId) {
        UnitStanding s = standings.get(unitId);
        if (s == null) {
            throw InvalidInputException.of("ranking.unit.unknown", unitId);
        }
        return s;
    }

    public List<Flag> flags() {
        return flags;
    }
}
