/**
 * Results pages (issue 5, items 5, 6, 7, 10): {@code /results/runs.xhtml} (start a period's run, progress, recent
 * runs), {@code /results/ranking.xhtml} (ranking per tier with statistics), {@code /results/sheet.xhtml} (a unit's
 * result sheet with its full explanation), {@code /results/whatif.xhtml} (what a unit needs for a grade) and
 * {@code /leader/dashboard.xhtml} (charts for leaders). Texts come from the {@code results} bundle ({@code res}) and,
 * for scoring-core's flags, from the scoring bundles through {@code ScoringMessages}.
 */
package cn.kaohe.web.results;
