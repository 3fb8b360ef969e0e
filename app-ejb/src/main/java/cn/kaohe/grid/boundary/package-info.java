/**
 * {@link cn.kaohe.grid.boundary.GridService}: the caller's grid columns and rows, and the explanation preview; records
 * the web layer sees ({@link cn.kaohe.grid.boundary.Grid}, {@link cn.kaohe.grid.boundary.GridColumn},
 * {@link cn.kaohe.grid.boundary.Explanation}).
 */
package cn.kaohe.grid.boundary;
