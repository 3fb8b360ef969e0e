package cn.kaohe.reporting.boundary;

import cn.kaohe.period.boundary.PeriodService;
import cn.kaohe.period.control.SubPeriods;
import cn.kaohe.period.entity.AssessmentPeriod;
import cn.kaohe.period.entity.PeriodUnit;
import cn.kaohe.period.entity.SubPeriod;
import cn.kaohe.platform.json.CanonicalJson;
import cn.kaohe.platform.json.JsonValues;
import cn.kaohe.platform.validation.ConflictException;
import cn.kaohe.platform.validation.RequestRejectedException;
import cn.kaohe.platform.validation.Violation;
import cn.kaohe.reporting.control.UnitInputs;
import cn.kaohe.reporting.entity.AdjustmentRecord;
import cn.kaohe.reporting.entity.DataEntry;
import cn.kaohe.reporting.entity.VetoRecord;
import cn.kaohe.scheme.control.SchemeFiles;
import cn.kaohe.scheme.entity.SchemeVersion;
import cn.kaohe.workflow.control.WorkflowStates;
import cn.kaohe.scoring.adjustment.AdjustmentTable;
import cn.kaohe.scoring.adjustment.Sign;
import cn.kaohe.scoring.input.InputException;
import cn.kaohe.scoring.input.InputProblem;
import cn.kaohe.scoring.io.UnitDataReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import cn.kaohe.audit.control.AuditJson;
import cn.kaohe.audit.control.AuditLog;
import cn.kaohe.people.control.Caller;
import cn.kaohe.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Records what units report. Every value goes through scoring-core's unit-data reader and engine before it is
 * stored, so a stored entry is always one scoring-core accepts; a refused request stores nothing.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.ASSESSMENT_OFFICE, Roles.ASSESSOR, Roles.UNIT_REPORTER, Roles.LEADER,
        Roles.AUDITOR})
public class ReportingService {

    private static final Pattern LABEL = Pattern.compile("\\[([^\\]]+)\\]");

    @PersistenceContext(unitName = "kaohe")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private AuditLog audit;

    @EJB
    private Caller callers;

    @EJB
    private PeriodService periods;

    @EJB
    private WorkflowStates workflow;

    public List<EntryView> entries(String periodCode, String unitCode) {
        AssessmentPeriod period = periods.require(periodCode);
        List<DataEntry> found = unitCode == null
                ? em.createNamedQuery(DataEntry.OF_PERIOD, DataEntry.class).setParameter("period", period).getResultList()
                : em.createNamedQuery(DataEntry.OF_UNIT, DataEntry.class).setParameter("period", period)
                        .setParameter("unit", unitCode).getResultList();
        return found.stream().filter(e -> callers.mayActFor(e.getUnitCode())).map(EntryView::of).toList();
    }

    public Optional<EntryView> entry(long id) {
        Optional<DataEntry> entry = Optional.ofNullable(em.find(DataEntry.class, id));
        entry.ifPresent(e -> callers.requireUnit(e.getUnitCode()));
        return entry.map(EntryView::of);
    }

    /** Creates one entry. */
    @RolesAllowed({Roles.ASSESSMENT_OFFICE, Roles.ASSESSOR, Roles.UNIT_REPORTER})
    public EntryView create(String periodCode, NewEntry request) {
        return importEntries(periodCode, List.of(request), false).get(0);
    }

    /** Creates every row or none: a refused import names each bad row ({@code rows[3].path}) and stores nothing. */
    @RolesAllowed({Roles.ASSESSMENT_OFFICE, Roles.ASSESSOR, Roles.UNIT_REPORTER})
    public List<EntryView> importEntries(String periodCode, List<NewEntry> rows) {
        return importEntries(periodCode, rows, true);
    }

    /**
     * Sets every row's value, all or none (bulk entry from a workbook, §13): a row of a unit and path without an entry
     * creates it, a row with one changes its value (audited with before and after). The same checks as
     * {@link #importEntries}; a refused request names each bad row ({@code rows[3].value}) and stores nothing.
     */
    @RolesAllowed({Roles.ASSESSMENT_OFFICE, Roles.ASSESSOR, Roles.UNIT_REPORTER})
    public List<EntryView> saveValues(String periodCode, List<NewEntry> rows) {
        return importEntries(periodCode, rows, true, true);
    }

    private List<EntryView> importEntries(String periodCode, List<NewEntry> rows, boolean asRows) {
        return importEntries(periodCode, rows, asRows, false);
    }

    private List<EntryView> importEntries(String periodCode, List<NewEntry> rows, boolean asRows, boolean overwrite) {
        AssessmentPeriod period = periods.require(periodCode);
        SchemeFiles.Compiled scheme = compiled(period.getScheme());
        List<Violation> problems = new ArrayList<>();
        if (rows == null || rows.isEmpty()) {
            throw new RequestRejectedException(List.of(Violation.of(asRows ? "rows" : "body", "field.required")));
        }
        Set<String> seen = new HashSet<>();
        List<DataEntry> created = new ArrayList<>();
        List<DataEntry> changed = new ArrayList<>();
        List<String> before = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String prefix = asRows ? "rows[" + i + "]." : "";
            NewEntry row = rows.get(i);
            if (row == null) {
                problems.add(Violation.of(asRows ? "rows[" + i + "]" : "body", "field.required"));
                continue;
            }
            int problemsBefore = problems.size();
            PeriodUnit unit = enrolled(period, row.unitCode(), prefix + "unitCode", problems);
            String path = row.path() == null ? null : row.path().strip();
            if (path == null || path.isEmpty()) {
                problems.add(Violation.of(prefix + "path", "field.required"));
            } else if (path.length() > DataEntry.PATH_MAX) {
                problems.add(Violation.of(prefix + "path", "field.tooLong", String.valueOf(DataEntry.PATH_MAX),
                        String.valueOf(path.length())));
            }
            String valueJson = value(row.value(), prefix + "value", problems);
            if (problems.size() > problemsBefore || unit == null) {
                continue;
            }
            // a unit's entries change only while its workflow state allows it (draft/returned; scoring; review)
            workflow.checkWritable(period, unit.getUnitCode(), prefix + "unitCode", problems);
            String subPeriod = subPeriod(period, scheme, path, prefix + "path", problems);
            deadline(period, subPeriod, prefix + "path", problems);
            leadDepartment(period, unit, path, prefix + "path", problems);
            check(scheme, unit, path, CanonicalJson.parse(valueJson), prefix + "path", prefix + "value", problems);
            Optional<DataEntry> present = Optional.empty();
            if (!seen.add(unit.getUnitCode() + "\u0000" + path)) {
                problems.add(Violation.of(prefix + "path", "entry.duplicateRow", unit.getUnitCode(), path));
            } else {
                present = existing(period, unit.getUnitCode(), path);
                if (present.isPresent() && !overwrite) {
                    problems.add(Violation.of(prefix + "path", "entry.exists", unit.getUnitCode(), path));
                }
            }
            if (problems.size() == problemsBefore && present.isPresent()) {
                DataEntry entry = present.get();
                if (!valueJson.equals(entry.getValueJson())) {
                    before.add(entryJson(entry));
                    entry.record(valueJson, caller(), now());
                    changed.add(entry);
                }
            } else if (problems.size() == problemsBefore) {
                DataEntry entry = new DataEntry(period, unit.getUnitCode(), path, subPeriod);
                entry.record(valueJson, caller(), now());
                created.add(entry);
            }
        }
        if (!problems.isEmpty()) {
            throw new RequestRejectedException(problems);
        }
        created.forEach(em::persist);
        em.flush();
        for (DataEntry e : created) {
            audit.record("CREATE", "DataEntry", String.valueOf(e.getId()), null, entryJson(e));
        }
        for (int i = 0; i < changed.size(); i++) {
            DataEntry e = changed.get(i);
            audit.record("UPDATE", "DataEntry", String.valueOf(e.getId()), before.get(i), entryJson(e));
        }
        List<EntryView> out = new ArrayList<>(created.stream().map(EntryView::of).toList());
        changed.forEach(e -> out.add(EntryView.of(e)));
        return out;
    }

    /** Changes an entry's value; a stale version is a conflict naming the entry, never an overwrite. */
    @RolesAllowed({Roles.ASSESSMENT_OFFICE, Roles.ASSESSOR, Roles.UNIT_REPORTER})
    public EntryView update(long id, EntryUpdate request) {
        DataEntry entry = em.find(DataEntry.class, id);
        if (entry == null) {
            throw new RequestRejectedException(List.of(Violation.of("id", "entry.unknown", String.valueOf(id))));
        }
        callers.requireUnit(entry.getUnitCode());
        if (request == null || request.version() == null) {
            throw new RequestRejectedException(List.of(Violation.of("version", "field.required")));
        }
        if (request.version() != entry.getVersion()) {
            throw conflict(entry, request.version());
        }
        List<Violation> problems = new ArrayList<>();
        String valueJson = value(request.value(), "value", problems);
        if (problems.isEmpty()) {
            AssessmentPeriod period = entry.getPeriod();
            PeriodUnit unit = periods.unit(period, entry.getUnitCode()).orElseThrow();
            workflow.checkWritable(period, entry.getUnitCode(), "id", problems);
            // a reporter's own entry is closed with its sub-period, too: a change after the deadline is late data
            deadline(period, entry.getSubPeriod(), "path", problems);
            leadDepartment(period, unit, entry.getIndicatorPath(), "path", problems);
            check(compiled(period.getScheme()), unit, entry.getIndicatorPath(), CanonicalJson.parse(valueJson), "path",
                    "value", problems);
        }
        if (!problems.isEmpty()) {
            throw new RequestRejectedException(problems);
        }
        String before = entryJson(entry);
        entry.record(valueJson, caller(), now());
        try {
            em.flush();
        } catch (OptimisticLockException raced) {
            throw conflict(entry, request.version());
        } catch (PersistenceException failure) {
            if (failure.getCause() != null
                    && failure.getCause().getClass().getSimpleName().equals("OptimisticLockException")) {
                throw conflict(entry, request.version());
            }
            throw failure;
        }
        audit.record("UPDATE", "DataEntry", String.valueOf(entry.getId()), before, entryJson(entry));
        return EntryView.of(entry);
    }

    private static ConflictException conflict(DataEntry entry, long given) {
        return new ConflictException(Violation.of("version", "entry.conflict", String.valueOf(entry.getId()),
                entry.getUnitCode(), entry.getIndicatorPath(), String.valueOf(given),
                String.valueOf(entry.getVersion()), String.valueOf(entry.getEnteredBy())));
    }

    /** Records a bonus claim or a deduction; the kind follows the sign of the scheme's table. */
    @RolesAllowed({Roles.ASSESSMENT_OFFICE, Roles.ASSESSOR, Roles.UNIT_REPORTER})
    public AdjustmentView addAdjustment(String periodCode, NewAdjustment request) {
        AssessmentPeriod period = periods.require(periodCode);
        SchemeFiles.Compiled scheme = compiled(period.getScheme());
        if (request == null) {
            throw new RequestRejectedException(List.of(Violation.of("body", "field.required")));
        }
        List<Violation> problems = new ArrayList<>();
        PeriodUnit unit = enrolled(period, request.unitCode(), "unitCode", problems);
        if (unit != null) {
            workflow.checkWritable(period, unit.getUnitCode(), "unitCode", problems);
        }
        AdjustmentTable table = request.table() == null ? null
                : scheme.scheme().adjustments().table(request.table()).orElse(null);
        if (request.table() == null) {
            problems.add(Violation.of("table", "field.required"));
        } else if (table == null) {
            problems.add(Violation.of("table", "adjustment.table.unknown", request.table(), String.join(", ",
                    scheme.scheme().adjustments().tables().stream().map(AdjustmentTable::id).toList())));
        }
        if (request.value() != null) {
            try {
                new BigDecimal(request.value().strip());
            } catch (NumberFormatException notANumber) {
                problems.add(Violation.of("value", "field.notANumber", request.value()));
            }
        }
        if (request.reason() != null && request.reason().length() > 1000) {
            problems.add(Violation.of("reason", "field.tooLong", "1000", String.valueOf(request.reason().length())));
        }
        if (table != null && table.sign() == Sign.DEDUCTION && !context.isCallerInRole(Roles.ASSESSMENT_OFFICE)
                && !context.isCallerInRole(Roles.ASSESSOR)) {
            // deductions are findings of the office or an assessor, never a unit's own entry
            throw new cn.kaohe.platform.security.AccessRefusedException("access.unit.refused", request.unitCode());
        }
        if (table != null && table.sign() == Sign.DEDUCTION && (request.reason() == null || request.reason().isBlank())) {
            // TS-07: every deduction states its reason
            problems.add(Violation.of("reason", "adjustment.reason.required"));
        }
        if (!problems.isEmpty()) {
            throw new RequestRejectedException(problems);
        }
        AdjustmentRecord record = new AdjustmentRecord(period, unit.getUnitCode(),
                table.sign() == Sign.DEDUCTION ? AdjustmentRecord.Kind.DEDUCTION : AdjustmentRecord.Kind.BONUS,
                table.id(), blankToNull(request.key()), blankToNull(request.work()),
                request.value() == null ? null : request.value().strip(), request.count(), request.documentDate(),
                request.rectified(), blankToNull(request.reason()), caller(), now());
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("unit", unit.getUnitCode());
        data.put("category", unit.getCategory());
        data.put("year", period.getYear());
        data.putArray("claims").add(UnitInputs.claim(record, true));
        score(scheme, data, "table", "key", problems);
        if (!problems.isEmpty()) {
            throw new RequestRejectedException(problems);
        }
        em.persist(record);
        em.flush();
        audit.record("CREATE", "AdjustmentRecord", String.valueOf(record.getId()), null, AuditJson.object()
                .with("period", periodCode).with("unit", record.getUnitCode()).with("kind", record.getKind().name())
                .with("table", record.getTableId()).with("key", record.getRowKey()).with("work", record.getWorkItem())
                .with("value", record.getEnteredValue()).with("reason", record.getReason()).build());
        return AdjustmentView.of(record);
    }

    public List<AdjustmentView> adjustments(String periodCode, String unitCode) {
        AssessmentPeriod period = periods.require(periodCode);
        List<AdjustmentRecord> found = unitCode == null
                ? em.createNamedQuery(AdjustmentRecord.OF_PERIOD, AdjustmentRecord.class).setParameter("period", period)
                        .getResultList()
                : em.createNamedQuery(AdjustmentRecord.OF_UNIT, AdjustmentRecord.class).setParameter("period", period)
                        .setParameter("unit", unitCode).getResultList();
        return found.stream().filter(a -> callers.mayActFor(a.getUnitCode())).map(AdjustmentView::of).toList();
    }

    /** Records a one-vote veto in one of the scheme's veto areas. */
    @RolesAllowed({Roles.ASSESSMENT_OFFICE, Roles.ASSESSOR})
    public VetoView addVeto(String periodCode, NewVeto request) {
        AssessmentPeriod period = periods.require(periodCode);
        SchemeFiles.Compiled scheme = compiled(period.getScheme());
        if (request == null) {
            throw new RequestRejectedException(List.of(Violation.of("body", "field.required")));
        }
        List<Violation> problems = new ArrayList<>();
        PeriodUnit unit = enrolled(period, request.unitCode(), "unitCode", problems);
        if (unit != null) {
            workflow.checkWritable(period, unit.getUnitCode(), "unitCode", problems);
        }
        List<String> areas = scheme.scheme().veto().areas();
        if (request.area() == null) {
            problems.add(Violation.of("area", "field.required"));
        } else if (!areas.contains(request.area())) {
            problems.add(Violation.of("area", "veto.area.unknown", request.area(), String.join(", ", areas)));
        }
        if (request.reason() == null || request.reason().isBlank()) {
            problems.add(Violation.of("reason", "field.required"));
        } else if (request.reason().length() > 1000) {
            problems.add(Violation.of("reason", "field.tooLong", "1000", String.valueOf(request.reason().length())));
        }
        if (!problems.isEmpty()) {
            throw new RequestRejectedException(problems);
        }
        VetoRecord veto = new VetoRecord(period, unit.getUnitCode(), request.area(), request.reason().strip(), caller(),
                now());
        em.persist(veto);
        em.flush();
        audit.record("CREATE", "VetoRecord", String.valueOf(veto.getId()), null, AuditJson.object()
                .with("period", periodCode).with("unit", veto.getUnitCode()).with("area", veto.getArea())
                .with("reason", veto.getReason()).build());
        return VetoView.of(veto);
    }

    public List<VetoView> vetoes(String periodCode, String unitCode) {
        AssessmentPeriod period = periods.require(periodCode);
        callers.requireUnit(unitCode);
        return em.createNamedQuery(VetoRecord.OF_UNIT, VetoRecord.class).setParameter("period", period)
                .setParameter("unit", unitCode).getResultStream().map(VetoView::of).toList();
    }

    private PeriodUnit enrolled(AssessmentPeriod period, String unitCode, String field, List<Violation> problems) {
        if (unitCode == null || unitCode.isBlank()) {
            problems.add(Violation.of(field, "field.required"));
            return null;
        }
        callers.requireUnit(unitCode.strip());
        Optional<PeriodUnit> unit = periods.unit(period, unitCode.strip());
        if (unit.isEmpty()) {
            problems.add(Violation.of(field, "entry.unit.notEnrolled", unitCode, period.getCode()));
            return null;
        }
        return unit.get();
    }

    private static String value(JsonValue value, String field, List<Violation> problems) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            problems.add(Violation.of(field, "field.required"));
            return null;
        }
        String text = CanonicalJson.canonical(JsonValues.text(value));
        if (text.length() > DataEntry.VALUE_MAX) {
            problems.add(Violation.of(field, "field.tooLong", String.valueOf(DataEntry.VALUE_MAX),
                    String.valueOf(text.length())));
            return null;
        }
        return text;
    }

    /**
     * A unit reports a sub-period until its deadline (inclusive, the county's calendar date); afterwards only the office
     * or an assessor may still enter it (late data brought in by the assessment office).
     */
    private void deadline(AssessmentPeriod period, String subPeriod, String field, List<Violation> problems) {
        if (subPeriod == null || context.isCallerInRole(Roles.ASSESSMENT_OFFICE) || context.isCallerInRole(Roles.ASSESSOR)) {
            return;
        }
        for (SubPeriod s : period.getSubPeriods()) {
            if (s.getCode().equals(subPeriod) && s.getDeadline() != null
                    && java.time.LocalDate.now(ZONE).isAfter(s.getDeadline())) {
                problems.add(Violation.of(field, "entry.deadlinePassed", subPeriod, s.getDeadline().toString()));
            }
        }
    }

    /**
     * An assessor (数据采集单位, XJ-13, ZD-43) enters only the indicators assigned to a lead department they act for;
     * the office enters everything, a unit reporter their own unit.
     */
    private void leadDepartment(AssessmentPeriod period, PeriodUnit unit, String path, String field,
            List<Violation> problems) {
        if (!context.isCallerInRole(Roles.ASSESSOR) || context.isCallerInRole(Roles.ASSESSMENT_OFFICE)) {
            return;
        }
        java.util.Set<String> own = callers.unitCodes();
        if (context.isCallerInRole(Roles.UNIT_REPORTER) && own.contains(unit.getUnitCode())) {
            return;
        }
        String plain = LABEL.matcher(path).replaceAll("");
        boolean assigned = periods.assignments(period.getCode()).stream()
                .anyMatch(a -> a.category().equals(unit.getCategory()) && own.contains(a.leadUnitCode())
                        && (plain.equals(a.indicatorPath()) || plain.startsWith(a.indicatorPath() + "/")));
        if (!assigned) {
            problems.add(Violation.of(field, "entry.notAssigned", plain, unit.getCategory()));
        }
    }

    /** Deadlines are dates in China Standard Time. */
    private static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Shanghai");

    /** The sub-period a path's split label names; every label must be one of the period's sub-periods. */
    private static String subPeriod(AssessmentPeriod period, SchemeFiles.Compiled scheme, String path, String field,
            List<Violation> problems) {
        Set<String> codes = new HashSet<>();
        for (SubPeriod s : period.getSubPeriods()) {
            codes.add(s.getCode());
        }
        boolean open = SubPeriods.hasOpenSplit(scheme.scheme());
        String last = null;
        Matcher m = LABEL.matcher(path);
        while (m.find()) {
            last = m.group(1);
            if (!codes.contains(last) && !open) {
                problems.add(Violation.of(field, "entry.subPeriod.unknown", last, String.join(", ", codes)));
            }
        }
        return last != null && last.length() > 32 ? last.substring(0, 32) : last;
    }

    /** scoring-core checks the value: the path exists in the unit's category and the value has the right shape. */
    private static void check(SchemeFiles.Compiled scheme, PeriodUnit unit, String path, JsonNode value,
            String pathField, String valueField, List<Violation> problems) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("unit", unit.getUnitCode());
        data.put("category", unit.getCategory());
        data.putObject("values").set(path, value);
        score(scheme, data, pathField, valueField, problems);
    }

    /** Problems with where the value goes are the path's; problems with the value itself are the value's. */
    private static void score(SchemeFiles.Compiled scheme, ObjectNode data, String pathField, String valueField,
            List<Violation> problems) {
        try {
            scheme.engine().score(UnitDataReader.read(data));
        } catch (InputException invalid) {
            String path = data.path("values").fieldNames().hasNext() ? data.path("values").fieldNames().next() : null;
            for (InputProblem p : invalid.problems()) {
                if (!concerns(p, path)) {
                    continue;
                }
                String field = p.key().equals("input.unknownIndicator") || p.key().equals("input.wrongKind")
                        ? pathField : valueField;
                // where, scoring-core's key and English message, then its arguments (the web layer translates)
                List<String> args = new ArrayList<>(List.of(String.valueOf(p.indicator()), p.key(),
                        String.valueOf(p.message())));
                p.args().forEach(a -> args.add(String.valueOf(a)));
                problems.add(new Violation(field, "entry.input", args));
            }
        }
    }

    /**
     * Whether a problem is about the value checked: the one value is scored alone, so scoring-core also reports
     * every other required input as missing; those are left to the run (a unit is complete only when all are in).
     */
    private static boolean concerns(InputProblem p, String path) {
        if (!p.key().equals("input.missing")) {
            return true;
        }
        if (path == null) {
            return false;
        }
        String where = LABEL.matcher(String.valueOf(p.indicator())).replaceAll("");
        String checked = LABEL.matcher(path).replaceAll("");
        return where.equals(checked) || checked.startsWith(where + "/") || where.startsWith(checked + "/");
    }

    private Optional<DataEntry> existing(AssessmentPeriod period, String unit, String path) {
        return em.createNamedQuery(DataEntry.ONE, DataEntry.class).setParameter("period", period)
                .setParameter("unit", unit).setParameter("path", path).getResultStream().findFirst();
    }

    private static String entryJson(DataEntry e) {
        return AuditJson.object().with("period", e.getPeriod().getCode()).with("unit", e.getUnitCode())
                .with("path", e.getIndicatorPath()).with("value", e.getValueJson()).with("version", e.getVersion())
                .build();
    }

    static SchemeFiles.Compiled compiled(SchemeVersion v) {
        return SchemeFiles.compiled(v.getContentSha256(), v.getContent(), v.getPopulationRules());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
