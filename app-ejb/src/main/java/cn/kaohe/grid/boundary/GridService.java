package cn.kaohe.grid.boundary;

import cn.kaohe.grid.control.GridColumns;
import cn.kaohe.grid.control.UnitNames;
import cn.kaohe.people.control.Caller;
import cn.kaohe.period.boundary.Assignment;
import cn.kaohe.period.boundary.PeriodService;
import cn.kaohe.period.entity.AssessmentPeriod;
import cn.kaohe.period.entity.PeriodUnit;
import cn.kaohe.platform.json.CanonicalJson;
import cn.kaohe.platform.security.AccessRefusedException;
import cn.kaohe.platform.security.Roles;
import cn.kaohe.platform.validation.RequestRejectedException;
import cn.kaohe.platform.validation.Violation;
import cn.kaohe.reporting.entity.DataEntry;
import cn.kaohe.scheme.control.SchemeFiles;
import cn.kaohe.scheme.entity.SchemeVersion;
import cn.kaohe.scoring.explain.IndicatorLine;
import cn.kaohe.scoring.explain.UnitResult;
import cn.kaohe.scoring.input.InputException;
import cn.kaohe.scoring.input.InputProblem;
import cn.kaohe.scoring.io.UnitDataReader;
import cn.kaohe.scoring.rounding.Decimals;
import cn.kaohe.scoring.scheme.Category;
import cn.kaohe.scoring.scheme.Scheme;
import cn.kaohe.scoringrun.control.RunRecorder;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scoring grid of an assessor (lead department, XJ-13, ZD-43) or the assessment office, and the explanation preview
 * of a unit. Reading only: values are written through {@code ReportingService}, which checks every value with
 * scoring-core and refuses indicators not assigned to the caller's lead department.
 */
@Stateless
@RolesAllowed({Roles.ASSESSMENT_OFFICE, Roles.ASSESSOR})
public class GridService {

    @PersistenceContext(unitName = "kaohe")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private Caller callers;

    @EJB
    private PeriodService periods;

    @EJB
    private RunRecorder recorder;

    /** The caller's columns of every category, in scheme order (categories without columns left out). */
    public Map<String, List<GridColumn>> columns(String periodCode) {
        AssessmentPeriod period = periods.require(periodCode);
        return columns(period, scheme(period));
    }

    /** The grid of {@code category} (null: the first category with columns). */
    public Grid grid(String periodCode, String category) {
        AssessmentPeriod period = periods.require(periodCode);
        Map<String, List<GridColumn>> all = columns(period, scheme(period));
        List<String> categories = List.copyOf(all.keySet());
        String shown = category == null || category.isBlank()
                ? (categories.isEmpty() ? null : categories.get(0)) : category;
        if (shown != null && !all.containsKey(shown)) {
            throw new RequestRejectedException(List.of(Violation.of("category", "grid.category.none", shown)));
        }
        List<GridColumn> columns = shown == null ? List.of() : all.get(shown);
        return new Grid(periodCode, shown, categories, columns, shown == null ? List.of() : rows(period, shown, columns));
    }

    /** Rows of every category that has columns, for the template. */
    public Map<String, List<GridRow>> rows(String periodCode) {
        AssessmentPeriod period = periods.require(periodCode);
        Map<String, List<GridRow>> out = new LinkedHashMap<>();
        columns(period, scheme(period)).forEach((category, columns) -> out.put(category, rows(period, category, columns)));
        return out;
    }

    /**
     * scoring-core's explanation of the unit from everything entered so far (entries, claims, vetoes), scored now and
     * stored nowhere. An assessor previews only units of a category with indicators assigned to them, and sees only
     * those lines.
     */
    public Explanation preview(String periodCode, String unitCode) {
        AssessmentPeriod period = periods.require(periodCode);
        PeriodUnit unit = periods.unit(period, unitCode).orElseThrow(() -> new RequestRejectedException(List.of(
                Violation.of("unit", "entry.unit.notEnrolled", String.valueOf(unitCode), periodCode))));
        boolean office = context.isCallerInRole(Roles.ASSESSMENT_OFFICE);
        List<String> own = office ? List.of() : assigned(period).stream()
                .filter(a -> a.category().equals(unit.getCategory())).map(Assignment::indicatorPath).toList();
        if (!office && own.isEmpty()) {
            throw new AccessRefusedException("access.unit.refused", unitCode);
        }
        RunRecorder.Snapshot snapshot = recorder.inputs(period, unitCode).units().get(0);
        SchemeFiles.Compiled compiled = compiled(period.getScheme());
        JsonNode data = CanonicalJson.parse(snapshot.inputJson());
        try {
            UnitResult r = compiled.engine().score(UnitDataReader.read(data));
            List<Explanation.Line> lines = new ArrayList<>();
            for (IndicatorLine l : r.indicators()) {
                if (office || GridColumns.under(l.path(), own)) {
                    lines.add(new Explanation.Line(l.path(), l.name(), l.method(), new LinkedHashMap<>(l.inputs()),
                            Decimals.text(l.factor()), l.bound(), l.ruleId(), Decimals.text(l.value()),
                            Decimals.text(l.contribution())));
                }
            }
            List<String> flags = office ? r.flags()
                    : r.flags().stream().filter(f -> own.stream().anyMatch(f::contains)).toList();
            return new Explanation(unitCode, unit.getCategory(), r.status().name(),
                    office ? Decimals.text(r.finalScore()) : null, office ? r.grade() : null, flags, lines, List.of(),
                    !office);
        } catch (InputException invalid) {
            List<Explanation.Problem> problems = new ArrayList<>();
            for (InputProblem p : invalid.problems()) {
                if (office || p.indicator() == null || GridColumns.under(p.indicator(), own)) {
                    problems.add(new Explanation.Problem(p.indicator(), p.key(), p.message(),
                            p.args().stream().map(String::valueOf).toList()));
                }
            }
            return new Explanation(unitCode, unit.getCategory(), "INVALID", null, null, List.of(), List.of(), problems,
                    !office);
        }
    }

    private Map<String, List<GridColumn>> columns(AssessmentPeriod period, Scheme scheme) {
        List<Assignment> assigned = assigned(period);
        Map<String, List<GridColumn>> out = new LinkedHashMap<>();
        for (Category c : scheme.categories()) {
            List<GridColumn> columns = GridColumns.of(scheme, c.id(), assigned);
            if (!columns.isEmpty()) {
                out.put(c.id(), columns);
            }
        }
        return out;
    }

    /** The office works on every assignment; an assessor on those of the lead departments they act for. */
    private List<Assignment> assigned(AssessmentPeriod period) {
        List<Assignment> all = periods.assignments(period.getCode());
        if (context.isCallerInRole(Roles.ASSESSMENT_OFFICE)) {
            return all;
        }
        Set<String> own = callers.unitCodes();
        return all.stream().filter(a -> own.contains(a.leadUnitCode())).toList();
    }

    private List<GridRow> rows(AssessmentPeriod period, String category, List<GridColumn> columns) {
        Map<String, String> names = UnitNames.all(em);
        Map<String, Map<String, GridCell>> cells = new HashMap<>();
        Set<String> paths = new java.util.HashSet<>(columns.stream().map(GridColumn::path).toList());
        for (DataEntry e : em.createNamedQuery(DataEntry.OF_PERIOD, DataEntry.class).setParameter("period", period)
                .getResultList()) {
            if (paths.contains(e.getIndicatorPath())) {
                cells.computeIfAbsent(e.getUnitCode(), k -> new HashMap<>()).put(e.getIndicatorPath(),
                        new GridCell(e.getId(), e.getVersion(), text(e.getValueJson()), e.getEnteredBy()));
            }
        }
        List<GridRow> rows = new ArrayList<>();
        for (PeriodUnit u : periods.units(period)) {
            if (u.getCategory().equals(category)) {
                rows.add(new GridRow(u.getUnitCode(), names.getOrDefault(u.getUnitCode(), u.getUnitCode()), category,
                        cells.getOrDefault(u.getUnitCode(), Map.of())));
            }
        }
        return rows;
    }

    /** A stored value as a cell shows it: a number plainly, anything else as its JSON. */
    static String text(String valueJson) {
        JsonNode v = CanonicalJson.parse(valueJson);
        return v.isNumber() ? v.decimalValue().toPlainString() : valueJson;
    }

    private static Scheme scheme(AssessmentPeriod period) {
        return compiled(period.getScheme()).scheme();
    }

    private static SchemeFiles.Compiled compiled(SchemeVersion v) {
        return SchemeFiles.compiled(v.getContentSha256(), v.getContent(), v.getPopulationRules());
    }
}
