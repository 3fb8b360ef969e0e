/**
 * The Jakarta Batch job {@code score-period} (META-INF/batch-jobs/score-period.xml, run by JBeret): a chunk step
 * scoring the run's unscored units (restartable, never scoring a unit twice) and a batchlet ranking the tiers.
 */
package cn.kaohe.scoringrun.batch;
