/**
 * Scoring runs: score a period (Jakarta Batch job, progress, restartable, idempotent) or one unit (at once) through
 * scoring-core; results with explanation, scheme version and input hash; ranking per tier; verification that a run
 * reproduces exactly.
 */
package cn.kaohe.scoringrun.boundary;
