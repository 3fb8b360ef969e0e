/**
 * The rectification service: issue a notice (office, assessors), respond with text and evidence (only a reporter of
 * the unit), verify (accept → closed 销号, reject → back to the unit), the ledger (整改台账) per unit and for the
 * office, and the working-day calendar (read by all, edited by the office). Every change is audited; a stale
 * {@code version} is a 409 conflict.
 */
package cn.kaohe.rectification.boundary;
