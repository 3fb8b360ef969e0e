package cn.kaohe.web.workflow;

import cn.kaohe.platform.security.AccessRefusedException;
import cn.kaohe.platform.validation.ConflictException;
import cn.kaohe.platform.validation.RequestRejectedException;
import cn.kaohe.platform.validation.Violation;
import cn.kaohe.web.i18n.Messages;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a workflow call for a page and turns a refusal into a translated page message that names the unit: a missing
 * reason, a state the action does not start from, a stale version (someone moved the unit meanwhile), a refused role
 * or one's own submission. The service changed nothing when it refused.
 */
final class WorkflowFeedback {

    private WorkflowFeedback() {
    }

    static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    static String text(String key, Object... args) {
        return Messages.text(locale(), key, Arrays.stream(args).map(String::valueOf).toList());
    }

    static void info(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
    }

    static void error(String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed();
    }

    /**
     * Calls {@code call}; on a refusal adds one message per problem, prefixed with {@code where} (e.g. "单位 V1："),
     * and answers empty.
     */
    static <T> Optional<T> attempt(String where, Supplier<T> call) {
        List<String> problems;
        try {
            return Optional.ofNullable(call.get());
        } catch (RequestRejectedException rejected) {
            problems = rejected.violations().stream().map(WorkflowFeedback::message).toList();
        } catch (ConflictException conflict) {
            problems = List.of(message(conflict.violation()));
        } catch (AccessRefusedException refused) {
            problems = List.of(WorkflowLabels.message(locale(), refused.key(), refused.args()));
        } catch (EJBAccessException denied) {
            problems = List.of(text("problem.forbidden"));
        }
        problems.forEach(m -> error(where + m));
        return Optional.empty();
    }

    private static String message(Violation v) {
        String label = Messages.text(locale(), "wf.field." + v.field(), List.of());
        String text = WorkflowLabels.message(locale(), v.key(), v.args());
        return label.startsWith("wf.field.") ? text : label + "：" + text;
    }
}
