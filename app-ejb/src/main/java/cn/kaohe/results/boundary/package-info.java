/**
 * Results of scoring runs for reading (issue 5, items 5, 6, 7, 10): the ranking per tier, a unit's result sheet with
 * its full explanation, tier statistics and first-level components, year-over-year trends and the what-if answer
 * "what does this unit need for the next grade". Read-only: every score, rank, statistic and what-if figure is
 * scoring-core's.
 *
 * <p>Visibility: until the publication workflow exists, only roles that may see unpublished results (assessment
 * office, leaders, assessors, auditors) see rankings and other units' sheets; a unit reporter sees only the sheets
 * of their own units. {@code ResultVisibility} is the extension point for "published → everyone".
 */
package cn.kaohe.results.boundary;
