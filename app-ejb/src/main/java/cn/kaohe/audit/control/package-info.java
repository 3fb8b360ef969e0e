/** Audit control: the hash chain (pure functions) and the appender every boundary calls within its transaction. */
package cn.kaohe.audit.control;
