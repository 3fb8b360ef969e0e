package cn.kaohe.workflow.boundary;

/** Starts publicity; {@code days} (working days) overrides the period's setting for this publicity only. */
public record PublicityRequest(Integer days) {
}
