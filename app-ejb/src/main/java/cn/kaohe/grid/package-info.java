/**
 * The scoring grid of an assessor or lead department (数据采集单位, XJ-13, ZD-43; RULES §13): units × the indicators
 * assigned to the caller's lead department, and a preview of scoring-core's explanation of a unit from the values
 * entered so far. Values are written through {@code ReportingService}, which enforces the assignments.
 */
package cn.kaohe.grid;
