/**
 * Audit: an append-only log of every change (who, when, what entity and id, action, before/after JSON).
 *
 * <ol>
 *   <li>Each entry stores SHA-256(previous hash + its content); any changed, removed or reordered row is found by
 *       {@link cn.kaohe.audit.boundary.AuditService#verify()}.</li>
 *   <li>Appends happen in the caller's transaction: a rolled-back change leaves no audit entry, a committed one
 *       always has one.</li>
 *   <li>Searchable by the assessment office and auditors; kept at least 6 months (the application never deletes
 *       entries; see docs/deploy.md for retention).</li>
 * </ol>
 */
package cn.kaohe.audit;
