package cn.kaohe.audit.boundary;

import cn.kaohe.audit.control.AuditChain;
import cn.kaohe.audit.control.AuditLog;
import cn.kaohe.audit.entity.AuditEntry;
import cn.kaohe.audit.entity.AuditHead;
import cn.kaohe.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/** Searches the audit log and verifies its hash chain. For the assessment office and auditors. */
@Stateless
@RolesAllowed({Roles.ASSESSMENT_OFFICE, Roles.AUDITOR})
public class AuditService {

    private static final Logger LOG = Logger.getLogger(AuditService.class.getName());
    private static final int PAGE = 1000;
    private static final int MAX_RESULTS = 500;

    @PersistenceContext(unitName = "kaohe")
    private EntityManager em;

    /**
     * Entries matching every given criterion (nulls match all), newest first, at most {@code limit} (≤ 500).
     * Times are UTC.
     */
    public List<AuditRecord> search(String actor, String entityType, String entityId, LocalDateTime from,
            LocalDateTime to, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT e FROM AuditEntry e WHERE 1 = 1");
        if (actor != null) {
            jpql.append(" AND e.actor = :actor");
        }
        if (entityType != null) {
            jpql.append(" AND e.entityType = :entityType");
        }
        if (entityId != null) {
            jpql.append(" AND e.entityId = :entityId");
        }
        if (from != null) {
            jpql.append(" AND e.occurredAt >= :from");
        }
        if (to != null) {
            jpql.append(" AND e.occurredAt < :to");
        }
        jpql.append(" ORDER BY e.position DESC");
        TypedQuery<AuditEntry> query = em.createQuery(jpql.toString(), AuditEntry.class);
        if (actor != null) {
            query.setParameter("actor", actor);
        }
        if (entityType != null) {
            query.setParameter("entityType", entityType);
        }
        if (entityId != null) {
            query.setParameter("entityId", entityId);
        }
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        int max = limit <= 0 ? 100 : Math.min(limit, MAX_RESULTS);
        return query.setMaxResults(max).getResultList().stream().map(AuditRecord::of).toList();
    }

    /** Recomputes the whole chain from the genesis, page by page, and compares its end with the head. */
    public AuditVerification verify() {
        AuditHead head = em.find(AuditHead.class, AuditHead.ID);
        em.refresh(head);
        long checked = 0;
        long after = 0;
        String previous = AuditChain.GENESIS;
        while (true) {
            List<AuditEntry> page = em.createNamedQuery(AuditEntry.FROM_POSITION, AuditEntry.class)
                    .setParameter("after", after).setMaxResults(PAGE).getResultList();
            if (page.isEmpty()) {
                break;
            }
            List<AuditChain.Link> links = new ArrayList<>(page.size());
            for (AuditEntry e : page) {
                links.add(new AuditChain.Link(e.getPosition(), AuditLog.timestamp(e.getOccurredAt()), e.getActor(),
                        e.getAction(), e.getEntityType(), e.getEntityId(), e.getBeforeJson(), e.getAfterJson(),
                        e.getPrevHash(), e.getHash()));
            }
            Optional<Long> broken = AuditChain.firstBreak(links, after, previous);
            if (broken.isPresent()) {
                long at = broken.get();
                LOG.severe(() -> "audit chain broken at position " + at);
                return new AuditVerification(false, checked + (at - after - 1), at, head.getPosition());
            }
            checked += page.size();
            AuditEntry last = page.get(page.size() - 1);
            after = last.getPosition();
            previous = last.getHash();
            page.forEach(em::detach);
        }
        if (after != head.getPosition() || !previous.equals(head.getHash())) {
            long at = Math.min(after, head.getPosition()) + 1;
            long total = checked;
            LOG.severe(() -> "audit chain ends after " + total + " entries but its head records position "
                    + head.getPosition());
            return new AuditVerification(false, checked, at, head.getPosition());
        }
        return new AuditVerification(true, checked, null, head.getPosition());
    }
}
