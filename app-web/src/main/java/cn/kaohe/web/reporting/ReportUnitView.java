package cn.kaohe.web.reporting;

import cn.kaohe.platform.security.AccessRefusedException;
import cn.kaohe.platform.validation.ConflictException;
import cn.kaohe.platform.validation.RequestRejectedException;
import cn.kaohe.platform.validation.Violation;
import cn.kaohe.reporting.boundary.AdjustmentView;
import cn.kaohe.reporting.boundary.EntryPlace;
import cn.kaohe.reporting.boundary.EntryUpdate;
import cn.kaohe.reporting.boundary.EntryView;
import cn.kaohe.reporting.boundary.EvidenceService;
import cn.kaohe.reporting.boundary.NewAdjustment;
import cn.kaohe.reporting.boundary.NewEntry;
import cn.kaohe.reporting.boundary.ReportingService;
import cn.kaohe.reporting.boundary.SelfAssessment;
import cn.kaohe.reporting.boundary.UnitReportService;
import cn.kaohe.reporting.boundary.UnitWorkbook;
import cn.kaohe.scoring.explain.AdjustmentLine;
import cn.kaohe.scoring.explain.IndicatorLine;
import cn.kaohe.scoring.input.InputProblem;
import cn.kaohe.scoring.rounding.Decimals;
import cn.kaohe.web.api.problem.RequestRejectedMapper;
import cn.kaohe.web.workflow.WorkflowLabels;
import cn.kaohe.web.i18n.LocaleSelection;
import cn.kaohe.web.i18n.Messages;
import cn.kaohe.web.i18n.ScoringMessages;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * Backs {@code /report/unit.xhtml?period=…&unit=…}: one unit's period — the data-entry form grouped by the scheme's
 * first-level indicators, evidence uploads, bonus claims, and the self-assessment preview with scoring-core's
 * explanation. A unit the caller does not act for answers 403 with a message and shows nothing of the unit.
 */
@Named
@ViewScoped
public class ReportUnitView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private UnitReportService reports;

    @EJB
    private ReportingService reporting;

    @EJB
    private EvidenceService evidence;

    @Inject
    private LocaleSelection languages;

    private String period;
    private String unit;
    private boolean refused;
    private String refusal;
    private UnitWorkbook workbook;
    private List<GroupForm> groups = List.of();
    private SelfAssessment preview;

    private String claimTable;
    private String claimKey;
    private String claimWork;
    private LocalDate claimDocumentDate;

    /** The view action: loads the unit, or refuses (403) a unit the caller may not see. */
    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            reload();
        } catch (AccessRefusedException denied) {
            refuse(faces, Messages.text(locale(), denied.key(), denied.args()));
        } catch (EJBAccessException denied) {
            refuse(faces, Messages.text(locale(), "problem.forbidden", List.of()));
        } catch (RequestRejectedException rejected) {
            refused = true;
            refusal = rejected.violations().stream().map(this::problem)
                    .collect(Collectors.joining("; "));
            faces.getExternalContext().setResponseStatus(404);
        }
    }

    private void refuse(FacesContext faces, String text) {
        refused = true;
        refusal = text;
        workbook = null;
        groups = List.of();
        preview = null;
        faces.getExternalContext().setResponseStatus(403);
    }

    private void reload() {
        workbook = reports.workbook(period, unit);
        Map<String, GroupForm> byGroup = new LinkedHashMap<>();
        for (EntryPlace place : workbook.places()) {
            byGroup.computeIfAbsent(place.group(), GroupForm::new).places.add(new PlaceForm(place));
        }
        groups = new ArrayList<>(byGroup.values());
        preview = reports.preview(period, unit);
        if (claimTable == null && !workbook.bonusTables().isEmpty()) {
            claimTable = workbook.bonusTables().get(0).id();
        }
    }

    // ---- data entry ------------------------------------------------------------------------------------------

    /** Saves one place: creates its entry, or updates it with the version read (a stale version is a conflict). */
    public void save(PlaceForm form) {
        FacesContext faces = FacesContext.getCurrentInstance();
        form.message = null;
        form.conflict = false;
        try {
            JsonValue value = form.value();
            if (form.place.entry() == null) {
                reporting.create(period, new NewEntry(unit, form.place.path(), value));
            } else {
                reporting.update(form.place.entry().id(), new EntryUpdate(value, form.version));
            }
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.text(locale(), "report.entry.saved", List.of(form.place.name(), label(form.place))),
                    null));
            reload();
        } catch (ConflictException conflict) {
            // two people editing the same entry: say who changed it, keep what this user typed
            form.conflict = true;
            form.message = problem(conflict.violation());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, form.message, null));
            faces.validationFailed();
        } catch (RequestRejectedException rejected) {
            form.message = rejected.violations().stream().map(this::problem)
                    .collect(Collectors.joining("; "));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, form.message, null));
            faces.validationFailed();
        } catch (AccessRefusedException denied) {
            form.message = Messages.text(locale(), denied.key(), denied.args());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, form.message, null));
            faces.validationFailed();
        }
    }

    /** Reloads a place after a conflict, showing the other person's value. */
    public void discard(PlaceForm form) {
        reload();
    }

    /** Adds an item row to a sheet place. */
    public void addItem(PlaceForm form) {
        form.items.add(new ItemForm());
    }

    /** Stores an uploaded file as evidence of an entry ({@code owner} kind and id are attributes of the upload). */
    public void upload(FileUploadEvent event) {
        String kind = String.valueOf(event.getComponent().getAttributes().get("ownerKind"));
        long owner = Long.parseLong(String.valueOf(event.getComponent().getAttributes().get("ownerId")));
        attach(kind, owner, event.getFile());
    }

    private void attach(String kind, long owner, UploadedFile file) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try (InputStream in = file.getInputStream()) {
            evidence.attach(kind, owner, file.getFileName(), in);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.text(locale(), "report.evidence.saved", List.of(file.getFileName())), null));
            reload();
        } catch (RequestRejectedException rejected) {
            String text = rejected.violations().stream().map(this::problem)
                    .collect(Collectors.joining("; "));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            faces.validationFailed();
        } catch (AccessRefusedException denied) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(locale(), denied.key(), denied.args()), null));
            faces.validationFailed();
        } catch (IOException | EJBException failed) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(locale(), "report.evidence.failed", List.of(file.getFileName())), null));
            faces.validationFailed();
        }
    }

    // ---- bonus claims ----------------------------------------------------------------------------------------

    /** Files a bonus claim (award level, document date, work item); its evidence is uploaded on its row. */
    public void fileClaim() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            AdjustmentView filed = reporting.addAdjustment(period, new NewAdjustment(unit, claimTable,
                    blankToNull(claimKey), blankToNull(claimWork), null, null, claimDocumentDate, null, null));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.text(locale(), "report.claim.saved", List.of(String.valueOf(filed.id()))), null));
            claimKey = null;
            claimWork = null;
            claimDocumentDate = null;
            reload();
        } catch (RequestRejectedException rejected) {
            for (Violation v : rejected.violations()) {
                String field = switch (v.field()) {
                    case "table" -> "claimTable";
                    case "key" -> "claimKey";
                    case "work" -> "claimWork";
                    case "documentDate" -> "claimDocumentDate";
                    default -> null;
                };
                String text = problem(v);
                faces.addMessage(field == null ? null : "claimForm:" + field,
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            }
            faces.validationFailed();
        } catch (AccessRefusedException denied) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(locale(), denied.key(), denied.args()), null));
            faces.validationFailed();
        }
    }

    /** The rows (award levels) of the chosen table. */
    public List<String> getClaimRows() {
        if (workbook == null || claimTable == null) {
            return List.of();
        }
        return workbook.bonusTables().stream().filter(t -> t.id().equals(claimTable)).findFirst()
                .map(UnitWorkbook.BonusTable::rows).orElse(List.of());
    }

    /** What the preview did with a claim: counted, or refused and why ("" when the preview has no line for it). */
    public String claimStatus(UnitWorkbook.Claim claim) {
        AdjustmentView a = claim.record();
        if (preview == null || preview.result() == null) {
            return Messages.text(locale(), "report.claim.status.unknown", List.of());
        }
        List<AdjustmentLine> lines = preview.result().adjustments();
        List<UnitWorkbook.Claim> claims = workbook.claims();
        // claims go to scoring-core in record order; the n-th claim of a table/key/work is its n-th line
        int nth = 0;
        for (UnitWorkbook.Claim c : claims) {
            if (c == claim) {
                break;
            }
            if (same(c.record(), a)) {
                nth++;
            }
        }
        for (AdjustmentLine line : lines) {
            if (line.table().equals(a.table()) && eq(line.key(), a.key()) && eq(line.work(), a.work()) && nth-- == 0) {
                return line.applied()
                        ? Messages.text(locale(), "report.claim.status.applied", List.of(Decimals.text(line.value())))
                        : ScoringMessages.refusal(locale(), line.reason());
            }
        }
        return Messages.text(locale(), "report.claim.status.unknown", List.of());
    }

    private static boolean same(AdjustmentView x, AdjustmentView y) {
        return x.table().equals(y.table()) && eq(x.key(), y.key()) && eq(x.work(), y.work());
    }

    private static boolean eq(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    // ---- preview ---------------------------------------------------------------------------------------------

    public void refreshPreview() {
        preview = reports.preview(period, unit);
    }

    /** Whether scoring-core gave a complete result (a final score). */
    public boolean isPreviewComplete() {
        return preview != null && preview.result() != null && preview.result().complete();
    }

    /** Whether scoring-core refused the data for more than missing inputs. */
    public boolean isPreviewInvalid() {
        return preview != null && "INVALID".equals(preview.status());
    }

    public String getPreviewScore() {
        return isPreviewComplete() ? Decimals.text(preview.result().finalScore()) : null;
    }

    public String getPreviewGrade() {
        return isPreviewComplete() ? preview.result().grade() : null;
    }

    public String getPreviewBonus() {
        return preview == null || preview.result() == null || preview.result().bonus() == null ? null
                : Decimals.text(preview.result().bonus());
    }

    public String getPreviewDeduction() {
        return preview == null || preview.result() == null || preview.result().deduction() == null ? null
                : Decimals.text(preview.result().deduction());
    }

    public List<IndicatorLine> getPreviewLines() {
        return preview == null || preview.result() == null ? List.of() : preview.result().indicators();
    }

    public List<AdjustmentLine> getPreviewAdjustments() {
        return preview == null || preview.result() == null ? List.of() : preview.result().adjustments();
    }

    /** Flags and reasons of the result (missing data, vetoes, caps), in the user's language. */
    public List<String> getPreviewFlags() {
        if (preview == null || preview.result() == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        preview.result().flags().forEach(f -> out.add(ScoringMessages.flag(locale(), f)));
        out.addAll(preview.result().reasons());
        return out;
    }

    /** Why scoring-core refused the unit's data, in the user's language. */
    public List<String> getPreviewProblems() {
        if (preview == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (InputProblem p : preview.problems()) {
            out.add(ScoringMessages.input(locale(), p));
        }
        return out;
    }

    public String method(String name) {
        return ScoringMessages.method(locale(), name);
    }

    public String bound(String name) {
        return ScoringMessages.bound(locale(), name);
    }

    public String refusal(String reason) {
        return ScoringMessages.refusal(locale(), reason);
    }

    /** The inputs of an explanation line, {@code name value} joined; missing inputs are shown as missing. */
    public String inputs(IndicatorLine line) {
        String missing = Messages.text(locale(), "report.preview.missing", List.of());
        return line.inputs().entrySet().stream()
                .map(e -> ScoringMessages.inputName(locale(), e.getKey()) + " " + (e.getValue() == null ? missing
                        : e.getValue()))
                .collect(Collectors.joining(", "));
    }

    /** A decimal as exact text; null (not scored: data missing) as "incomplete", never as zero. */
    public String decimal(BigDecimal value) {
        return value == null ? Messages.text(locale(), "report.preview.incomplete", List.of()) : Decimals.text(value);
    }

    /** The name of a place with its sub-period, e.g. "共性部分考核表 (year_end)". */
    public String label(EntryPlace place) {
        return place.subPeriod() == null ? place.name()
                : Messages.text(locale(), "report.place.withSubPeriod", List.of(place.name(), place.subPeriod()));
    }

    /** The evidence limits, in the user's language. */
    public String getEvidenceLimits() {
        if (workbook == null) {
            return "";
        }
        return Messages.text(locale(), "report.evidence.limits", List.of(String.join(", ", workbook.evidenceTypes()),
                String.valueOf(workbook.evidenceMaxBytes() / (1024 * 1024))));
    }

    /** The session's language (the view root's locale is not yet the user's choice in the view action). */
    private Locale locale() {
        return languages == null ? Messages.CHINESE : languages.getLocale();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // ---- form models -----------------------------------------------------------------------------------------

    /** A first-level indicator and its places. */
    public static final class GroupForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String name;
        private final List<PlaceForm> places = new ArrayList<>();

        GroupForm(String name) {
            this.name = name;
        }

        public String getName() {
            return name;
        }

        public List<PlaceForm> getPlaces() {
            return places;
        }
    }

    /** What the user types for one place, filled from its entry. */
    public static final class PlaceForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private final transient EntryPlace place;
        private String number;
        private String target;
        private String actual;
        private final List<VoteForm> votes = new ArrayList<>();
        private final List<ItemForm> items = new ArrayList<>();
        private Long version;
        private String message;
        private boolean conflict;

        PlaceForm(EntryPlace place) {
            this.place = place;
            EntryView entry = place.entry();
            JsonValue value = entry == null ? null : entry.value();
            version = entry == null ? null : entry.version();
            JsonObject object = value != null && value.getValueType() == JsonValue.ValueType.OBJECT
                    ? value.asJsonObject() : null;
            switch (place.input()) {
                case "TARGET_ACTUAL" -> {
                    target = object == null ? null : text(object.get("target"));
                    actual = object == null ? null : text(object.get("actual"));
                }
                case "VOTES" -> {
                    JsonObject counts = object == null || !object.containsKey("votes") ? null
                            : object.getJsonObject("votes");
                    for (String label : place.labels()) {
                        votes.add(new VoteForm(label, counts == null ? null : text(counts.get(label))));
                    }
                }
                case "ITEMS" -> {
                    if (object != null && object.containsKey("items")) {
                        for (JsonValue i : object.getJsonArray("items")) {
                            JsonObject item = i.asJsonObject();
                            ItemForm f = new ItemForm();
                            f.name = text(item.get("name"));
                            f.points = text(item.get("points"));
                            f.deductions = text(item.get("deductions"));
                            f.target = text(item.get("target"));
                            f.actual = text(item.get("actual"));
                            items.add(f);
                        }
                    }
                    if (items.isEmpty()) {
                        items.add(new ItemForm());
                    }
                }
                default -> number = object != null ? text(object.get("score")) : text(value);
            }
        }

        private static String text(JsonValue v) {
            if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            return v.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) v).getString()
                    : v.toString();
        }

        /** The value as scoring-core unit data; numbers go as exact text (ballot counts as whole numbers). */
        JsonValue value() {
            switch (place.input()) {
                case "TARGET_ACTUAL" -> {
                    JsonObjectBuilder b = Json.createObjectBuilder();
                    put(b, "target", target);
                    put(b, "actual", actual);
                    return b.build();
                }
                case "VOTES" -> {
                    JsonObjectBuilder counts = Json.createObjectBuilder();
                    for (VoteForm v : votes) {
                        if (v.count != null && !v.count.isBlank()) {
                            try {
                                counts.add(v.label, Integer.parseInt(v.count.strip()));
                            } catch (NumberFormatException notWhole) {
                                counts.add(v.label, v.count.strip()); // scoring-core names the bad count
                            }
                        }
                    }
                    return Json.createObjectBuilder().add("votes", counts).build();
                }
                case "ITEMS" -> {
                    JsonArrayBuilder list = Json.createArrayBuilder();
                    for (ItemForm i : items) {
                        if (i.isBlank()) {
                            continue;
                        }
                        JsonObjectBuilder b = Json.createObjectBuilder();
                        put(b, "name", i.name);
                        put(b, "points", i.points);
                        if (place.method().equals("SHEET_PRORATION")) {
                            put(b, "target", i.target);
                            put(b, "actual", i.actual);
                        } else {
                            put(b, "deductions", i.deductions);
                        }
                        list.add(b);
                    }
                    return Json.createObjectBuilder().add("items", list).build();
                }
                default -> {
                    return number == null || number.isBlank() ? JsonValue.NULL : Json.createValue(number.strip());
                }
            }
        }

        private static void put(JsonObjectBuilder b, String name, String value) {
            if (value != null && !value.isBlank()) {
                b.add(name, value.strip());
            }
        }

        public EntryPlace getPlace() {
            return place;
        }

        public String getNumber() {
            return number;
        }

        public void setNumber(String number) {
            this.number = number;
        }

        public String getTarget() {
            return target;
        }

        public void setTarget(String target) {
            this.target = target;
        }

        public String getActual() {
            return actual;
        }

        public void setActual(String actual) {
            this.actual = actual;
        }

        public List<VoteForm> getVotes() {
            return votes;
        }

        public List<ItemForm> getItems() {
            return items;
        }

        public String getMessage() {
            return message;
        }

        public boolean isConflict() {
            return conflict;
        }

        public boolean isSheetProration() {
            return "SHEET_PRORATION".equals(place.method());
        }
    }

    /** A ballot count of one rating label. */
    public static final class VoteForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String label;
        private String count;

        VoteForm(String label, String count) {
            this.label = label;
            this.count = count;
        }

        public String getLabel() {
            return label;
        }

        public String getCount() {
            return count;
        }

        public void setCount(String count) {
            this.count = count;
        }
    }

    /** One item of a sheet (考核表): name, points and deductions, or target and actual. */
    public static final class ItemForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String points;
        private String deductions;
        private String target;
        private String actual;

        boolean isBlank() {
            return blank(name) && blank(points) && blank(deductions) && blank(target) && blank(actual);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getPoints() {
            return points;
        }

        public void setPoints(String points) {
            this.points = points;
        }

        public String getDeductions() {
            return deductions;
        }

        public void setDeductions(String deductions) {
            this.deductions = deductions;
        }

        public String getTarget() {
            return target;
        }

        public void setTarget(String target) {
            this.target = target;
        }

        public String getActual() {
            return actual;
        }

        public void setActual(String actual) {
            this.actual = actual;
        }
    }

    // ---- parameters and state ----------------------------------------------------------------------------------

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public boolean isRefused() {
        return refused;
    }

    public String getRefusal() {
        return refusal;
    }

    public UnitWorkbook getWorkbook() {
        return workbook;
    }

    public List<GroupForm> getGroups() {
        return groups;
    }

    public SelfAssessment getPreview() {
        return preview;
    }

    public String getClaimTable() {
        return claimTable;
    }

    public void setClaimTable(String claimTable) {
        this.claimTable = claimTable;
    }

    public String getClaimKey() {
        return claimKey;
    }

    public void setClaimKey(String claimKey) {
        this.claimKey = claimKey;
    }

    public String getClaimWork() {
        return claimWork;
    }

    public void setClaimWork(String claimWork) {
        this.claimWork = claimWork;
    }

    public LocalDate getClaimDocumentDate() {
        return claimDocumentDate;
    }

    public void setClaimDocumentDate(LocalDate claimDocumentDate) {
        this.claimDocumentDate = claimDocumentDate;
    }

    /** A refused value in words; a workflow refusal (a locked unit) names the state in words, not by its code. */
    private String problem(Violation v) {
        return v.key().startsWith("workflow.") ? WorkflowLabels.message(locale(), v.key(), v.args())
                : RequestRejectedMapper.message(locale(), v);
    }
}
