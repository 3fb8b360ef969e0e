/**
 * Workflow: the assessment of one unit in one period moves through explicit states (RULES.md §13 "Workflow",
 * TB-10, TB-12, TS-09, TS-10).
 *
 * <ol>
 *   <li>draft → the unit submits its self-assessment (自评) → assessors score it, or return it with a reason and the
 *       unit resubmits → the office reviews → a leader approves → publicity (公示) for the period's configured number
 *       of working days → published.</li>
 *   <li>During publicity anyone signed in may file an objection (异议); the office answers each with a reason. An
 *       upheld objection sends the unit back to review (TS-10: "an objection raised during 公示 reopens review").</li>
 *   <li>Publicity closes when its end has passed and every objection of the unit is answered (timer).</li>
 *   <li>The office may reopen any submitted unit, with a reason; the unit goes back to {@code RETURNED}.</li>
 *   <li>Every transition is checked against the transition table (role, state, reason), kept in the unit's
 *       history and in the audit log; concurrent transitions fail with 409 (optimistic locking).</li>
 *   <li>A unit reporter acts only for its own units; nobody scores, reviews or approves what they submitted or
 *       entered themselves; other units' results are visible to reporters only from publicity on.</li>
 *   <li>Entries of a unit are editable by the unit in draft/returned only; assessors and the office may still enter
 *       scores while it is submitted; from review on, nothing changes without a reopen.</li>
 * </ol>
 */
package cn.kaohe.workflow;
