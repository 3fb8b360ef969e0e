package cn.kaohe.web.workflow;

import cn.kaohe.platform.security.AccessRefusedException;
import cn.kaohe.platform.validation.RequestRejectedException;
import cn.kaohe.web.i18n.Messages;
import cn.kaohe.workflow.boundary.UnitWorkflowView;
import cn.kaohe.workflow.boundary.WorkflowService;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Workflow words for any page: a state or an action in the page's language, a UTC time in China Standard Time, and a
 * unit's state for a banner ({@code #{workflowLabels.locked(period, unit)}}). Request scoped: one look-up per unit
 * and request.
 */
@Named
@RequestScoped
public class WorkflowLabels {

    /** Times are shown in China Standard Time, as the deadlines are. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** States in which the unit itself may still change its data (the service enforces it; pages show it). */
    static final Set<String> EDITABLE = Set.of("DRAFT", "RETURNED");

    @EJB
    private WorkflowService workflow;

    private final Map<String, UnitWorkflowView> seen = new HashMap<>();

    /** A state ({@code SUBMITTED}) in words (已提交自评). */
    public String state(String state) {
        return state == null ? "" : text("workflow.state." + state);
    }

    /** An action ({@code RETURN}) in words (退回). */
    public String action(String action) {
        return action == null ? "" : text("workflow.action." + action);
    }

    /** A UTC time as {@code 2026-12-01 09:30} China time; empty for none. */
    public String time(LocalDateTime utc) {
        return format(utc);
    }

    static String format(LocalDateTime utc) {
        return utc == null ? "" : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(CHINA).format(MINUTES);
    }

    /** The unit's state, or null when the caller may not see it. */
    public UnitWorkflowView of(String period, String unit) {
        if (period == null || unit == null) {
            return null;
        }
        return seen.computeIfAbsent(period + "/" + unit, k -> {
            try {
                return workflow.state(period, unit);
            } catch (RequestRejectedException | AccessRefusedException | EJBAccessException refused) {
                return null;
            }
        });
    }

    /** Whether the unit's own data is locked (submitted and beyond): the reporter sees why nothing can be saved. */
    public boolean locked(String period, String unit) {
        UnitWorkflowView state = of(period, unit);
        return state != null && !EDITABLE.contains(state.state());
    }

    /**
     * A workflow service message in words: the action and state names among its arguments ({@code APPROVE},
     * {@code SUBMITTED}) are replaced by their labels (审定, 已提交自评); other messages are translated as they are.
     */
    public static String message(Locale locale, String key, List<String> args) {
        if (key == null || !key.startsWith("workflow.")) {
            return Messages.text(locale, key, args);
        }
        List<String> words = args.stream().map(a -> a != null && CODE.matcher(a).matches()
                ? word(locale, a) : a).toList();
        return Messages.text(locale, key, words);
    }

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z_]+(, [A-Z_]+)*");

    private static String word(Locale locale, String codes) {
        return String.join("、", java.util.Arrays.stream(codes.split(", ")).map(code -> {
            for (String kind : List.of("workflow.action.", "workflow.state.")) {
                String label = Messages.text(locale, kind + code, List.of());
                if (!label.startsWith(kind)) {
                    return label;
                }
            }
            return code;
        }).toList());
    }

    /** CSS class of a state tag. */
    public String styleOf(String state) {
        return "kh-wf-state kh-wf-" + (state == null ? "DRAFT" : state);
    }

    private static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces == null || faces.getViewRoot() == null ? Messages.CHINESE : faces.getViewRoot().getLocale();
        return Messages.text(locale, key, List.of());
    }
}
