/** Workbook and document endpoints: the grid template and upload, run exports (docs/api.md, "Grid, workbooks and documents"). */
package cn.kaohe.web.api.exchange;
