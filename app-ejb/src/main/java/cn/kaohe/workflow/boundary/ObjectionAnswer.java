package cn.kaohe.workflow.boundary;

/**
 * The office's answer to an objection.
 *
 * @param answer the reasoned answer (required, at most 2000 characters)
 * @param upheld true: the objection stands and the unit goes back to review; false: dismissed
 */
public record ObjectionAnswer(String answer, Boolean upheld) {
}
