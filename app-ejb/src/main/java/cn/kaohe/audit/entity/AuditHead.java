package cn.kaohe.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The end of the audit chain (one row, id 1): the last position and hash. Every append locks it
 * ({@code PESSIMISTIC_WRITE}), so entries get consecutive positions and the chain never forks; verification also
 * compares it with the last entry, so deleting the newest entries is detected too.
 */
@Entity
@Table(name = "audit_head")
public class AuditHead {

    public static final long ID = 1L;

    @Id
    private Long id;

    @Column(name = "position", nullable = false)
    private long position;

    @Column(name = "hash", nullable = false, length = 64)
    private String hash;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AuditHead() {
        // for JPA
    }

    public long getPosition() {
        return position;
    }

    public String getHash() {
        return hash;
    }

    public void advance(long newPosition, String newHash) {
        this.position = newPosition;
        this.hash = newHash;
    }
}
