/**
 * REST: rectification notices (整改通知单) — issue, respond with evidence, verify (close 销号 / reject), the ledger
 * (整改台账) with filters and counts — and the working-day calendar ({@code /api/rectification/...}, docs/api.md).
 */
package cn.kaohe.web.api.rectification;
