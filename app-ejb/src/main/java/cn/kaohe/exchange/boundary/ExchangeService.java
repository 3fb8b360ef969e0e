package cn.kaohe.exchange.boundary;

import cn.kaohe.audit.control.AuditJson;
import cn.kaohe.audit.control.AuditLog;
import cn.kaohe.exchange.control.GridWorkbook;
import cn.kaohe.exchange.control.ResultPdf;
import cn.kaohe.exchange.control.ResultsReport;
import cn.kaohe.exchange.control.ResultsWorkbook;
import cn.kaohe.exchange.control.StoredResult;
import cn.kaohe.grid.boundary.GridColumn;
import cn.kaohe.grid.boundary.GridRow;
import cn.kaohe.grid.boundary.GridService;
import cn.kaohe.grid.control.UnitNames;
import cn.kaohe.period.boundary.PeriodService;
import cn.kaohe.period.entity.AssessmentPeriod;
import cn.kaohe.period.entity.PeriodUnit;
import cn.kaohe.platform.json.CanonicalJson;
import cn.kaohe.platform.json.JsonValues;
import cn.kaohe.platform.security.Roles;
import cn.kaohe.platform.validation.RequestRejectedException;
import cn.kaohe.platform.validation.Violation;
import cn.kaohe.reporting.boundary.EntryView;
import cn.kaohe.reporting.boundary.NewEntry;
import cn.kaohe.reporting.boundary.ReportingService;
import cn.kaohe.results.control.ResultVisibility;
import cn.kaohe.scheme.control.SchemeFiles;
import cn.kaohe.scheme.entity.SchemeVersion;
import cn.kaohe.scoring.scheme.Category;
import cn.kaohe.scoring.scheme.Indicator;
import cn.kaohe.scoring.scheme.Scheme;
import cn.kaohe.scoringrun.entity.RunUnit;
import cn.kaohe.scoringrun.entity.ScoringRun;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Workbooks and documents (RULES §13): the bulk-entry template of the caller's grid, the all-or-nothing upload of a
 * filled template, and the results workbook, result notices and summary report of a scoring run.
 *
 * <p>Upload: every sheet, column, row and cell is checked (template of this period, columns the caller may enter,
 * units enrolled in the sheet's category, readable values), then every value goes through
 * {@code ReportingService.saveValues} — scoring-core's check, the lead-department assignment (XJ-13, ZD-43), deadlines —
 * in this transaction. Any problem rejects the whole upload with a report naming sheet, cell, row, column, unit and
 * indicator; nothing is saved. A good upload saves every value and is audited (each entry, and the upload with the
 * file's SHA-256).
 */
@Stateless
@RolesAllowed({Roles.ASSESSMENT_OFFICE, Roles.ASSESSOR})
public class ExchangeService {

    private static final Pattern ROW = Pattern.compile("rows\\[(\\d+)\\](?:\\.(\\w+))?");

    @PersistenceContext(unitName = "kaohe")
    private EntityManager em;

    @EJB
    private GridService grids;

    @EJB
    private ReportingService reporting;

    @EJB
    private PeriodService periods;

    @EJB
    private AuditLog audit;

    @EJB
    private ResultVisibility visibility;

    /** The bulk-entry template: a sheet per category with the caller's columns, every enrolled unit, stored values. */
    @RolesAllowed({Roles.ASSESSMENT_OFFICE, Roles.ASSESSOR})
    public byte[] template(String periodCode, Wording w) {
        AssessmentPeriod period = periods.require(periodCode);
        Scheme scheme = compiled(period.getScheme()).scheme();
        Map<String, List<GridColumn>> columns = grids.columns(periodCode);
        Map<String, List<GridRow>> rows = grids.rows(periodCode);
        List<GridWorkbook.SheetData> sheets = new ArrayList<>();
        columns.forEach((category, cols) -> sheets.add(new GridWorkbook.SheetData(category,
                scheme.category(category).map(Category::name).orElse(category), cols, rows.get(category))));
        return GridWorkbook.template(periodCode, sheets, w);
    }

    /** Saves a filled template, all or nothing; a refusal names every bad cell, row, column or sheet. */
    @RolesAllowed({Roles.ASSESSMENT_OFFICE, Roles.ASSESSOR})
    public UploadReport upload(String periodCode, byte[] workbook) {
        AssessmentPeriod period = periods.require(periodCode);
        if (workbook == null || workbook.length == 0) {
            throw new RequestRejectedException(List.of(Violation.of("file", "field.required")));
        }
        Map<String, List<GridColumn>> columns = grids.columns(periodCode);
        Map<String, List<String>> units = new LinkedHashMap<>();
        for (PeriodUnit u : periods.units(period)) {
            units.computeIfAbsent(u.getCategory(), k -> new ArrayList<>()).add(u.getUnitCode());
        }
        GridWorkbook.Read read = GridWorkbook.read(workbook, periodCode, columns, units);
        List<Violation> problems = new ArrayList<>(read.problems());
        List<GridWorkbook.Value> values = read.values();
        int created = 0;
        int changed = 0;
        if (!values.isEmpty()) {
            List<NewEntry> rows = values.stream()
                    .map(v -> new NewEntry(v.unitCode(), v.path(), JsonValues.of(v.json()))).toList();
            try {
                List<EntryView> saved = reporting.saveValues(periodCode, rows);
                for (EntryView e : saved) {
                    if (e.version() <= 1) {
                        created++;
                    } else {
                        changed++;
                    }
                }
            } catch (RequestRejectedException rejected) {
                for (Violation v : rejected.violations()) {
                    problems.add(onCell(v, values));
                }
            }
        }
        if (!problems.isEmpty()) {
            // rolls back whatever saveValues stored: nothing of a refused upload is kept
            throw new RequestRejectedException(problems);
        }
        String sha = CanonicalJson.sha256(workbook);
        audit.record("IMPORT", "Workbook", periodCode, null, AuditJson.object().with("period", periodCode)
                .with("values", values.size()).with("created", created).with("changed", changed).with("sha256", sha)
                .build());
        return new UploadReport(periodCode, values.size(), created, changed, sha);
    }

    /** A violation of {@code rows[i].field} from the reporting service, moved onto the workbook cell of row i. */
    private static Violation onCell(Violation v, List<GridWorkbook.Value> values) {
        Matcher m = ROW.matcher(v.field());
        if (!m.matches()) {
            return v;
        }
        GridWorkbook.Value at = values.get(Integer.parseInt(m.group(1)));
        return GridWorkbook.cellProblem(at.sheet(), at.row(), at.column(), at.unitCode(), at.path(), v.key(),
                v.args().toArray(String[]::new));
    }

    /** The results workbook of a run: rankings per tier, components, bonuses and deductions. */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.ASSESSMENT_OFFICE, Roles.LEADER, Roles.AUDITOR})
    public byte[] resultsWorkbook(long runId, Wording w) {
        return ResultsWorkbook.write(report(runId), w);
    }

    /**
     * The result notice of one unit of a run. A unit reporter gets only a unit they act for, and only once that unit's
     * result is published (已公布; {@link ResultVisibility#requireNotice}); the other roles any unit at any time.
     */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.ASSESSMENT_OFFICE, Roles.LEADER, Roles.AUDITOR, Roles.UNIT_REPORTER})
    public byte[] notice(long runId, String unitCode, Wording w) {
        ScoringRun run = em.find(ScoringRun.class, runId);
        if (run != null) {
            visibility.requireNotice(run, unitCode);
        }
        ResultsReport report = report(runId);
        StoredResult unit = report.unit(unitCode);
        if (unit == null) {
            throw new RequestRejectedException(List.of(Violation.of("unit", "exchange.run.unitUnknown",
                    String.valueOf(unitCode), String.valueOf(runId))));
        }
        return ResultPdf.notice(report, unit, w);
    }

    /** The summary report of a run's period: every tier's ranking. */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.ASSESSMENT_OFFICE, Roles.LEADER, Roles.AUDITOR})
    public byte[] summary(long runId, Wording w) {
        return ResultPdf.summary(report(runId), w);
    }

    private ResultsReport report(long runId) {
        ScoringRun run = em.find(ScoringRun.class, runId);
        if (run == null) {
            throw new RequestRejectedException(List.of(Violation.of("run", "run.unknown", String.valueOf(runId))));
        }
        if (run.getStatus() != ScoringRun.Status.COMPLETED) {
            throw new RequestRejectedException(List.of(Violation.of("run", "exchange.run.notCompleted",
                    String.valueOf(runId), run.getStatus().name())));
        }
        Scheme scheme = compiled(run.getScheme()).scheme();
        Map<String, String> names = UnitNames.all(em);
        List<String> order = new ArrayList<>();
        Map<String, String> tierNames = new LinkedHashMap<>();
        Map<String, Map<String, String>> components = new LinkedHashMap<>();
        for (Category c : scheme.categories()) {
            order.add(c.id());
            tierNames.put(c.id(), c.name());
            Map<String, String> first = new LinkedHashMap<>();
            for (Indicator i : c.root().children()) {
                first.put(i.id(), i.name());
            }
            components.put(c.id(), first);
        }
        List<StoredResult> results = new ArrayList<>();
        for (RunUnit u : em.createNamedQuery(RunUnit.OF_RUN, RunUnit.class).setParameter("run", run).getResultList()) {
            results.add(StoredResult.of(u.getUnitCode(), names.getOrDefault(u.getUnitCode(), u.getUnitCode()),
                    u.getCategory(), tierNames.getOrDefault(u.getCategory(), u.getCategory()), u.getResultStatus(),
                    u.getFinalScore(), u.getGrade(), u.getRank(), u.getAward(), u.getQuotaStatus(), u.getStanding(),
                    u.getExplanationJson()));
        }
        AssessmentPeriod period = run.getPeriod();
        return ResultsReport.of(period.getName(), period.getCode(), runId, run.getInputSha256(), order, tierNames,
                components, results);
    }

    private static SchemeFiles.Compiled compiled(SchemeVersion v) {
        return SchemeFiles.compiled(v.getContentSha256(), v.getContent(), v.getPopulationRules());
    }
}
