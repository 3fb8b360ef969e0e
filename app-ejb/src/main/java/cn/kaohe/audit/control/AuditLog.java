package cn.kaohe.audit.control;

import cn.kaohe.audit.entity.AuditEntry;
import cn.kaohe.audit.entity.AuditHead;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Appends to the audit chain within the caller's transaction ({@code MANDATORY}): the entry commits or rolls back
 * with the change it records. Not a boundary: only other beans call it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditLog {

    @Resource
    private SessionContext context;

    @PersistenceContext(unitName = "kaohe")
    private EntityManager em;

    /** Records a change made by the current caller. */
    public void record(String action, String entityType, String entityId, String beforeJson, String afterJson) {
        record(context.getCallerPrincipal().getName(), action, entityType, entityId, beforeJson, afterJson);
    }

    /** Records a change on behalf of {@code actor} (sign-in events, start-up work). */
    public void record(String actor, String action, String entityType, String entityId, String beforeJson,
            String afterJson) {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
        long position = head.getPosition() + 1;
        // milliseconds: what H2 and PostgreSQL both store exactly, so the verified content is what was hashed
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        String actorName = truncate(actor, 64);
        String before = truncate(beforeJson, AuditEntry.JSON_MAX);
        String after = truncate(afterJson, AuditEntry.JSON_MAX);
        String hash = AuditChain.hash(head.getHash(), AuditChain.content(position, timestamp(now), actorName, action,
                entityType, entityId, before, after));
        em.persist(new AuditEntry(position, now, actorName, action, entityType, entityId, before, after,
                head.getHash(), hash));
        head.advance(position, hash);
    }

    /** The timestamp as hashed: ISO-8601 with milliseconds always shown. */
    public static String timestamp(LocalDateTime at) {
        return at.truncatedTo(ChronoUnit.MILLIS).format(java.time.format.DateTimeFormatter
                .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS"));
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
