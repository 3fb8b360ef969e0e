/**
 * Rectification (整改): notices issued to a unit for problems found, with a deadline in working days, the unit's
 * response with evidence, verification by the office, closure (销号) or rejection back to the unit, and the
 * rectification ledger (整改台账).
 * <ol>
 * <li>HOS-18: the deadline is the issue date plus N working days (default 10); counting starts the next working day,
 * weekends and configured holidays are skipped, 调休 make-up days count; a notice closed on its deadline is on
 * time.</li>
 * <li>SDO-01: a notice is closed (销号) only after the office verifies the rectification.</li>
 * <li>SDO-02: a response that does not rectify the problem goes back to the unit with a reason (重新整改).</li>
 * <li>SDO-04: every notice records its responsible leader (负责领导), undertaking unit and deadline.</li>
 * <li>VIL-24: a notice linked to a deduction record that is overdue and not closed makes the deduction count as
 * not rectified (doubled by scoring-core); a closed one as rectified.</li>
 * <li>XJ-18: a ledger per unit and for the office, with counts.</li>
 * </ol>
 */
package cn.kaohe.rectification;
