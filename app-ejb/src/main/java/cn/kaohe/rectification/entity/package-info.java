/**
 * Rectification entities: {@code RectificationNotice} (整改通知单, {@code @Version}), {@code RectificationEvidence}
 * (the unit's evidence files; bytes on disk through the reporting feature's {@code EvidenceStore}), and
 * {@code CalendarDay} (a public holiday or a 调休 make-up working day).
 */
package cn.kaohe.rectification.entity;
