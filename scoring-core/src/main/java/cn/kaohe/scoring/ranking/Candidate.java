package cn.kaohe.scoring.ranking;

import cn.kaohe.scoring.rounding.Decimals;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One unit of a tier as the ranking sees it: its exact final score, the exclusions that keep it out of quota places
 * and awards (it is still ranked), and optional tie-break values for {@link TiePolicy#TIEBREAK_FIELD}.
 *
 * <p>Immutable; equality ignores the scale of the score ({@code 95.0} equals {@code 95}).
 */
public final class Candidate {

    private final String unitId;
    private final BigDecimal score;
    private final List<Exclusion> exclusions;
    private final Map<String, BigDecimal> tiebreakValues;

    private Candidate(String unitId, BigDecimal score, List<Exclusion> exclusions,
            Map<String, BigDecimal> tiebreakValues) {
        if (unitId == null || unitId.isBlank()) {
            throw InvalidInputException.of("ranking.unit.id.missing", String.valueOf(unitId));
        }
        if (score == null) {
            throw InvalidInputException.of("ranking.unit.score.missing", unitId);
        }
        this.unitId = unitId;
        this.score = score;
        this.exclusions = List.copyOf(exclusions);
        this.tiebreakValues = Map.copyOf(tiebreakValues);
    }

    /** A unit with a score and no exclusion. */
    public static Candidate of(String unitId, BigDecimal score) {
        return new Candidate(unitId, score, List.of(), Map.of());
    }

    /** A unit with a score and its exclusions (disqualifiers, vetoes). */
    public static Candidate of(String unitId, BigDecimal score, List<Exclusion> exclusions) {
        return new Candidate(unitId, score, exclusions, Map.of());
    }

    /** This candidate with one more exclusion. */
    public Candidate excludedBecause(Exclusion exclusion) {
        Objects.requireNonNull(exclusion, "exclusion");
        List<Exclusion> more = new java.util.ArrayList<>(exclusions);
        more.add(exclusion);
        return new Candidate(unitId, score, more, tiebreakValues);
    }

    /** This candidate with a value for a tie-break field (higher wins). */
    public Candidate withTiebreak(String field, BigDecimal value) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Map<String, BigDecimal> more = new java.util.HashMap<>(tiebreakValues);
        more.put(field, value);
        return new Candidate(unitId, score, exclusions, more);
    }

    public String unitId() {
        return unitId;
    }

    public BigDecimal score() {
        return score;
    }

    public List<Exclusion> exclusions() {
        return exclusions;
    }

    public boolean isExcluded() {
        return !exclusions.isEmpty();
    }

    public Map<String, BigDecimal> tiebreakValues() {
        return tiebreakValues;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Candidate other)) {
            return false;
        }
        if (!unitId.equals(other.unitId) || !Decimals.same(score, other.score)
                || !exclusions.equals(other.exclusions)
                || !tiebreakValues.keySet().equals(other.tiebreakValues.keySet())) {
            return false;
        }
        for (Map.Entry<String, BigDecimal> e : tiebreakValues.entrySet()) {
            if (!Decimals.same(e.getValue(), other.tiebreakValues.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(unitId, Decimals.hash(score), exclusions);
    }

    @Override
    public String toString() {
        return unitId + "=" + score.toPlainString() + (exclusions.isEmpty() ? "" : " excluded " + exclusions);
    }
}
