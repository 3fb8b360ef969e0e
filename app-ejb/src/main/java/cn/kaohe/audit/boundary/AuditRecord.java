package cn.kaohe.audit.boundary;

import cn.kaohe.audit.control.AuditLog;
import cn.kaohe.audit.entity.AuditEntry;

/** One audit entry as the web layer sees it; {@code occurredAt} is UTC, ISO-8601. */
public record AuditRecord(long position, String occurredAt, String actor, String action, String entityType,
        String entityId, String before, String after, String hash) {

    static AuditRecord of(AuditEntry e) {
        return new AuditRecord(e.getPosition(), AuditLog.timestamp(e.getOccurredAt()), e.getActor(), e.getAction(),
                e.getEntityType(), e.getEntityId(), e.getBeforeJson(), e.getAfterJson(), e.getHash());
    }
}
