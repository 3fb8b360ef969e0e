package cn.kaohe.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One audited change: who, when (UTC), what entity and id, which action, the state before and after (JSON), and
 * its place in the hash chain. Append-only: no setters, never updated or deleted by the application.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.FROM_POSITION,
        query = "SELECT e FROM AuditEntry e WHERE e.position > :after ORDER BY e.position")
public class AuditEntry {

    public static final String FROM_POSITION = "AuditEntry.fromPosition";
    public static final int JSON_MAX = 8000;

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(name = "position", nullable = false, unique = true, updatable = false)
    private long position;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(name = "actor", nullable = false, length = 64, updatable = false)
    private String actor;

    @Column(name = "action", nullable = false, length = 32, updatable = false)
    private String action;

    @Column(name = "entity_type", nullable = false, length = 64, updatable = false)
    private String entityType;

    @Column(name = "entity_id", nullable = false, length = 64, updatable = false)
    private String entityId;

    @Column(name = "before_json", length = JSON_MAX, updatable = false)
    private String beforeJson;

    @Column(name = "after_json", length = JSON_MAX, updatable = false)
    private String afterJson;

    @Column(name = "prev_hash", nullable = false, length = 64, updatable = false)
    private String prevHash;

    @Column(name = "hash", nullable = false, length = 64, updatable = false)
    private String hash;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(long position, LocalDateTime occurredAt, String actor, String action, String entityType,
            String entityId, String beforeJson, String afterJson, String prevHash, String hash) {
        this.position = position;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.beforeJson = beforeJson;
        this.afterJson = afterJson;
        this.prevHash = prevHash;
        this.hash = hash;
    }

    public Long getId() {
        return id;
    }

    public long getPosition() {
        return position;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getBeforeJson() {
        return beforeJson;
    }

    public String getAfterJson() {
        return afterJson;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getHash() {
        return hash;
    }
}
