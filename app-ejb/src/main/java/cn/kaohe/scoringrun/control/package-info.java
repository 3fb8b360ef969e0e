/**
 * Scoring runs without arithmetic of their own: input snapshots and hashes ({@code RunHash}), scoring-core scoring
 * ({@code UnitScorer}) and ranking ({@code TierRanking}), the explanation as JSON, and the transactional steps
 * ({@code RunRecorder}) shared by the service and the batch job.
 */
package cn.kaohe.scoringrun.control;
