package cn.kaohe.web.rectification;

import cn.kaohe.platform.security.AccessRefusedException;
import cn.kaohe.platform.validation.ConflictException;
import cn.kaohe.platform.validation.RequestRejectedException;
import cn.kaohe.platform.validation.Violation;
import cn.kaohe.web.i18n.Messages;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns a refused service call into Faces messages in the view's language, next to the field at fault. */
final class PageMessages {

    private PageMessages() {
    }

    static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    static String text(String key, Object... args) {
        return Messages.text(locale(), key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    static void info(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
    }

    /**
     * Shows the refusal; a violation whose field is one of {@code fields} goes to that input of {@code form}, and
     * every other to the page's global messages. Returns false when {@code failure} is not a refusal.
     */
    static boolean refused(RuntimeException failure, String form, Set<String> fields) {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<Violation> violations;
        if (failure instanceof RequestRejectedException rejected) {
            violations = rejected.violations();
        } else if (failure instanceof ConflictException conflict) {
            violations = List.of(conflict.violation());
        } else if (failure instanceof AccessRefusedException refused) {
            violations = List.of(new Violation("access", refused.key(), refused.args()));
        } else if (failure instanceof EJBAccessException) {
            violations = List.of(Violation.of("access", "problem.forbidden"));
        } else {
            return false;
        }
        for (Violation v : violations) {
            String message = Messages.text(locale(), v.key(), v.args());
            String field = fields.contains(v.field()) ? form + ":" + v.field() : null;
            faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
        faces.validationFailed();
        return true;
    }
}
