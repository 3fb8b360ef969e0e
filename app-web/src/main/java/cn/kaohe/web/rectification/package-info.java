/**
 * Rectification pages: {@code LedgerView} backs {@code /rectification/ledger.xhtml} (the 整改台账 with filters, overdue
 * notices highlighted, issuing and verifying for the office and assessors); {@code NoticesView} backs
 * {@code /rectification/notices.xhtml} (a unit reporter's notices and the response form with evidence upload).
 */
package cn.kaohe.web.rectification;
