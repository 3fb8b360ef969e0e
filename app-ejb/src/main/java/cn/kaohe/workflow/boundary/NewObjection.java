package cn.kaohe.workflow.boundary;

/** An objection (异议) to a unit's result during publicity: what is wrong, at most 2000 characters. */
public record NewObjection(String text) {
}
