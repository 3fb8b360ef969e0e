package cn.kaohe.rectification.boundary;

import cn.kaohe.audit.control.AuditJson;
import cn.kaohe.audit.control.AuditLog;
import cn.kaohe.people.control.Caller;
import cn.kaohe.period.boundary.PeriodService;
import cn.kaohe.period.entity.AssessmentPeriod;
import cn.kaohe.platform.security.AccessRefusedException;
import cn.kaohe.platform.security.Roles;
import cn.kaohe.platform.validation.ConflictException;
import cn.kaohe.platform.validation.RequestRejectedException;
import cn.kaohe.platform.validation.Violation;
import cn.kaohe.rectification.control.Calendars;
import cn.kaohe.rectification.control.NoticeRules;
import cn.kaohe.rectification.control.RectificationClock;
import cn.kaohe.rectification.control.WorkingCalendar;
import cn.kaohe.rectification.entity.CalendarDay;
import cn.kaohe.rectification.entity.RectificationEvidence;
import cn.kaohe.rectification.entity.RectificationNotice;
import cn.kaohe.rectification.entity.RectificationNotice.Status;
import cn.kaohe.reporting.control.EvidenceStore;
import cn.kaohe.reporting.entity.AdjustmentRecord;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Rectification notices (整改通知单) and the ledger (整改台账). The office and assessors issue and verify; only a unit
 * reporter assigned to the notice's unit responds; everyone else reads (reporters only their own units). Every
 * change is audited in the same transaction; a stale {@code version} is a conflict (409), never an overwrite.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.ASSESSMENT_OFFICE, Roles.ASSESSOR, Roles.UNIT_REPORTER, Roles.LEADER,
        Roles.AUDITOR})
public class RectificationService {

    static final int TITLE_MAX = 200;
    static final int PROBLEM_MAX = 2000;
    static final int LEADER_MAX = 100;
    static final int RESPONSE_MAX = 4000;
    static final int NOTE_MAX = 1000;
    static final int DAY_NAME_MAX = 100;

    @PersistenceContext(unitName = "kaohe")
    private EntityManager em;

    @EJB
    private AuditLog audit;

    @EJB
    private Caller callers;

    @EJB
    private PeriodService periods;

    @EJB
    private Calendars calendars;

    @Inject
    private RectificationClock clock;

    /** Issues a notice; the deadline is the issue date plus N working days (HOS-18, default 10). */
    @RolesAllowed({Roles.ASSESSMENT_OFFICE, Roles.ASSESSOR})
    public NoticeView issue(NewNotice request) {
        if (request == null) {
            throw new RequestRejectedException(List.of(Violation.of("body", "field.required")));
        }
        AssessmentPeriod period = periods.require(request.periodCode());
        List<Violation> problems = new ArrayList<>();
        String unit = strip(request.unitCode());
        if (unit == null) {
            problems.add(Violation.of("unitCode", "field.required"));
        } else if (periods.unit(period, unit).isEmpty()) {
            problems.add(Violation.of("unitCode", "entry.unit.notEnrolled", unit, period.getCode()));
        }
        if (request.adjustmentId() != null) {
            AdjustmentRecord record = em.find(AdjustmentRecord.class, request.adjustmentId());
            if (record == null || record.getKind() != AdjustmentRecord.Kind.DEDUCTION
                    || !record.getPeriod().getId().equals(period.getId()) || !record.getUnitCode().equals(unit)) {
                // VIL-24: only a deduction of the same unit and period can be doubled
                problems.add(Violation.of("adjustmentId", "rect.adjustment.invalid",
                        String.valueOf(request.adjustmentId()), String.valueOf(unit), period.getCode()));
            }
        }
        String title = text(request.title(), "title", TITLE_MAX, true, problems);
        String problem = text(request.problem(), "problem", PROBLEM_MAX, true, problems);
        String leader = text(request.responsibleLeader(), "responsibleLeader", LEADER_MAX, false, problems);
        LocalDate today = clock.today();
        LocalDate issueDate = request.issueDate() == null ? today : request.issueDate();
        if (issueDate.isAfter(today)) {
            problems.add(Violation.of("issueDate", "rect.issueDate.future", issueDate.toString(), today.toString()));
        }
        int days = request.workingDays() == null ? NoticeRules.DEFAULT_WORKING_DAYS : request.workingDays();
        if (days < 1 || days > WorkingCalendar.MAX_WORKING_DAYS) {
            problems.add(Violation.of("workingDays", "rect.workingDays.range", String.valueOf(days),
                    String.valueOf(WorkingCalendar.MAX_WORKING_DAYS)));
        }
        if (!problems.isEmpty()) {
            throw new RequestRejectedException(problems);
        }
        LocalDate deadline = calendars.current().addWorkingDays(issueDate, days);
        RectificationNotice notice = new RectificationNotice(period, unit, request.adjustmentId(), title, problem,
                leader, issueDate, days, deadline, callers.login(), clock.nowUtc());
        em.persist(notice);
        em.flush();
        audit.record("CREATE", "RectificationNotice", String.valueOf(notice.getId()), null, json(notice));
        return view(notice);
    }

    /** The unit's response; only a reporter assigned to the notice's unit, while the notice is issued or rejected. */
    @RolesAllowed(Roles.UNIT_REPORTER)
    public NoticeView respond(long id, NoticeResponse request) {
        RectificationNotice notice = require(id);
        requireOwnUnit(notice);
        if (request == null) {
            throw new RequestRejectedException(List.of(Violation.of("body", "field.required")));
        }
        checkVersion(notice, request.version());
        List<Violation> problems = new ArrayList<>();
        String text = text(request.text(), "text", RESPONSE_MAX, true, problems);
        if (!problems.isEmpty()) {
            throw new RequestRejectedException(problems);
        }
        if (notice.getStatus() != Status.ISSUED && notice.getStatus() != Status.REJECTED) {
            throw state(notice, "respond");
        }
        String before = json(notice);
        notice.respond(text, callers.login(), clock.nowUtc());
        flush(notice, request.version());
        audit.record("RESPOND", "RectificationNotice", String.valueOf(id), before, json(notice));
        return view(notice);
    }

    /** Attaches an evidence file to the unit's response (size, type allow-list and sniffing as for all evidence). */
    @RolesAllowed(Roles.UNIT_REPORTER)
    public NoticeEvidenceView attachEvidence(long id, String fileName, InputStream content) {
        RectificationNotice notice = require(id);
        requireOwnUnit(notice);
        if (notice.getStatus() == Status.CLOSED) {
            throw state(notice, "evidence");
        }
        String name = fileName == null ? null : Path.of(fileName.replace('\\', '/')).getFileName().toString();
        if (name == null || name.isBlank() || name.length() > 255) {
            throw new RequestRejectedException(List.of(Violation.of("fileName", "field.required")));
        }
        EvidenceStore.Stored stored = EvidenceStore.store(name, content,
                "rectification/" + notice.getPeriod().getCode() + "/" + notice.getUnitCode());
        try {
            RectificationEvidence file = new RectificationEvidence(notice, name, stored.contentType(), stored.size(),
                    stored.sha256(), stored.relativePath(), callers.login(), clock.nowUtc());
            em.persist(file);
            em.flush();
            audit.record("CREATE", "RectificationEvidence", String.valueOf(file.getId()), null, AuditJson.object()
                    .with("notice", id).with("unit", notice.getUnitCode()).with("fileName", name)
                    .with("contentType", stored.contentType()).with("size", stored.size())
                    .with("sha256", stored.sha256()).build());
            return NoticeEvidenceView.of(file);
        } catch (RuntimeException failure) {
            EvidenceStore.delete(stored.relativePath());
            throw failure;
        }
    }

    /** Accepts (closed, 销号, SDO-01) or rejects (back to the unit with the reason, SDO-02) a response. */
    @RolesAllowed({Roles.ASSESSMENT_OFFICE, Roles.ASSESSOR})
    public NoticeView verify(long id, NoticeVerification request) {
        RectificationNotice notice = require(id);
        if (request == null) {
            throw new RequestRejectedException(List.of(Violation.of("body", "field.required")));
        }
        checkVersion(notice, request.version());
        List<Violation> problems = new ArrayList<>();
        if (request.accepted() == null) {
            problems.add(Violation.of("accepted", "field.required"));
        }
        boolean accepted = Boolean.TRUE.equals(request.accepted());
        String note = text(request.note(), "note", NOTE_MAX, request.accepted() != null && !accepted, problems);
        if (!problems.isEmpty()) {
            throw new RequestRejectedException(problems);
        }
        if (notice.getStatus() != Status.RESPONDED) {
            throw state(notice, "verify");
        }
        if (notice.getRespondedBy().equals(callers.login())) {
            // nobody approves their own submission
            throw new AccessRefusedException("rect.verify.own", String.valueOf(id));
        }
        String before = json(notice);
        if (accepted) {
            notice.close(note, callers.login(), clock.nowUtc(), clock.today());
        } else {
            notice.reject(note, callers.login(), clock.nowUtc());
        }
        flush(notice, request.version());
        audit.record(accepted ? "CLOSE" : "REJECT", "RectificationNotice", String.valueOf(id), before, json(notice));
        return view(notice);
    }

    /** One notice, with its evidence; reporters only of their own units. */
    public Optional<NoticeView> notice(long id) {
        Optional<RectificationNotice> notice = Optional.ofNullable(em.find(RectificationNotice.class, id));
        notice.ifPresent(n -> callers.requireUnit(n.getUnitCode()));
        return notice.map(this::view);
    }

    /** The ledger (整改台账): the office's across units, a reporter's of their own units; with counts. */
    public Ledger ledger(LedgerFilter filter) {
        LedgerFilter f = filter == null ? LedgerFilter.all() : filter;
        List<Violation> problems = new ArrayList<>();
        Status status = null;
        if (strip(f.status()) != null) {
            try {
                status = Status.valueOf(f.status().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                problems.add(Violation.of("status", "rect.status.unknown", f.status(), "ISSUED, RESPONDED, REJECTED, CLOSED"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RequestRejectedException(problems);
        }
        String unit = strip(f.unitCode());
        if (unit != null) {
            callers.requireUnit(unit);
        }
        List<RectificationNotice> found = strip(f.periodCode()) == null
                ? em.createNamedQuery(RectificationNotice.ALL, RectificationNotice.class).getResultList()
                : em.createNamedQuery(RectificationNotice.OF_PERIOD, RectificationNotice.class)
                        .setParameter("period", periods.require(f.periodCode().strip())).getResultList();
        LocalDate today = clock.today();
        Set<String> own = callers.limitedToOwnUnits() ? callers.unitCodes() : null;
        List<NoticeView> listed = new ArrayList<>();
        for (RectificationNotice n : found) {
            boolean overdue = NoticeRules.overdue(n.getStatus(), n.getDeadline(), today);
            if ((unit != null && !unit.equals(n.getUnitCode())) || (status != null && status != n.getStatus())
                    || (f.overdue() != null && f.overdue() != overdue)
                    || (own != null && !own.contains(n.getUnitCode()))) {
                continue;
            }
            listed.add(NoticeView.of(n, today, evidence(n)));
        }
        return new Ledger(today, Ledger.Counts.of(listed), listed);
    }

    public Optional<NoticeEvidenceView> evidenceFile(long evidenceId) {
        Optional<RectificationEvidence> file = Optional.ofNullable(em.find(RectificationEvidence.class, evidenceId));
        file.ifPresent(f -> callers.requireUnit(f.getNotice().getUnitCode()));
        return file.map(NoticeEvidenceView::of);
    }

    /** Where the bytes of an evidence file are. */
    public Optional<Path> evidenceContent(long evidenceId) {
        Optional<RectificationEvidence> file = Optional.ofNullable(em.find(RectificationEvidence.class, evidenceId));
        file.ifPresent(f -> callers.requireUnit(f.getNotice().getUnitCode()));
        return file.map(f -> EvidenceStore.resolve(f.getStoragePath()));
    }

    /** The configured days of a year. */
    public CalendarYear calendar(int year) {
        return new CalendarYear(year, days(year));
    }

    /**
     * Replaces a year's configured days, all or nothing (the office enters the State Council's schedule each year).
     * Deadlines of notices already issued keep their date.
     */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.ASSESSMENT_OFFICE})
    public CalendarYear replaceCalendar(int year, CalendarYear request) {
        List<Violation> problems = new ArrayList<>();
        if (year < 2000 || year > 2100) {
            problems.add(Violation.of("year", "rect.calendar.year", String.valueOf(year)));
        }
        if (request == null || request.days() == null) {
            problems.add(Violation.of("days", "field.required"));
            throw new RequestRejectedException(problems);
        }
        Set<LocalDate> seen = new HashSet<>();
        List<CalendarDay> replacement = new ArrayList<>();
        for (int i = 0; i < request.days().size(); i++) {
            CalendarYear.Day d = request.days().get(i);
            String prefix = "days[" + i + "].";
            if (d == null || d.date() == null) {
                problems.add(Violation.of(prefix + "date", "field.required"));
                continue;
            }
            if (d.date().getYear() != year) {
                problems.add(Violation.of(prefix + "date", "rect.calendar.otherYear", d.date().toString(),
                        String.valueOf(year)));
            } else if (!seen.add(d.date())) {
                problems.add(Violation.of(prefix + "date", "rect.calendar.duplicate", d.date().toString()));
            }
            CalendarDay.Kind kind = null;
            try {
                kind = CalendarDay.Kind.valueOf(String.valueOf(d.kind()).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                problems.add(Violation.of(prefix + "kind", "rect.calendar.kind", String.valueOf(d.kind())));
            }
            String name = text(d.name(), prefix + "name", DAY_NAME_MAX, false, problems);
            if (kind != null) {
                replacement.add(new CalendarDay(d.date(), kind, name));
            }
        }
        if (!problems.isEmpty()) {
            throw new RequestRejectedException(problems);
        }
        String before = calendarJson(days(year));
        em.createQuery("DELETE FROM CalendarDay d WHERE d.date >= :from AND d.date <= :to")
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .executeUpdate();
        replacement.forEach(em::persist);
        em.flush();
        em.clear();
        List<CalendarYear.Day> after = days(year);
        audit.record("UPDATE", "WorkingCalendar", String.valueOf(year), before, calendarJson(after));
        return new CalendarYear(year, after);
    }

    private List<CalendarYear.Day> days(int year) {
        return em.createNamedQuery(CalendarDay.BETWEEN, CalendarDay.class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .getResultStream().map(d -> new CalendarYear.Day(d.getDate(), d.getKind().name(), d.getName()))
                .toList();
    }

    private static String calendarJson(List<CalendarYear.Day> days) {
        return AuditJson.object().with("days", days.stream().map(d -> d.date() + " " + d.kind()
                + (d.name() == null ? "" : " " + d.name())).toList()).build();
    }

    private RectificationNotice require(long id) {
        RectificationNotice notice = em.find(RectificationNotice.class, id);
        if (notice == null) {
            throw new RequestRejectedException(List.of(Violation.of("id", "rect.notice.unknown", String.valueOf(id))));
        }
        callers.requireUnit(notice.getUnitCode());
        return notice;
    }

    /** Only a reporter assigned to the unit answers for it: the office cannot respond in the unit's name. */
    private void requireOwnUnit(RectificationNotice notice) {
        if (!callers.unitCodes().contains(notice.getUnitCode())) {
            throw new AccessRefusedException("access.unit.refused", notice.getUnitCode());
        }
    }

    private static void checkVersion(RectificationNotice notice, Long given) {
        if (given == null) {
            throw new RequestRejectedException(List.of(Violation.of("version", "field.required")));
        }
        if (given != notice.getVersion()) {
            throw conflict(notice, given);
        }
    }

    private static ConflictException conflict(RectificationNotice notice, long given) {
        return new ConflictException(Violation.of("version", "rect.notice.conflict", String.valueOf(notice.getId()),
                notice.getUnitCode(), String.valueOf(given), String.valueOf(notice.getVersion())));
    }

    private static ConflictException state(RectificationNotice notice, String action) {
        return new ConflictException(Violation.of("status", "rect.notice.state." + action,
                String.valueOf(notice.getId()), notice.getStatus().name()));
    }

    private void flush(RectificationNotice notice, long given) {
        try {
            em.flush();
        } catch (OptimisticLockException raced) {
            throw conflict(notice, given);
        } catch (PersistenceException failure) {
            if (failure.getCause() != null
                    && failure.getCause().getClass().getSimpleName().equals("OptimisticLockException")) {
                throw conflict(notice, given);
            }
            throw failure;
        }
    }

    private NoticeView view(RectificationNotice n) {
        return NoticeView.of(n, clock.today(), evidence(n));
    }

    private List<NoticeEvidenceView> evidence(RectificationNotice n) {
        return em.createNamedQuery(RectificationEvidence.OF_NOTICE, RectificationEvidence.class)
                .setParameter("notice", n).getResultStream().map(NoticeEvidenceView::of).toList();
    }

    private static String json(RectificationNotice n) {
        return AuditJson.object().with("period", n.getPeriod().getCode()).with("unit", n.getUnitCode())
                .with("adjustment", n.getAdjustmentId()).with("title", n.getTitle()).with("problem", n.getProblem())
                .with("responsibleLeader", n.getResponsibleLeader()).with("issueDate", String.valueOf(n.getIssueDate()))
                .with("workingDays", n.getWorkingDays()).with("deadline", String.valueOf(n.getDeadline()))
                .with("status", n.getStatus().name()).with("response", n.getResponseText())
                .with("responseCount", n.getResponseCount()).with("verificationNote", n.getVerificationNote())
                .with("closedOn", n.getClosedOn() == null ? null : n.getClosedOn().toString())
                .with("version", n.getVersion()).build();
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String text(String value, String field, int max, boolean required, List<Violation> problems) {
        String s = strip(value);
        if (s == null) {
            if (required) {
                problems.add(Violation.of(field, "field.required"));
            }
            return null;
        }
        if (s.length() > max) {
            problems.add(Violation.of(field, "field.tooLong", String.valueOf(max), String.valueOf(s.length())));
        }
        return s;
    }
}
