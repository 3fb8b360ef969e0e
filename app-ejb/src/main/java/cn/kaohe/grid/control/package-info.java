/**
 * {@link cn.kaohe.grid.control.GridColumns}: the entry paths (with split labels) under the assigned indicators of a
 * scheme category; {@link cn.kaohe.grid.control.UnitNames}: unit names by code.
 */
package cn.kaohe.grid.control;
