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
 * @param tiedWith   ids of the other units with the same exact score, in ranking order
 */
public record RankedUnit(Candidate candidate, int rank, int rankFromBottom, List<String> tiedWith) {

    public RankedUnit {
        tiedWith = List.copyOf(tiedWith);
    }

    public String unitId() {
        return candidate.unitId();
    }

    public boolean isLast() {
        return rankFromBottom == 1;
    }

    public boolean isTied() {
        return !tiedWith.isEmpty();
    }
}
