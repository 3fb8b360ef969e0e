/**
 * Exchange with offices' own tools (RULES §13): the Excel bulk-entry template and its all-or-nothing upload, the
 * results workbook offices publish (rankings per tier, components, bonuses and deductions), and PDF result notices and
 * summary reports with an embedded Chinese font (Noto Sans SC, SIL OFL-1.1, fetched at build time and subset on use).
 */
package cn.kaohe.exchange;
