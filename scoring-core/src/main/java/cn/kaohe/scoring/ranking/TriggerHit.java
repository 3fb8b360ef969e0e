package cn.kaohe.scoring.ranking;

import java.util.List;

/**
 * A {@link RankTrigger} that fired for a unit.
 *
 * @param unitId       the unit
 * @param ruleId       the trigger's rule, e.g. {@code TB-18}
 * @param outcome      the trigger's stable outcome code
 * @param consequences the consequences as the scheme words them
 * @param reason       why it fired, with the figures
 */
public record TriggerHit(String unitId, String ruleId, String outcome, List<String> consequences, String reason) {

    public TriggerHit {
        consequences = List.copyOf(consequences);
    }
}
