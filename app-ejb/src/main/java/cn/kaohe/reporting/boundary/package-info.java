/**
 * Reporting: data entries per unit × indicator × sub-period (created, edited with optimistic locking, imported all or
 * nothing with row-level errors), bonus claims and deduction records, vetoes and evidence files. Every value is
 * checked by scoring-core before it is stored.
 */
package cn.kaohe.reporting.boundary;
