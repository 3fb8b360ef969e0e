package cn.kaohe.workflow.boundary;

/**
 * A requested transition.
 *
 * @param action  {@code SUBMIT}, {@code RETURN}, {@code SCORE}, {@code REVIEW}, {@code APPROVE} or {@code REOPEN}
 * @param version the version of the unit's state the caller read (required)
 * @param reason  required for {@code RETURN} and {@code REOPEN}, at most 2000 characters
 */
public record TransitionRequest(String action, Long version, String reason) {
}
