/**
 * The unit reporter's pages under {@code /report/}: the dashboard of periods, deadlines and what is due
 * ({@code ReportDashboardView}), and one unit's period — data entry per indicator with evidence, bonus claims and the
 * live self-assessment preview explained by scoring-core ({@code ReportUnitView}). Data-level refusals (another
 * unit's URL) answer 403 with a message.
 */
package cn.kaohe.web.reporting;
