package cn.kaohe.reporting.boundary;

import cn.kaohe.people.control.Caller;
import cn.kaohe.period.boundary.PeriodService;
import cn.kaohe.period.entity.AssessmentPeriod;
import cn.kaohe.period.entity.PeriodUnit;
import cn.kaohe.period.entity.SubPeriod;
import cn.kaohe.platform.json.CanonicalJson;
import cn.kaohe.platform.security.Roles;
import cn.kaohe.platform.validation.RequestRejectedException;
import cn.kaohe.platform.validation.Violation;
import cn.kaohe.reporting.control.EntrySlots;
import cn.kaohe.reporting.control.EvidenceStore;
import cn.kaohe.reporting.entity.AdjustmentRecord;
import cn.kaohe.reporting.entity.DataEntry;
import cn.kaohe.reporting.entity.EvidenceFile;
import cn.kaohe.scheme.control.SchemeFiles;
import cn.kaohe.scoring.adjustment.AdjustmentTable;
import cn.kaohe.scoring.adjustment.Sign;
import cn.kaohe.scoring.explain.UnitResult;
import cn.kaohe.scoring.input.InputException;
import cn.kaohe.scoring.io.UnitDataReader;
import cn.kaohe.scoring.scheme.Category;
import cn.kaohe.scoringrun.control.ResultJson;
import cn.kaohe.scoringrun.control.RunRecorder;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The unit reporter's view of their work (§13, issue 5): the dashboard of periods and what is due, the data-entry form
 * of one unit (the scheme's indicator tree with the entries made), and the live self-assessment preview scored by
 * scoring-core from the unit's current data. Reads only; entries, claims and evidence are written through
 * {@link ReportingService} and {@link EvidenceService}. A reporter sees only the units they act for.
 */
@Stateless
@RolesAllowed({Roles.ASSESSMENT_OFFICE, Roles.ASSESSOR, Roles.UNIT_REPORTER})
public class UnitReportService {

    /** Deadlines are dates in China Standard Time. */
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Pattern LABEL = Pattern.compile("\\[[^\\]]*\\]");

    @PersistenceContext(unitName = "kaohe")
    private EntityManager em;

    @EJB
    private Caller callers;

    @EJB
    private PeriodService periods;

    @EJB
    private RunRecorder recorder;

    /** Every period in which a unit the caller acts for is assessed, one line per unit, newest period first. */
    public List<UnitDesk> dashboard() {
        Set<String> own = callers.unitCodes();
        List<UnitDesk> out = new ArrayList<>();
        if (own.isEmpty()) {
            return out;
        }
        for (AssessmentPeriod p : em.createNamedQuery(AssessmentPeriod.ALL, AssessmentPeriod.class).getResultList()) {
            for (PeriodUnit u : periods.units(p)) {
                if (own.contains(u.getUnitCode())) {
                    out.add(book(p, u).desk());
                }
            }
        }
        return out;
    }

    /** The data-entry form of a unit in a period; 403 for a unit the caller does not act for. */
    public UnitWorkbook workbook(String periodCode, String unitCode) {
        AssessmentPeriod period = periods.require(periodCode);
        return book(period, enrolled(period, unitCode));
    }

    /**
     * The unit's score now: its current entries, claims (with evidence) and vetoes mapped exactly as a scoring run
     * snapshots them ({@link RunRecorder#inputs}), scored by scoring-core with the period's scheme version. Missing
     * data gives an INCOMPLETE result, never a zero; data scoring-core refuses gives its problems.
     */
    public SelfAssessment preview(String periodCode, String unitCode) {
        AssessmentPeriod period = periods.require(periodCode);
        PeriodUnit unit = enrolled(period, unitCode);
        RunRecorder.Snapshot snapshot = recorder.inputs(period, unit.getUnitCode()).units().get(0);
        SchemeFiles.Compiled scheme = RunRecorder.compiled(period.getScheme());
        try {
            UnitResult result = scheme.engine().score(UnitDataReader.read(CanonicalJson.parse(snapshot.inputJson())));
            return new SelfAssessment(period.getCode(), unit.getUnitCode(), unit.getCategory(),
                    result.status().name(), snapshot.sha256(), result, List.of(), ResultJson.write(result));
        } catch (InputException refused) {
            // required inputs not entered yet are missing data (INCOMPLETE), not a refusal of what was entered
            boolean missingOnly = refused.problems().stream().allMatch(p -> p.key().equals("input.missing"));
            return new SelfAssessment(period.getCode(), unit.getUnitCode(), unit.getCategory(),
                    missingOnly ? "INCOMPLETE" : "INVALID", snapshot.sha256(), null, List.copyOf(refused.problems()),
                    ResultJson.write(Map.of("problems", List.copyOf(refused.problems()))));
        }
    }

    private PeriodUnit enrolled(AssessmentPeriod period, String unitCode) {
        if (unitCode == null || unitCode.isBlank()) {
            throw new RequestRejectedException(List.of(Violation.of("unit", "field.required")));
        }
        callers.requireUnit(unitCode);
        return periods.unit(period, unitCode).orElseThrow(() -> new RequestRejectedException(List.of(
                Violation.of("unit", "entry.unit.notEnrolled", unitCode, period.getCode()))));
    }

    private UnitWorkbook book(AssessmentPeriod period, PeriodUnit unit) {
        SchemeFiles.Compiled scheme = RunRecorder.compiled(period.getScheme());
        Category category = scheme.scheme().category(unit.getCategory()).orElseThrow();
        List<DataEntry> entries = em.createNamedQuery(DataEntry.OF_UNIT, DataEntry.class)
                .setParameter("period", period).setParameter("unit", unit.getUnitCode()).getResultList();
        Map<String, DataEntry> byPath = new LinkedHashMap<>();
        entries.forEach(e -> byPath.put(e.getIndicatorPath(), e));
        Map<String, List<EvidenceView>> evidence = evidence(period, unit.getUnitCode());
        Map<String, SubPeriod> subs = new LinkedHashMap<>();
        period.getSubPeriods().forEach(s -> subs.put(s.getCode(), s));
        LocalDate today = LocalDate.now(ZONE);

        List<EntryPlace> places = new ArrayList<>();
        Set<String> placed = new java.util.HashSet<>();
        for (EntrySlots.Slot slot : EntrySlots.of(category)) {
            SubPeriod sub = slot.subPeriod() == null ? null : subs.get(slot.subPeriod());
            LocalDate deadline = sub == null ? null : sub.getDeadline();
            DataEntry entry = byPath.get(slot.path());
            String whole = LABEL.matcher(slot.path()).replaceAll("");
            boolean coveredWhole = entry == null && slot.subPeriod() != null && byPath.containsKey(whole);
            if (entry != null) {
                placed.add(entry.getIndicatorPath());
            }
            places.add(EntryPlace.of(slot, deadline, deadline != null && today.isAfter(deadline),
                    entry == null ? null : EntryView.of(entry),
                    entry == null ? List.of() : evidence.getOrDefault("ENTRY/" + entry.getId(), List.of()),
                    coveredWhole));
        }
        List<EntryView> others = entries.stream().filter(e -> !placed.contains(e.getIndicatorPath()))
                .map(EntryView::of).toList();

        List<UnitDesk.SubPeriodDue> dues = new ArrayList<>();
        for (SubPeriod s : subs.values()) {
            List<EntryPlace> of = places.stream().filter(p -> s.getCode().equals(p.subPeriod())).toList();
            int done = (int) of.stream().filter(EntryPlace::done).count();
            dues.add(new UnitDesk.SubPeriodDue(s.getCode(), s.getKind().name(), s.getDeadline(),
                    s.getDeadline() != null && today.isAfter(s.getDeadline()) && done < of.size(), of.size(), done));
        }
        int entered = (int) places.stream().filter(EntryPlace::done).count();
        List<String> due = places.stream().filter(p -> !p.done()).map(EntryPlace::path).toList();
        UnitDesk desk = new UnitDesk(period.getCode(), period.getName(), period.getYear(), unit.getUnitCode(),
                unit.getCategory(), dues, places.size(), entered, due);

        List<UnitWorkbook.BonusTable> tables = new ArrayList<>();
        for (AdjustmentTable t : scheme.scheme().adjustments().tables()) {
            if (t.sign() == Sign.BONUS) {
                tables.add(new UnitWorkbook.BonusTable(t.id(), t.ruleId(), List.copyOf(t.rows().keySet()),
                        t.evidenceRequired(), t.documentYear(), t.highestPerWork()));
            }
        }
        List<UnitWorkbook.Claim> claims = em.createNamedQuery(AdjustmentRecord.OF_UNIT, AdjustmentRecord.class)
                .setParameter("period", period).setParameter("unit", unit.getUnitCode()).getResultStream()
                .map(a -> new UnitWorkbook.Claim(AdjustmentView.of(a),
                        evidence.getOrDefault("ADJUSTMENT/" + a.getId(), List.of())))
                .toList();
        return new UnitWorkbook(desk, places, others, tables, claims, EvidenceStore.maxBytes(), EvidenceStore.ALLOWED);
    }

    private Map<String, List<EvidenceView>> evidence(AssessmentPeriod period, String unitCode) {
        Map<String, List<EvidenceView>> out = new HashMap<>();
        em.createQuery("SELECT f FROM EvidenceFile f WHERE f.period = :period AND f.unitCode = :unit ORDER BY f.id",
                EvidenceFile.class).setParameter("period", period).setParameter("unit", unitCode).getResultStream()
                .forEach(f -> out.computeIfAbsent(f.getOwnerKind().name() + "/" + f.getOwnerId(),
                        k -> new ArrayList<>()).add(EvidenceView.of(f)));
        return out;
    }
}
