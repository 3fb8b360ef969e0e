/**
 * Workflow persistence: {@link cn.kaohe.workflow.entity.UnitWorkflow} (state of a unit in a period, {@code @Version}),
 * {@link cn.kaohe.workflow.entity.WorkflowTransition} (history), {@link cn.kaohe.workflow.entity.WorkflowPeriod}
 * (publicity and reminder settings), {@link cn.kaohe.workflow.entity.Objection} (异议) and
 * {@link cn.kaohe.workflow.entity.Notification} (a user's inbox).
 */
package cn.kaohe.workflow.entity;
