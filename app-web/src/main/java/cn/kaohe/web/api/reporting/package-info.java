/** REST: one entry (read, edit with optimistic locking) and evidence files; period-level reporting is in {@code periods}. */
package cn.kaohe.web.api.reporting;
