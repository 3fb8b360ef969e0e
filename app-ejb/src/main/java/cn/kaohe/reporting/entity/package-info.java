/** Reported data: entries per unit × indicator × sub-period, bonus/deduction records, vetoes and evidence files. */
package cn.kaohe.reporting.entity;
