package cn.kaohe.period.boundary;

import cn.kaohe.organisation.boundary.OrgUnitService;
import cn.kaohe.period.control.SubPeriods;
import cn.kaohe.period.entity.AssessmentPeriod;
import cn.kaohe.period.entity.IndicatorAssignment;
import cn.kaohe.period.entity.PeriodUnit;
import cn.kaohe.period.entity.SubPeriod;
import cn.kaohe.platform.validation.RequestRejectedException;
import cn.kaohe.platform.validation.Violation;
import cn.kaohe.scheme.boundary.SchemeService;
import cn.kaohe.scheme.control.SchemeFiles;
import cn.kaohe.scheme.entity.SchemeVersion;
import cn.kaohe.scoring.scheme.Category;
import cn.kaohe.scoring.scheme.Indicator;
import cn.kaohe.platform.validation.ConflictException;
import cn.kaohe.scoring.scheme.Scheme;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/** Opens assessment periods, enrols units and assigns indicators to lead departments. */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.ASSESSMENT_OFFICE, Roles.ASSESSOR, Roles.UNIT_REPORTER, Roles.LEADER,
        Roles.AUDITOR})
public class PeriodService {

    private static final Logger LOG = Logger.getLogger(PeriodService.class.getName());
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    @PersistenceContext(unitName = "kaohe")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private AuditLog audit;

    @EJB
    private Caller callers;

    @EJB
    private SchemeService schemes;

    @EJB
    private OrgUnitService units;

    public List<PeriodView> list() {
        return em.createNamedQuery(AssessmentPeriod.ALL, AssessmentPeriod.class).getResultStream()
                .map(p -> PeriodView.of(p, units(p))).toList();
    }

    /**
     * Every period as a choice (code, name, year), newest year first, in one query: for the pages' period selectors,
     * which {@link #list()} would make load every period's enrolled units on each request.
     */
    public List<PeriodChoice> choices() {
        return em.createNamedQuery(AssessmentPeriod.CHOICES, PeriodChoice.class).getResultList();
    }

    public Optional<PeriodView> find(String code) {
        return period(code).map(p -> PeriodView.of(p, units(p)));
    }

    /** Opens a period on a scheme version and freezes that version (目标一律不作调整). */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.ASSESSMENT_OFFICE})
    public PeriodView create(NewPeriod request) {
        List<Violation> problems = new ArrayList<>();
        String code = trim(request.code());
        if (code == null) {
            problems.add(Violation.of("code", "field.required"));
        } else if (code.length() > 64 || !CODE.matcher(code).matches()) {
            problems.add(Violation.of("code", "period.code.pattern", code));
        } else if (period(code).isPresent()) {
            problems.add(Violation.of("code", "period.code.duplicate", code));
        }
        String name = trim(request.name());
        if (name == null) {
            problems.add(Violation.of("name", "field.required"));
        } else if (name.length() > 200) {
            problems.add(Violation.of("name", "field.tooLong", "200", String.valueOf(name.length())));
        }
        if (request.year() == null) {
            problems.add(Violation.of("year", "field.required"));
        } else if (request.year() < 2000 || request.year() > 2100) {
            problems.add(Violation.of("year", "field.year", String.valueOf(request.year())));
        }
        SchemeVersion scheme = null;
        if (request.schemeKey() == null || request.schemeVersion() == null) {
            problems.add(Violation.of("schemeVersion", "field.required"));
        } else {
            scheme = schemes.version(request.schemeKey(), request.schemeVersion()).orElse(null);
            if (scheme == null) {
                problems.add(Violation.of("schemeVersion", "scheme.unknown", request.schemeKey(),
                        String.valueOf(request.schemeVersion())));
            }
        }
        Map<String, LocalDate> deadlines = new HashMap<>();
        Set<String> labels = scheme == null ? Set.of() : SubPeriods.labels(compiled(scheme));
        if (request.deadlines() != null) {
            int i = 0;
            for (NewPeriod.Deadline d : request.deadlines()) {
                String where = "deadlines[" + i++ + "]";
                if (d == null || d.subPeriod() == null || d.deadline() == null) {
                    problems.add(Violation.of(where, "field.required"));
                } else if (scheme != null && !labels.contains(d.subPeriod())) {
                    problems.add(Violation.of(where, "period.subPeriod.unknown", d.subPeriod(), String.join(", ", labels)));
                } else {
                    deadlines.put(d.subPeriod(), d.deadline());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RequestRejectedException(problems);
        }
        AssessmentPeriod period = new AssessmentPeriod(code, name, request.year(), scheme, caller(), now());
        for (String label : labels) {
            period.addSubPeriod(new SubPeriod(period, label, SubPeriods.kind(label), deadlines.get(label)));
        }
        em.persist(period);
        schemes.freeze(scheme);
        em.flush();
        audit.record("CREATE", "AssessmentPeriod", code, null, AuditJson.object().with("code", code)
                .with("name", name).with("year", request.year()).with("scheme", request.schemeKey())
                .with("schemeVersion", request.schemeVersion()).with("subPeriods", String.join(",", labels)).build());
        LOG.info(() -> "period " + code + " opened on scheme " + request.schemeKey() + " v" + request.schemeVersion());
        return PeriodView.of(period, List.of());
    }

    /** Enrols units in a period, all or none. */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.ASSESSMENT_OFFICE})
    public PeriodView enrol(String periodCode, List<Enrolment> requests) {
        AssessmentPeriod period = require(periodCode);
        Scheme scheme = compiled(period.getScheme());
        List<Violation> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (PeriodUnit u : units(period)) {
            seen.add(u.getUnitCode());
        }
        List<PeriodUnit> added = new ArrayList<>();
        int i = 0;
        for (Enrolment e : requests == null ? List.<Enrolment>of() : requests) {
            String where = "units[" + i++ + "]";
            if (e == null || trim(e.unitCode()) == null || trim(e.category()) == null) {
                problems.add(Violation.of(where, "field.required"));
                continue;
            }
            if (units.find(e.unitCode()).isEmpty()) {
                problems.add(Violation.of(where + ".unitCode", "period.unit.unknown", e.unitCode()));
            } else if (!seen.add(e.unitCode())) {
                problems.add(Violation.of(where + ".unitCode", "period.unit.duplicate", e.unitCode(), periodCode));
            }
            if (scheme.category(e.category()).isEmpty()) {
                problems.add(Violation.of(where + ".category", "period.category.unknown", e.category(),
                        String.join(", ", scheme.categories().stream().map(Category::id).toList())));
            }
            added.add(new PeriodUnit(period, e.unitCode(), e.category()));
        }
        if (requests == null || requests.isEmpty()) {
            problems.add(Violation.of("units", "field.required"));
        }
        if (!problems.isEmpty()) {
            throw new RequestRejectedException(problems);
        }
        added.forEach(em::persist);
        em.flush();
        for (PeriodUnit u : added) {
            audit.record("CREATE", "PeriodUnit", periodCode + "/" + u.getUnitCode(), null, AuditJson.object()
                    .with("period", periodCode).with("unit", u.getUnitCode()).with("category", u.getCategory()).build());
        }
        return PeriodView.of(period, units(period));
    }

    /** Assigns an indicator of a category to a lead department. */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.ASSESSMENT_OFFICE})
    public List<Assignment> assign(String periodCode, Assignment request) {
        AssessmentPeriod period = require(periodCode);
        Scheme scheme = compiled(period.getScheme());
        List<Violation> problems = new ArrayList<>();
        if (request == null || request.category() == null || request.indicatorPath() == null
                || request.leadUnitCode() == null) {
            throw new RequestRejectedException(List.of(Violation.of("body", "field.required")));
        }
        if (scheme.category(request.category()).isEmpty()) {
            problems.add(Violation.of("category", "period.category.unknown", request.category(),
                    String.join(", ", scheme.categories().stream().map(Category::id).toList())));
        } else if (scheme.indicator(request.category(), request.indicatorPath()).isEmpty()) {
            problems.add(Violation.of("indicatorPath", "entry.path.unknown", request.indicatorPath(),
                    request.category()));
        }
        if (units.find(request.leadUnitCode()).isEmpty()) {
            problems.add(Violation.of("leadUnitCode", "period.unit.unknown", request.leadUnitCode()));
        }
        boolean taken = assignments(period).stream().anyMatch(a -> a.category().equals(request.category())
                && a.indicatorPath().equals(request.indicatorPath()));
        if (taken) {
            problems.add(Violation.of("indicatorPath", "period.assignment.duplicate", request.indicatorPath(),
                    request.category()));
        }
        if (!problems.isEmpty()) {
            throw new RequestRejectedException(problems);
        }
        em.persist(new IndicatorAssignment(period, request.category(), request.indicatorPath(), request.leadUnitCode()));
        em.flush();
        audit.record("CREATE", "IndicatorAssignment", periodCode + "/" + request.category() + "/"
                + request.indicatorPath(), null, AuditJson.object().with("lead", request.leadUnitCode()).build());
        return assignments(period);
    }

    /**
     * The sub-periods a period on this scheme version would get (the labels of its fixed splits, ZD-06/ZD-10), so the
     * office can set their deadlines before opening the period.
     */
    public List<String> subPeriodsOf(String schemeKey, int schemeVersion) {
        SchemeVersion scheme = schemes.version(schemeKey, schemeVersion).orElseThrow(() ->
                new RequestRejectedException(List.of(Violation.of("schemeVersion", "scheme.unknown",
                        String.valueOf(schemeKey), String.valueOf(schemeVersion)))));
        return List.copyOf(SubPeriods.labels(compiled(scheme)));
    }

    /** Every indicator node of the period's scheme, per category in scheme order, as paths for assignments. */
    public List<IndicatorRef> indicators(String periodCode) {
        Scheme scheme = compiled(require(periodCode).getScheme());
        List<IndicatorRef> out = new ArrayList<>();
        for (Category c : scheme.categories()) {
            for (Indicator child : c.root().children()) {
                collect(c.id(), child, "", 0, out);
            }
        }
        return out;
    }

    private static void collect(String category, Indicator node, String prefix, int depth, List<IndicatorRef> out) {
        String path = prefix.isEmpty() ? node.id() : prefix + "/" + node.id();
        out.add(new IndicatorRef(category, path, node.name(), depth));
        for (Indicator child : node.children()) {
            collect(category, child, path, depth + 1, out);
        }
    }

    /**
     * Sets the reporting deadlines of a period's sub-periods (a {@code null} date clears one) if the period is still
     * at {@code version}: a concurrent change is refused (409). Unnamed sub-periods keep their deadline.
     */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.ASSESSMENT_OFFICE})
    public PeriodView setDeadlines(String periodCode, long version, List<NewPeriod.Deadline> deadlines) {
        AssessmentPeriod period = require(periodCode);
        if (period.getVersion() != version) {
            throw new ConflictException(Violation.of("version", "admin.period.conflict", periodCode,
                    String.valueOf(version), String.valueOf(period.getVersion())));
        }
        Map<String, SubPeriod> byCode = new HashMap<>();
        period.getSubPeriods().forEach(s -> byCode.put(s.getCode(), s));
        List<Violation> problems = new ArrayList<>();
        int i = 0;
        for (NewPeriod.Deadline d : deadlines == null ? List.<NewPeriod.Deadline>of() : deadlines) {
            String where = "deadlines[" + i++ + "]";
            if (d == null || d.subPeriod() == null) {
                problems.add(Violation.of(where, "field.required"));
            } else if (!byCode.containsKey(d.subPeriod())) {
                problems.add(Violation.of(where, "period.subPeriod.unknown", d.subPeriod(),
                        String.join(", ", byCode.keySet().stream().sorted().toList())));
            }
        }
        if (!problems.isEmpty()) {
            throw new RequestRejectedException(problems);
        }
        AuditJson before = AuditJson.object();
        AuditJson after = AuditJson.object();
        for (NewPeriod.Deadline d : deadlines == null ? List.<NewPeriod.Deadline>of() : deadlines) {
            SubPeriod sub = byCode.get(d.subPeriod());
            before.with(sub.getCode(), sub.getDeadline() == null ? null : sub.getDeadline().toString());
            sub.setDeadline(d.deadline());
            after.with(sub.getCode(), d.deadline() == null ? null : d.deadline().toString());
        }
        em.lock(period, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        audit.record("UPDATE", "AssessmentPeriod", periodCode, before.build(), after.build());
        return PeriodView.of(period, units(period));
    }

    public List<Assignment> assignments(String periodCode) {
        return assignments(require(periodCode));
    }

    private List<Assignment> assignments(AssessmentPeriod period) {
        return em.createNamedQuery(IndicatorAssignment.OF_PERIOD, IndicatorAssignment.class)
                .setParameter("period", period).getResultStream()
                .map(a -> new Assignment(a.getCategory(), a.getIndicatorPath(), a.getLeadUnitCode())).toList();
    }

    public Optional<AssessmentPeriod> period(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(AssessmentPeriod.BY_CODE, AssessmentPeriod.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    /** The period, or a 400 naming the unknown code. */
    public AssessmentPeriod require(String code) {
        return period(code).orElseThrow(() -> new RequestRejectedException(
                List.of(Violation.of("period", "period.unknown", String.valueOf(code)))));
    }

    public List<PeriodUnit> units(AssessmentPeriod period) {
        return em.createNamedQuery(PeriodUnit.OF_PERIOD, PeriodUnit.class).setParameter("period", period)
                .getResultList();
    }

    public Optional<PeriodUnit> unit(AssessmentPeriod period, String unitCode) {
        return em.createNamedQuery(PeriodUnit.ONE, PeriodUnit.class).setParameter("period", period)
                .setParameter("unit", unitCode).getResultStream().findFirst();
    }

    static Scheme compiled(SchemeVersion v) {
        return SchemeFiles.compiled(v.getContentSha256(), v.getContent(), v.getPopulationRules()).scheme();
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    private static String trim(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
