/**
 * Controls of the results feature: {@code RankingCache} (the ranking rows of completed runs, read once from the
 * database: completed runs never change) and {@code ResultVisibility} (who may see which results and result notices,
 * by role and by the units' workflow states: approval, publicity, publication).
 */
package cn.kaohe.results.control;
