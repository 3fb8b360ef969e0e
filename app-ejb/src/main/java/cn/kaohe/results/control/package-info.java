/**
 * Controls of the results feature: {@code RankingCache} (the ranking rows of completed runs, read once from the
 * database: completed runs never change) and {@code ResultVisibility} (who may see which results; the extension
 * point for publication).
 */
package cn.kaohe.results.control;
