/**
 * Results of scoring runs for reading (issue 5, items 5, 6, 7, 10): the ranking per tier, a unit's result sheet with
 * its full explanation, tier statistics and first-level components, year-over-year trends and the what-if answer
 * "what does this unit need for the next grade". Read-only: every score, rank, statistic and what-if figure is
 * scoring-core's.
 *
 * <p>Visibility follows the workflow ({@code ResultVisibility}): the assessment office, leaders, assessors and
 * auditors see everything; a unit reporter sees their own units' sheets once approved (审定), other units' sheets once
 * those are in publicity (公示) or published, and a run's ranking, statistics and trend once every unit of the run is.
 */
package cn.kaohe.results.boundary;
