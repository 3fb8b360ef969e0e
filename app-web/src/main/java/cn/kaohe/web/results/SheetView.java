package cn.kaohe.web.results;

import cn.kaohe.exchange.boundary.ExchangeService;
import cn.kaohe.platform.security.Roles;
import cn.kaohe.results.boundary.ResultSheet;
import cn.kaohe.results.boundary.ResultsService;
import cn.kaohe.web.api.exchange.Downloads;
import cn.kaohe.web.grid.BundleWording;
import cn.kaohe.web.i18n.Messages;
import cn.kaohe.web.i18n.ScoringMessages;
import cn.kaohe.workflow.boundary.WorkflowService;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Backs {@code /results/sheet.xhtml}: one unit's result sheet (成绩单) with its full explanation. Without parameters
 * it shows the caller's own unit in its latest completed run (what a unit reporter sees). Offers the unit's result
 * notice (PDF, 成绩通知) to those who may have it: the office, leaders and auditors always, a unit reporter once the
 * unit's result is published (the services decide; the button is only shown where they would agree).
 */
@Named
@ViewScoped
public class SheetView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ResultsService results;

    @EJB
    private ExchangeService exchange;

    @EJB
    private WorkflowService workflow;

    private Long run;
    private String unit;
    private ResultSheet sheet;
    private boolean noticeAvailable;

    /** f:viewAction. */
    public void load() {
        try {
            sheet = run == null ? results.latestSheet(unit).orElse(null) : results.sheet(run, unit);
            if (sheet == null) {
                Pages.info("results.sheet.none");
            } else {
                run = sheet.runId();
                unit = sheet.unitCode();
                noticeAvailable = mayHaveNotice();
            }
        } catch (RuntimeException failure) {
            sheet = null;
            if (!Pages.refused(failure)) {
                throw failure;
            }
        }
    }

    private boolean mayHaveNotice() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        if (context.isUserInRole(Roles.ASSESSMENT_OFFICE) || context.isUserInRole(Roles.LEADER)
                || context.isUserInRole(Roles.AUDITOR) || context.isUserInRole(Roles.SYSTEM_ADMIN)) {
            return true;
        }
        return context.isUserInRole(Roles.UNIT_REPORTER)
                && "PUBLISHED".equals(workflow.state(sheet.periodCode(), unit).state());
    }

    /** The unit's result notice (PDF with the embedded Chinese font), in the page's language. */
    public StreamedContent getNotice() {
        byte[] pdf = exchange.notice(run, unit, new BundleWording(Pages.locale()));
        return DefaultStreamedContent.builder().name("kaohe-run-" + run + "-" + unit + ".pdf")
                .contentType(Downloads.PDF).stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    public boolean isNoticeAvailable() {
        return noticeAvailable;
    }

    /** A flag of scoring-core in words (scoring bundles). */
    public String flag(String flag) {
        return ScoringMessages.flag(Pages.locale(), flag);
    }

    /** The method in words, or its code when the bundle has none. */
    public String method(String method) {
        return known("results.method." + method, method);
    }

    /** Why a claim was refused, in words (scoring-core's reason code kept in brackets). */
    public String reason(String reason) {
        if (reason == null) {
            return "";
        }
        String code = reason.replaceAll("[^A-Z_].*$", "").replaceAll("_$", "");
        String text = known("results.reason." + code, null);
        return text == null ? reason : text + " (" + reason + ")";
    }

    /** A breakdown source in words: indicator, adjustment, cap, growth, veto, rounding. */
    public String source(String source) {
        int colon = source.indexOf(':');
        String kind = colon < 0 ? source : source.substring(0, colon);
        String label = known("results.source." + kind, kind);
        return colon < 0 ? label : label + " " + source.substring(colon + 1);
    }

    /** The inputs of a line as {@code name = value}. */
    public String inputs(Map<String, String> inputs) {
        return inputs.entrySet().stream().map(e -> e.getKey() + " = " + (e.getValue() == null ? "—" : e.getValue()))
                .collect(Collectors.joining("; "));
    }

    private String known(String key, String fallback) {
        String text = Messages.text(Pages.locale(), key, List.of());
        return text.equals(key + "[]") ? fallback : text;
    }

    public Long getRun() {
        return run;
    }

    public void setRun(Long run) {
        this.run = run;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public ResultSheet getSheet() {
        return sheet;
    }
}
