/**
 * The workflow pages (RULES.md §13 "Workflow"; TB-10, TB-12, TS-09, TS-10): the office's overview of a period
 * ({@code /office/workflow.xhtml}: every unit's state, who moved it last and when, its history, review, reopen with a
 * reason, enrolment of units, publicity, objections and their answers — {@link cn.kaohe.web.workflow.OfficeWorkflowView}),
 * the leader's approval page ({@code /leader/approval.xhtml}, {@link cn.kaohe.web.workflow.LeaderApprovalView}), the
 * objection form (异议) a unit reporter finds on the ranking page during publicity
 * ({@link cn.kaohe.web.workflow.ObjectionFormView}), and the labels every other page uses to show a unit's state
 * ({@link cn.kaohe.web.workflow.WorkflowLabels}). The reporter's "submit" lives on {@code /report/dashboard.xhtml} and
 * the assessor's "return" on {@code /assess/grid.xhtml}; both call {@code cn.kaohe.workflow.boundary.WorkflowService},
 * which checks every transition (role, state, reason, own submission, optimistic lock).
 */
package cn.kaohe.web.workflow;
