package cn.kaohe.scoring.ranking;

import java.util.List;
import java.util.Optional;

/**
 * One unit's award from an {@link AwardLadder}.
 *
 * @param unitId    the unit
 * @param award     the award received, or null
 * @param excluded  true when an exclusion (veto, disqualifier) kept the unit out of every award (TB-20)
 * @param contested the awards a tie leaves undecided for this unit (empty unless tied across an award boundary
 *                  under {@link TiePolicy#REPORT}); a null entry is written as "none"
 * @param reason    short English explanation
 */
public record AwardDecision(String unitId, AwardTier award, boolean excluded, List<String> contested,
        String reason) {

    public AwardDecision {
        contested = List.copyOf(contested);
    }

    public Optional<AwardTier> awardIfAny() {
        return Optional.ofNullable(award);
    }
}
