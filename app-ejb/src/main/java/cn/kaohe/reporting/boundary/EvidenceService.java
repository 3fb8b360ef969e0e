package cn.kaohe.reporting.boundary;

import cn.kaohe.period.entity.AssessmentPeriod;
import cn.kaohe.platform.validation.ConflictException;
import cn.kaohe.platform.validation.RequestRejectedException;
import cn.kaohe.platform.validation.Violation;
import cn.kaohe.reporting.control.EvidenceStore;
import cn.kaohe.reporting.entity.AdjustmentRecord;
import cn.kaohe.reporting.entity.DataEntry;
import cn.kaohe.reporting.entity.EvidenceFile;
import cn.kaohe.reporting.entity.VetoRecord;
import cn.kaohe.workflow.control.WorkflowStates;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import cn.kaohe.audit.control.AuditJson;
import cn.kaohe.audit.control.AuditLog;
import cn.kaohe.people.control.Caller;
import cn.kaohe.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Evidence files (佐证材料) for entries, adjustment records and vetoes: size limit, type allow-list, sniffed content
 * type, SHA-256. A refused file leaves neither a record nor bytes behind.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.ASSESSMENT_OFFICE, Roles.ASSESSOR, Roles.UNIT_REPORTER, Roles.LEADER,
        Roles.AUDITOR})
public class EvidenceService {

    @PersistenceContext(unitName = "kaohe")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private AuditLog audit;

    @EJB
    private Caller callers;

    @EJB
    private WorkflowStates workflow;

    /** Stores a file as evidence of {@code ownerKind} ({@code entry}, {@code adjustment}, {@code veto}) {@code ownerId}. */
    @RolesAllowed({Roles.ASSESSMENT_OFFICE, Roles.ASSESSOR, Roles.UNIT_REPORTER})
    public EvidenceView attach(String ownerKind, long ownerId, String fileName, InputStream content) {
        EvidenceFile.OwnerKind kind = kind(ownerKind);
        Owner owner = owner(kind, ownerId).orElseThrow(() -> new RequestRejectedException(List.of(
                Violation.of("owner", "evidence.owner.unknown", ownerKind, String.valueOf(ownerId)))));
        callers.requireUnit(owner.unitCode());
        requireWritable(owner.period(), owner.unitCode());
        String name = fileName == null ? null : Path.of(fileName.replace('\\', '/')).getFileName().toString();
        if (name == null || name.isBlank() || name.length() > 255) {
            throw new RequestRejectedException(List.of(Violation.of("fileName", "field.required")));
        }
        EvidenceStore.Stored stored = EvidenceStore.store(name, content,
                owner.period().getCode() + "/" + owner.unitCode());
        try {
            EvidenceFile file = new EvidenceFile(owner.period(), owner.unitCode(), kind, ownerId, name,
                    stored.contentType(), stored.size(), stored.sha256(), stored.relativePath(),
                    context.getCallerPrincipal().getName(), LocalDateTime.now(ZoneOffset.UTC));
            em.persist(file);
            em.flush();
            audit.record("CREATE", "EvidenceFile", String.valueOf(file.getId()), null, AuditJson.object()
                    .with("owner", kind.name() + "/" + ownerId).with("unit", owner.unitCode()).with("fileName", name)
                    .with("contentType", stored.contentType()).with("size", stored.size())
                    .with("sha256", stored.sha256()).build());
            return EvidenceView.of(file);
        } catch (RuntimeException failure) {
            EvidenceStore.delete(stored.relativePath());
            throw failure;
        }
    }

    /**
     * Withdraws an evidence file (撤回): it no longer counts as evidence (a bonus claim needing evidence is unevidenced
     * again unless another file remains), its record and bytes stay for the audit. {@code version} is the file's
     * version as read: a file changed meanwhile gives a conflict. The reason is required.
     */
    @RolesAllowed({Roles.ASSESSMENT_OFFICE, Roles.ASSESSOR, Roles.UNIT_REPORTER})
    public EvidenceView withdraw(long id, long version, String reason) {
        EvidenceFile file = current(id, version);
        String why = reason(reason);
        String before = AuditJson.object().with("withdrawn", false).build();
        file.withdraw(context.getCallerPrincipal().getName(), LocalDateTime.now(ZoneOffset.UTC), why);
        em.flush();
        audit.record("WITHDRAW", "EvidenceFile", String.valueOf(id), before, AuditJson.object()
                .with("withdrawn", true).with("reason", why).with("unit", file.getUnitCode())
                .with("fileName", file.getFileName()).build());
        return EvidenceView.of(file);
    }

    /**
     * Replaces an evidence file with a new one for the same owner, in one step: the new file is stored (same limits
     * as {@link #attach}) and the old one withdrawn with {@code reason}; if anything is refused, neither changes.
     */
    @RolesAllowed({Roles.ASSESSMENT_OFFICE, Roles.ASSESSOR, Roles.UNIT_REPORTER})
    public EvidenceView replace(long id, long version, String fileName, InputStream content, String reason) {
        EvidenceFile old = current(id, version);
        reason(reason); // refused before any byte is stored
        EvidenceView replacement = attach(old.getOwnerKind().name(), old.getOwnerId(), fileName, content);
        withdraw(id, version, reason);
        EvidenceFile stored = em.find(EvidenceFile.class, replacement.id());
        stored.replaces(id);
        em.flush();
        return EvidenceView.of(stored);
    }

    /**
     * Evidence is part of what a unit reports: it is added, withdrawn or replaced only while the unit's workflow state
     * lets the caller change the unit's data (the unit in draft or returned; assessors and the office while it is
     * being scored; nobody from review on), the same rule as for its entries.
     */
    private void requireWritable(AssessmentPeriod period, String unitCode) {
        List<Violation> problems = new ArrayList<>();
        workflow.checkWritable(period, unitCode, "owner", problems);
        if (!problems.isEmpty()) {
            throw new RequestRejectedException(problems);
        }
    }

    private static String reason(String reason) {
        String why = reason == null ? null : reason.strip();
        if (why == null || why.isEmpty() || why.length() > 500) {
            throw new RequestRejectedException(List.of(why == null || why.isEmpty()
                    ? Violation.of("reason", "field.required")
                    : Violation.of("reason", "field.tooLong", "500", String.valueOf(why.length()))));
        }
        return why;
    }

    private EvidenceFile current(long id, long version) {
        EvidenceFile file = em.find(EvidenceFile.class, id);
        if (file == null) {
            throw new RequestRejectedException(List.of(Violation.of("id", "evidence.unknown", String.valueOf(id))));
        }
        callers.requireUnit(file.getUnitCode());
        requireWritable(file.getPeriod(), file.getUnitCode());
        if (file.isWithdrawn()) {
            throw new ConflictException(Violation.of("id", "evidence.withdrawn", String.valueOf(id),
                    file.getWithdrawnBy()));
        }
        if (file.getVersion() != version) {
            throw new ConflictException(Violation.of("version", "evidence.conflict", String.valueOf(id),
                    String.valueOf(version), String.valueOf(file.getVersion())));
        }
        return file;
    }

    /** The files of an owner that count as evidence; with {@code withdrawn} also the withdrawn ones (history). */
    public List<EvidenceView> list(String ownerKind, long ownerId, boolean withdrawn) {
        return em.createNamedQuery(withdrawn ? EvidenceFile.OF_OWNER : EvidenceFile.CURRENT_OF_OWNER,
                        EvidenceFile.class).setParameter("kind", kind(ownerKind))
                .setParameter("owner", ownerId).getResultStream().filter(f -> callers.mayActFor(f.getUnitCode()))
                .map(EvidenceView::of).toList();
    }

    /** The files of an owner that count as evidence (not withdrawn). */
    public List<EvidenceView> list(String ownerKind, long ownerId) {
        return em.createNamedQuery(EvidenceFile.CURRENT_OF_OWNER, EvidenceFile.class).setParameter("kind", kind(ownerKind))
                .setParameter("owner", ownerId).getResultStream().filter(f -> callers.mayActFor(f.getUnitCode()))
                .map(EvidenceView::of).toList();
    }

    public Optional<EvidenceView> find(long id) {
        Optional<EvidenceFile> file = Optional.ofNullable(em.find(EvidenceFile.class, id));
        file.ifPresent(f -> callers.requireUnit(f.getUnitCode()));
        return file.map(EvidenceView::of);
    }

    /** Where the bytes of a file are. */
    public Optional<Path> content(long id) {
        Optional<EvidenceFile> file = Optional.ofNullable(em.find(EvidenceFile.class, id));
        file.ifPresent(f -> callers.requireUnit(f.getUnitCode()));
        return file.map(f -> EvidenceStore.resolve(f.getStoragePath()));
    }

    private static EvidenceFile.OwnerKind kind(String ownerKind) {
        try {
            return EvidenceFile.OwnerKind.valueOf(String.valueOf(ownerKind).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new RequestRejectedException(List.of(Violation.of("owner", "evidence.owner.kind",
                    String.valueOf(ownerKind))));
        }
    }

    private record Owner(AssessmentPeriod period, String unitCode) {
    }

    private Optional<Owner> owner(EvidenceFile.OwnerKind kind, long id) {
        return switch (kind) {
            case ENTRY -> Optional.ofNullable(em.find(DataEntry.class, id))
                    .map(e -> new Owner(e.getPeriod(), e.getUnitCode()));
            case ADJUSTMENT -> Optional.ofNullable(em.find(AdjustmentRecord.class, id))
                    .map(a -> new Owner(a.getPeriod(), a.getUnitCode()));
            case VETO -> Optional.ofNullable(em.find(VetoRecord.class, id)).map(v -> new Owner(periodOf(v), v.getUnitCode()));
        };
    }

    private AssessmentPeriod periodOf(VetoRecord veto) {
        return em.createQuery("SELECT v.period FROM VetoRecord v WHERE v.id = :id", AssessmentPeriod.class)
                .setParameter("id", veto.getId()).getSingleResult();
    }
}
