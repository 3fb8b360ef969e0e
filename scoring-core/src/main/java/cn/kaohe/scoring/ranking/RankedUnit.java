package cn.kaohe.scoring.ranking;

import java.util.List;

/**
 * A unit's place in a {@link Ranking}.
 *
 * @param candidate  the unit as ranked
 * @param rank       competition rank from the top (1, 2, 2, 4): one plus the number of units with a strictly higher
 *                   exact score; tied units share it (ties are reported, never broken)
 * @param rankFromBottom one plus the number of units with a strictly lower score: 1 means last; all units tied at the
 *                   lowest score are last (TB-18 note, §12 #20); {@code rankFromBottom <= 3} means "后三名" (ZD-37)
 * @param tieGroup   ids of all units with this exact score (this one included), in ranking order; shared by the
 *                   members of the group
 */
public record RankedUnit(Candidate candidate, int rank, int rankFromBottom, List<String> tieGroup) {

    public RankedUnit {
        tieGroup = List.copyOf(tieGroup); // no copy when the group is already immutable (shared by its members)
    }

    /** Ids of the other units with the same exact score, in ranking order (empty when not tied). */
    public List<String> tiedWith() {
        if (tieGroup.size() == 1) {
            return List.of();
        }
        return tieGroup.stream().filter(id -> !id.equals(candidate.unitId())).toList();
    }

    public String unitId() {
        return candidate.unitId();
    }

    public boolean isLast() {
        return rankFromBottom == 1;
    }

    public boolean isTied() {
        return tieGroup.size() > 1;
    }
}
