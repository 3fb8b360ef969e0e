/**
 * Workflow rules and jobs: {@link cn.kaohe.workflow.control.Transitions} (the transition table, pure),
 * {@link cn.kaohe.workflow.control.WorkingDays} (publicity end), {@link cn.kaohe.workflow.control.WorkflowStates}
 * (state look-ups for reporting and results), {@link cn.kaohe.workflow.control.WorkflowTimer} (deadline reminders,
 * closing publicity).
 */
package cn.kaohe.workflow.control;
