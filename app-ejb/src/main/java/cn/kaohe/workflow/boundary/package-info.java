/**
 * Workflow boundary: {@link cn.kaohe.workflow.boundary.WorkflowService} — state and history of a unit in a period,
 * transitions (submit, return, score, review, approve, reopen), publicity per period, objections (异议) and the
 * caller's notifications. Records in, records out; every refusal is a message key with arguments.
 */
package cn.kaohe.workflow.boundary;
