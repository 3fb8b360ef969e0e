/**
 * What-if analysis (issue 3, item 11): for a unit and a target grade, the smallest change that reaches it.
 *
 * <p>{@link cn.kaohe.scoring.whatif.WhatIf} answers two questions with an exact, explained
 * {@link cn.kaohe.scoring.whatif.WhatIfAnswer}:
 * <ol>
 *   <li>how many points the unit's total lacks for the grade (the band's lower bound minus the unrounded total,
 *       allowing for the scheme's declared rounding), or why no number of points can reach it (veto, grade gate,
 *       grade determined by decision, incomplete data);</li>
 *   <li>for one chosen leaf indicator, the input value that reaches the grade: derived exactly by inverting the
 *       indicator's method (proration {@code a = v·t/p}, lower-is-better {@code a = p·t/v}, deduction
 *       {@code d = p − v}, discretionary score {@code s = v}) and then confirmed at the declared scale by exact
 *       bisection with the engine itself, so the answer is always what the engine will compute; or "unreachable"
 *       with the reason (full marks are not enough, the grade is gated or vetoed).</li>
 * </ol>
 * Nothing here uses binary floating point; every division uses {@code MathContext.DECIMAL128}.
 */
package cn.kaohe.scoring.whatif;
