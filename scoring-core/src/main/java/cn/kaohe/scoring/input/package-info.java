/**
 * One unit's data for one assessment: {@link cn.kaohe.scoring.input.UnitData} holds, per indicator path,
 * a {@link cn.kaohe.scoring.input.NodeInput} (a score, a target and an actual, survey votes, or deduction
 * sheets with their items), the adjustment {@link cn.kaohe.scoring.input.Claim}s (commendations,
 * criticisms, demerit cases …), growth figures, vetoes and gating facts.
 *
 * <p>Bad data is rejected with {@link cn.kaohe.scoring.input.InputException}, which names the unit and every
 * offending indicator; it never yields a partial result.
 *
 * <p>Indicator paths: children are joined with {@code /}; a period or rater instance of a
 * {@code PERIODS} node is written {@code id[label]}, e.g. {@code indicator[mid]/items} or
 * {@code leader[year_end]/score}.
 */
package cn.kaohe.scoring.input;
