package cn.kaohe.workflow.entity;

/** What moves a unit from one {@link WorkflowState} to another; the transition table says who may do it from where. */
public enum WorkflowAction {
    /** The unit submits its self-assessment (自评). */
    SUBMIT,
    /** An assessor or the office sends the submission back, with a reason. */
    RETURN,
    /** The assessors have scored the unit. */
    SCORE,
    /** The office has reviewed the scores. */
    REVIEW,
    /** A leader approves. */
    APPROVE,
    /** The office starts publicity for the period (every approved unit). */
    START_PUBLICITY,
    /** The office upholds an objection: the unit goes back to review. */
    UPHOLD_OBJECTION,
    /** The timer publishes a unit whose publicity has ended with every objection answered. */
    PUBLISH,
    /** The office reopens a unit, with a reason. */
    REOPEN
}
