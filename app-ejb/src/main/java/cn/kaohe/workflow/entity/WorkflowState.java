package cn.kaohe.workflow.entity;

/** The states of a unit's assessment in a period (RULES.md §13 "Workflow"). */
public enum WorkflowState {
    /** 填报中: the unit reports its data and self-assessment. */
    DRAFT,
    /** 已提交自评: waiting for the assessors. */
    SUBMITTED,
    /** 已退回: sent back with a reason; the unit corrects and resubmits. */
    RETURNED,
    /** 已评分: the assessors have scored (TB-12 team scoring). */
    SCORED,
    /** 已审核: the office has reviewed and aggregated (TS-09). */
    REVIEWED,
    /** 已审定: a leader has approved (TB-10 sign-off). */
    APPROVED,
    /** 公示中: results shown publicly; objections may be filed (TS-10). */
    PUBLICITY,
    /** 已公布: published. */
    PUBLISHED;

    /** Whether everyone, a unit reporter of any unit included, may see the unit's results (公示 shows them). */
    public boolean publiclyVisible() {
        return this == PUBLICITY || this == PUBLISHED;
    }

    /** Whether the unit's own reporters may see its result: approved (审定) and after. */
    public boolean releasedToUnit() {
        return this == APPROVED || publiclyVisible();
    }

    /** Whether the unit itself may still change its entries. */
    public boolean editableByUnit() {
        return this == DRAFT || this == RETURNED;
    }
}
