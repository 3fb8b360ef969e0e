/**
 * Writers and readers with no transaction or security of their own: {@link cn.kaohe.exchange.control.GridWorkbook}
 * (template and upload, Apache POI), {@link cn.kaohe.exchange.control.StoredResult} (a run's stored results read back),
 * {@link cn.kaohe.exchange.control.ResultsWorkbook}, {@link cn.kaohe.exchange.control.ResultPdf} and
 * {@link cn.kaohe.exchange.control.PdfFont} (OpenPDF, the embedded font).
 */
package cn.kaohe.exchange.control;
