/**
 * The assessor's scoring grid ({@code /assess/grid.xhtml}, {@link cn.kaohe.web.grid.GridView}): units × assigned
 * indicators with inline cell entry, per-cell messages, optimistic-lock conflicts, the explanation panel of the
 * selected unit, and Excel download/upload; {@link cn.kaohe.web.grid.BundleWording} words workbooks and PDFs.
 */
package cn.kaohe.web.grid;
