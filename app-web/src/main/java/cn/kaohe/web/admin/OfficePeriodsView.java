package cn.kaohe.web.admin;

import cn.kaohe.period.boundary.NewPeriod;
import cn.kaohe.period.boundary.PeriodService;
import cn.kaohe.period.boundary.PeriodView;
import cn.kaohe.scheme.boundary.SchemeService;
import cn.kaohe.scheme.boundary.SchemeSummary;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Backs {@code /office/periods.xhtml}: opens an assessment period for a year on a scheme version (which freezes the
 * version) with the sub-periods that scheme needs and their reporting deadlines, and changes the deadlines of an
 * open period (a stale version is refused and named).
 */
@Named
@ViewScoped
public class OfficePeriodsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String LABELS = "admin.periods.field.";

    @EJB
    private PeriodService periods;

    @EJB
    private SchemeService schemes;

    private List<PeriodView> list;
    private List<SchemeSummary> schemeList;

    private String code;
    private String name;
    private Integer year = LocalDate.now().getYear();
    /** {@code key:version} of the chosen scheme version. */
    private String scheme;
    private List<DeadlineRow> newDeadlines = new ArrayList<>();

    private String editing;
    private long editingVersion;
    private List<DeadlineRow> editDeadlines = new ArrayList<>();

    @PostConstruct
    void load() {
        list = periods.list();
        schemeList = schemes.list();
    }

    /** After a scheme version is chosen: its sub-periods, each with an empty deadline. */
    public void schemeChosen() {
        newDeadlines = new ArrayList<>();
        schemeKey().ifPresent(key -> FacesFeedback.attempt(LABELS, () -> periods.subPeriodsOf(key, schemeVersion()))
                .ifPresent(labels -> labels.forEach(l -> newDeadlines.add(new DeadlineRow(l, null)))));
    }

    public void create() {
        List<NewPeriod.Deadline> deadlines = newDeadlines.stream().filter(r -> r.getDeadline() != null)
                .map(r -> new NewPeriod.Deadline(r.getSubPeriod(), r.getDeadline())).toList();
        NewPeriod request = new NewPeriod(code, name, year, schemeKey().orElse(null),
                schemeKey().isPresent() ? schemeVersion() : null, deadlines);
        FacesFeedback.attempt(LABELS, () -> periods.create(request)).ifPresent(p -> {
            FacesFeedback.info("admin.periods.created", p.code(), p.subPeriods().size());
            code = null;
            name = null;
            scheme = null;
            newDeadlines = new ArrayList<>();
            load();
        });
    }

    public void edit(PeriodView period) {
        editing = period.code();
        editingVersion = period.lockVersion();
        editDeadlines = new ArrayList<>(period.subPeriods().stream()
                .map(s -> new DeadlineRow(s.code(), s.deadline())).toList());
    }

    public void saveDeadlines() {
        List<NewPeriod.Deadline> deadlines = editDeadlines.stream()
                .map(r -> new NewPeriod.Deadline(r.getSubPeriod(), r.getDeadline())).toList();
        FacesFeedback.attempt(LABELS, () -> periods.setDeadlines(editing, editingVersion, deadlines)).ifPresent(p -> {
            FacesFeedback.info("admin.periods.deadlinesSaved", p.code());
            cancel();
        });
    }

    public void cancel() {
        editing = null;
        editDeadlines = new ArrayList<>();
        load();
    }

    /** Deadlines of a period as "mid 2026-07-10, year_end —". */
    public String deadlines(PeriodView period) {
        return String.join(FacesFeedback.text("admin.list.separator"), period.subPeriods().stream()
                .map(s -> s.code() + " " + (s.deadline() == null ? FacesFeedback.text("admin.periods.noDeadline")
                        : s.deadline().toString())).toList());
    }

    private Optional<String> schemeKey() {
        if (scheme == null || scheme.lastIndexOf(':') <= 0) {
            return Optional.empty();
        }
        return Optional.of(scheme.substring(0, scheme.lastIndexOf(':')));
    }

    private Integer schemeVersion() {
        return Integer.valueOf(scheme.substring(scheme.lastIndexOf(':') + 1));
    }

    public List<PeriodView> getList() {
        return list;
    }

    public List<SchemeSummary> getSchemeList() {
        return schemeList;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getScheme() {
        return scheme;
    }

    public void setScheme(String scheme) {
        this.scheme = scheme;
    }

    public List<DeadlineRow> getNewDeadlines() {
        return newDeadlines;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getEditingCode() {
        return editing;
    }

    public List<DeadlineRow> getEditDeadlines() {
        return editDeadlines;
    }
}
