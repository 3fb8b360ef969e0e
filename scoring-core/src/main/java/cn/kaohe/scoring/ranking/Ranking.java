package cn.kaohe.scoring.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ranking of one tier or category on <em>exact</em> scores (89.96 is below 90; no rounding unless the scheme
 * rounded the score before).
 *
 * <p>Order: score descending; units with the same exact score keep their input order in {@link #units()} but share
 * their rank. Excluded units (disqualified, vetoed) are ranked like the others: exclusions take effect only in quota
 * and award allocation (TB-20: "score and rank are not changed"; ZD-31: "skipped in the 先进 ranking").
 *
 * <p>Immutable and thread-safe.
 */
public final class Ranking {

    private final List<RankedUnit> units;
    private final Map<String, RankedUnit> byId;

    private Ranking(List<RankedUnit> units) {
        this.units = List.copyOf(units);
        // a look-up index only (the order is in units): a plain hash map, sized for every unit at once
        Map<String, RankedUnit> index = new HashMap<>(units.size() * 4 / 3 + 1);
        for (RankedUnit u : units) {
            if (index.put(u.unitId(), u) != null) {
                throw InvalidInputException.of("ranking.unit.duplicate", u.unitId());
            }
        }
        this.byId = java.util.Collections.unmodifiableMap(index);
    }

    /**
     * Ranks the candidates of one tier.
     *
     * @throws InvalidInputException if a unit id occurs twice ({@code ranking.unit.duplicate})
     */
    public static Ranking of(List<Candidate> candidates) {
        // a unit named twice is refused when the index is built (constructor): one hash structure, not two
        List<Candidate> sorted = new ArrayList<>(candidates);
        // List.sort is stable: tied units keep their input order
        sorted.sort(Comparator.comparing(Candidate::score).reversed());
        int n = sorted.size();
        List<RankedUnit> ranked = new ArrayList<>(n);
        int i = 0;
        while (i < n) {
            int j = i;
            BigDecimal score = sorted.get(i).score();
            while (j < n && sorted.get(j).score().compareTo(score) == 0) {
                j++;
            }
            List<String> group;
            if (j - i == 1) {
                group = List.of(sorted.get(i).unitId()); // the usual case: no tie
            } else {
                String[] ids = new String[j - i];
                for (int k = i; k < j; k++) {
                    ids[k - i] = sorted.get(k).unitId();
                }
                group = List.of(ids);
            }
            int rank = i + 1;
            int fromBottom = n - j + 1;
            for (int k = i; k < j; k++) {
                ranked.add(new RankedUnit(sorted.get(k), rank, fromBottom, group));
            }
            i = j;
        }
        return new Ranking(ranked);
    }

    /** Units in ranking order. */
    public List<RankedUnit> units() {
        return units;
    }

    /** Unit ids in ranking order. */
    public List<String> order() {
        return units.stream().map(RankedUnit::unitId).toList();
    }

    public Optional<RankedUnit> unit(String unitId) {
        return Optional.ofNullable(byId.get(unitId));
    }

    /** The unit, or an {@link InvalidInputException} if it was not ranked. */
    public RankedUnit require(String unitId) {
        RankedUnit u = byId.get(unitId);
        if (u == null) {
            throw InvalidInputException.of("ranking.unit.unknown", unitId);
        }
        return u;
    }

    /** Every unit tied at the lowest score (TB-18: all tied units are "last"); empty for an empty tier. */
    public List<RankedUnit> last() {
        return units.stream().filter(RankedUnit::isLast).toList();
    }

    public int size() {
        return units.size();
    }

    /** Groups of units with equal exact scores, in ranking order. */
    public List<List<RankedUnit>> tieGroups() {
        List<List<RankedUnit>> groups = new ArrayList<>();
        List<RankedUnit> current = new ArrayList<>();
        for (RankedUnit u : units) {
            if (!current.isEmpty() && current.get(0).rank() != u.rank()) {
                groups.add(List.copyOf(current));
                current.clear();
            }
            current.add(u);
        }
        if (!current.isEmpty()) {
            groups.add(List.copyOf(current));
        }
        return groups;
    }

    @Override
    public String toString() {
        return order().toString();
    }
}
