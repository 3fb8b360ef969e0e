package cn.kaohe.web.grid;

import cn.kaohe.exchange.boundary.ExchangeService;
import cn.kaohe.exchange.boundary.UploadReport;
import cn.kaohe.grid.boundary.Explanation;
import cn.kaohe.grid.boundary.Grid;
import cn.kaohe.grid.boundary.GridCell;
import cn.kaohe.grid.boundary.GridColumn;
import cn.kaohe.grid.boundary.GridRow;
import cn.kaohe.grid.boundary.GridService;
import cn.kaohe.period.boundary.PeriodChoice;
import cn.kaohe.period.boundary.PeriodService;
import cn.kaohe.platform.json.JsonValues;
import cn.kaohe.platform.security.AccessRefusedException;
import cn.kaohe.platform.validation.ConflictException;
import cn.kaohe.platform.validation.RequestRejectedException;
import cn.kaohe.platform.validation.Violation;
import cn.kaohe.reporting.boundary.EntryUpdate;
import cn.kaohe.reporting.boundary.EntryView;
import cn.kaohe.reporting.boundary.NewEntry;
import cn.kaohe.reporting.boundary.ReportingService;
import cn.kaohe.web.api.exchange.Downloads;
import cn.kaohe.web.api.problem.RequestRejectedMapper;
import cn.kaohe.web.i18n.Messages;
import cn.kaohe.web.i18n.ScoringMessages;
import cn.kaohe.web.workflow.WorkflowLabels;
import cn.kaohe.workflow.boundary.TransitionRequest;
import cn.kaohe.workflow.boundary.UnitWorkflowView;
import cn.kaohe.workflow.boundary.WorkflowService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.primefaces.PrimeFaces;
import org.primefaces.event.CellEditEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * Backs {@code /assess/grid.xhtml}: the assessor's (lead department's) scoring grid of a period — units × assigned
 * indicators (XJ-13, ZD-43) with inline cell entry, a message per refused cell, optimistic-lock conflicts, the
 * explanation of the selected unit (scoring-core's lines: inputs, method, factor, cap/floor, rule, contribution),
 * Excel bulk entry (template download, all-or-nothing upload with a row-level error report), and the workflow of each
 * unit: its state, and for the selected unit "return with reason" (退回) and "scoring done" (评分完成).
 *
 * <p>Values are saved through {@link ReportingService} (create, or update with the version read), which checks them
 * with scoring-core and refuses indicators not assigned to the caller.
 */
@Named
@ViewScoped
public class GridView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private GridService grids;

    @EJB
    private ReportingService reporting;

    @EJB
    private ExchangeService exchange;

    @EJB
    private PeriodService periods;

    @EJB
    private WorkflowService workflow;

    private List<PeriodChoice> periodList = List.of();
    private String period;
    private String category;
    private List<String> categories = List.of();
    private List<GridColumn> columns = List.of();
    private List<GridRowModel> rows = List.of();
    private String selectedUnit;
    private Explanation explanation;
    private transient UploadedFile file;
    private List<String> uploadErrors = List.of();
    private Map<String, UnitWorkflowView> states = Map.of();
    private String returnReason;

    @PostConstruct
    void init() {
        periodList = periods.choices();
        String requested = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("period");
        period = requested != null && periodList.stream().anyMatch(p -> p.code().equals(requested)) ? requested
                : periodList.isEmpty() ? null : periodList.get(periodList.size() - 1).code();
        load();
    }

    /** (Re)reads the grid of the chosen period and category. */
    public void load() {
        if (period == null) {
            return;
        }
        try {
            Grid grid = grids.grid(period, category);
            category = grid.category();
            categories = grid.categories();
            columns = grid.columns();
            rows = new ArrayList<>(grid.rows().stream().map(GridRowModel::new).toList());
            loadStates();
            if (selectedUnit != null && rows.stream().noneMatch(r -> r.getUnitCode().equals(selectedUnit))) {
                selectedUnit = null;
                explanation = null;
            }
        } catch (RequestRejectedException rejected) {
            category = null;
            load();
        }
    }

    public void periodChanged() {
        category = null;
        selectedUnit = null;
        explanation = null;
        uploadErrors = List.of();
        load();
    }

    public void categoryChanged() {
        selectedUnit = null;
        explanation = null;
        load();
    }

    /** Saves the cell(s) of the edited row whose typed value differs from the stored one. */
    public void onCellEdit(CellEditEvent<?> event) {
        saveRow(String.valueOf(event.getRowKey()));
    }

    /**
     * Saves what changed in a unit's row: called by the cell editor's own event and by the input's change event, so a
     * value is saved whichever the browser sends first (the second finds nothing changed).
     */
    public void saveRow(String unitCode) {
        GridRowModel row = row(unitCode);
        if (row == null) {
            return;
        }
        boolean refused = false;
        for (GridColumn column : columns) {
            String typed = trim(row.getValues().get(column.path()));
            if (!Objects.equals(typed, row.storedText(column.path()))) {
                refused |= !save(row, column, typed);
            }
        }
        explain(row.getUnitCode());
        if (refused) {
            // the refused cell shows its message in place
            PrimeFaces.current().ajax().update("gridForm:grid");
        }
    }

    /** Saves one cell; false when refused (the cell then carries the message). */
    private boolean save(GridRowModel row, GridColumn column, String typed) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = locale();
        String path = column.path();
        GridCell stored = row.storedCell(path);
        String where = text("grid.cell.where", row.getUnitName(), column.name());
        if (typed == null) {
            // an entry is not deleted from the grid: the stored value stays
            row.getValues().put(path, stored == null ? null : stored.value());
            return true;
        }
        try {
            JsonValue value = json(typed);
            EntryView saved = stored == null
                    ? reporting.create(period, new NewEntry(row.getUnitCode(), path, value))
                    : reporting.update(stored.entryId(), new EntryUpdate(value, stored.version()));
            row.stored(path, new GridCell(saved.id(), saved.version(), cellText(saved.value()), saved.enteredBy()));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    text("grid.cell.saved", where, row.getValues().get(path)), null));
            return true;
        } catch (RequestRejectedException rejected) {
            String message = rejected.violations().stream().map(v -> RequestRejectedMapper.message(locale, v))
                    .collect(Collectors.joining("；"));
            row.getErrors().put(path, message);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, where + "：" + message, null));
        } catch (ConflictException conflict) {
            Violation v = conflict.violation();
            String message = Messages.text(locale, v.key(), v.args());
            refresh(row, path);
            row.getErrors().put(path, text("grid.cell.conflict"));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, where + "：" + message, null));
        } catch (AccessRefusedException | EJBAccessException denied) {
            row.getErrors().put(path, text("problem.forbidden"));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, where + "：" + text("problem.forbidden"),
                    null));
        }
        return false;
    }

    /** Shows the stored value someone else saved meanwhile (after a conflict). */
    private void refresh(GridRowModel row, String path) {
        for (GridRow fresh : grids.grid(period, category).rows()) {
            if (fresh.unitCode().equals(row.getUnitCode())) {
                GridCell cell = fresh.cells().get(path);
                if (cell != null) {
                    row.stored(path, cell);
                }
            }
        }
    }

    /** Shows scoring-core's explanation of a unit, from the values entered so far. */
    public void explain(String unitCode) {
        selectedUnit = unitCode;
        try {
            explanation = grids.preview(period, unitCode);
        } catch (RequestRejectedException | AccessRefusedException | EJBAccessException refused) {
            explanation = null;
        }
    }

    // ---- workflow: each unit's state; return with reason (退回) and "scoring done" (评分完成) for the selected unit ----

    /** The unit's workflow state ({@code SUBMITTED} …), or null when unknown. */
    public String stateOf(String unitCode) {
        UnitWorkflowView state = states.get(unitCode);
        return state == null ? null : state.state();
    }

    /** Whether the caller may return the selected unit's submission (submitted or scored; the service checks again). */
    public boolean isReturnAvailable() {
        return selectedMay("RETURN");
    }

    /** Whether the caller may mark the selected unit scored (submitted; not their own submission). */
    public boolean isScoreAvailable() {
        return selectedMay("SCORE");
    }

    /** Returns the selected unit to its reporter with the reason (required; the unit reads it on its dashboard). */
    public void returnSelected() {
        if (transition("RETURN", returnReason)) {
            returnReason = null;
        }
    }

    /** Marks the selected unit's scoring done (评分完成): it goes on to the office's review. */
    public void scoreSelected() {
        transition("SCORE", null);
    }

    private boolean selectedMay(String action) {
        UnitWorkflowView state = selectedUnit == null ? null : states.get(selectedUnit);
        return state != null && state.actions().contains(action);
    }

    private boolean transition(String action, String reason) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = locale();
        UnitWorkflowView state = states.get(selectedUnit);
        if (state == null) {
            return false;
        }
        String where = text("grid.wf.where", getSelectedUnitName(), selectedUnit);
        boolean done = false;
        try {
            workflow.transition(period, selectedUnit, new TransitionRequest(action, state.version(), reason));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    text("grid.wf.done." + action, getSelectedUnitName(), selectedUnit), null));
            done = true;
        } catch (RequestRejectedException rejected) {
            // a missing reason goes next to the reason input, anything else to the page's messages
            rejected.violations().forEach(v -> faces.addMessage(field(v), new FacesMessage(
                    FacesMessage.SEVERITY_ERROR, where + WorkflowLabels.message(locale, v.key(), v.args()), null)));
            faces.validationFailed();
        } catch (ConflictException conflict) {
            Violation v = conflict.violation();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, where + WorkflowLabels.message(locale, v.key(),
                    v.args()), null));
        } catch (AccessRefusedException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, where + WorkflowLabels.message(locale,
                    refused.key(), refused.args()), null));
        } catch (EJBAccessException denied) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, where + text("problem.forbidden"),
                    null));
        }
        loadStates();
        return done;
    }

    private static String field(Violation v) {
        return "reason".equals(v.field()) ? "gridForm:returnReason" : null;
    }

    private void loadStates() {
        Map<String, UnitWorkflowView> read = new java.util.HashMap<>();
        try {
            workflow.states(period).forEach(s -> read.put(s.unitCode(), s));
        } catch (RequestRejectedException | AccessRefusedException | EJBAccessException refused) {
            // no states shown
        }
        states = read;
    }

    /** The template (.xlsx) of this period with the caller's columns and the stored values. */
    public StreamedContent getTemplate() {
        byte[] bytes = exchange.template(period, new BundleWording(locale()));
        return DefaultStreamedContent.builder().name("kaohe-" + period + "-grid.xlsx").contentType(Downloads.XLSX)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    /** Saves a filled template, all or nothing; on refusal lists every bad cell. */
    public void upload() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = locale();
        uploadErrors = List.of();
        if (file == null || file.getSize() == 0) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text("grid.upload.noFile"), null));
            return;
        }
        try {
            UploadReport report = exchange.upload(period, file.getContent());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text("grid.upload.saved",
                    report.values(), report.created(), report.changed()), null));
            load();
            if (selectedUnit != null) {
                explain(selectedUnit);
            }
        } catch (RequestRejectedException rejected) {
            uploadErrors = rejected.violations().stream().map(v -> RequestRejectedMapper.message(locale, v)).toList();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    text("grid.upload.refused", uploadErrors.size()), null));
        } catch (AccessRefusedException | EJBAccessException denied) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text("problem.forbidden"), null));
        }
    }

    /** A scoring-core flag in words. */
    public String flag(String flag) {
        return ScoringMessages.flag(locale(), flag);
    }

    /** A scoring-core input problem in words. */
    public String problem(Explanation.Problem p) {
        return (p.indicator() == null ? "" : p.indicator() + "：")
                + ScoringMessages.text(locale(), p.key(), p.args(), p.message());
    }

    /** The inputs of an explanation line as {@code name = value} pairs. */
    public String inputs(Explanation.Line line) {
        return line.inputs().entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining("，"));
    }

    public String getSelectedUnitName() {
        return rows.stream().filter(r -> r.getUnitCode().equals(selectedUnit)).map(GridRowModel::getUnitName)
                .findFirst().orElse(selectedUnit);
    }

    private GridRowModel row(String unitCode) {
        return rows.stream().filter(r -> r.getUnitCode().equals(unitCode)).findFirst().orElse(null);
    }

    /** A typed cell as unit-data JSON: a number, JSON for an object or list, otherwise the text (scoring-core says why). */
    static JsonValue json(String typed) {
        try {
            return Json.createValue(new BigDecimal(typed));
        } catch (NumberFormatException notANumber) {
            if (typed.startsWith("{") || typed.startsWith("[")) {
                try {
                    return JsonValues.of(typed);
                } catch (RuntimeException notJson) {
                    return Json.createValue(typed);
                }
            }
            return Json.createValue(typed);
        }
    }

    private static String cellText(JsonValue value) {
        String text = JsonValues.text(value);
        try {
            return new BigDecimal(text).toPlainString();
        } catch (NumberFormatException notANumber) {
            return text;
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private String text(String key, Object... args) {
        return new BundleWording(locale()).text(key, args);
    }

    public List<PeriodChoice> getPeriodList() {
        return periodList;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public List<String> getCategories() {
        return categories;
    }

    public List<GridColumn> getColumns() {
        return columns;
    }

    public List<GridRowModel> getRows() {
        return rows;
    }

    public String getSelectedUnit() {
        return selectedUnit;
    }

    public Explanation getExplanation() {
        return explanation;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public void setReturnReason(String returnReason) {
        this.returnReason = returnReason;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public List<String> getUploadErrors() {
        return uploadErrors;
    }

    /** Entry paths of the columns, in order (for the page's key lookups). */
    public Map<String, String> getColumnNames() {
        return columns.stream().collect(Collectors.toMap(GridColumn::path, GridColumn::name, (a, b) -> a,
                java.util.LinkedHashMap::new));
    }
}
