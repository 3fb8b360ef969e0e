package cn.kaohe.scoring.outcome;

import java.util.List;

/**
 * The veto areas of a scheme and their effect (VIL-26: 人口和计划生育、社会综合治理、党风廉政建设、安全生产).
 *
 * @param areas     the veto areas a unit may fail
 * @param effect    what failing one does
 * @param failGrade the grade forced by {@link VetoEffect#FORCE_FAIL}
 * @param ruleId    RULES.md id
 */
public record VetoRule(List<String> areas, VetoEffect effect, String failGrade, String ruleId) {

    public VetoRule {
        areas = areas == null ? List.of() : List.copyOf(areas);
        effect = effect == null ? VetoEffect.FORCE_FAIL : effect;
    }

    public static final VetoRule NONE = new VetoRule(List.of(), VetoEffect.BLOCK_HONOURS, null, null);
}
