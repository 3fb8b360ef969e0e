/**
 * {@link cn.kaohe.exchange.boundary.ExchangeService}: template download, workbook upload (every row and column checked,
 * nothing saved on any error, all saved in one audited transaction otherwise), results workbook and PDFs of a scoring
 * run. {@link cn.kaohe.exchange.boundary.Wording} lets the web layer supply texts in the caller's language.
 */
package cn.kaohe.exchange.boundary;
