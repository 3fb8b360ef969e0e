package cn.kaohe.reporting.boundary;

import cn.kaohe.scoring.explain.UnitResult;
import cn.kaohe.scoring.input.InputProblem;
import java.util.List;

/**
 * A unit's score as scoring-core computes it now from its current entries, claims and vetoes (自评预览): the same
 * input a scoring run would snapshot, scored by the period's scheme version, nothing stored.
 *
 * @param periodCode      the period
 * @param unitCode        the unit
 * @param category        its category
 * @param status          {@code COMPLETE}; {@code INCOMPLETE} when data is missing (scoring-core's INCOMPLETE result, or
 *                        only required inputs missing: {@code input.missing}), never a zero; {@code INVALID} when
 *                        scoring-core refuses the data for another reason
 * @param inputSha256     SHA-256 of the canonical input (the snapshot a run would store)
 * @param result          scoring-core's explained result, or null when it refused the data
 * @param problems        why scoring-core refused the data (the missing inputs, when INCOMPLETE without a result)
 * @param explanationJson the result as JSON (decimals as exact strings), or the problems
 */
public record SelfAssessment(String periodCode, String unitCode, String category, String status, String inputSha256,
        UnitResult result, List<InputProblem> problems, String explanationJson) {
}
