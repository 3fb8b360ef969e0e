package cn.kaohe.web.results;

import cn.kaohe.platform.security.AccessRefusedException;
import cn.kaohe.platform.validation.RequestRejectedException;
import cn.kaohe.platform.validation.Violation;
import cn.kaohe.web.i18n.LocaleSelection;
import cn.kaohe.web.i18n.Messages;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Locale;

/** What the results pages share: the page locale and refusals shown as page messages. */
final class Pages {

    private Pages() {
    }

    /**
     * The session's language ({@code LocaleSelection}); not the view root's, which during a view action of a first
     * request is still the browser's and only becomes the session's when {@code f:view} renders.
     */
    static Locale locale() {
        return CDI.current().select(LocaleSelection.class).get().getLocale();
    }

    static String text(String key, String... args) {
        return Messages.text(locale(), key, List.of(args));
    }

    static void info(String key, String... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
    }

    /**
     * Shows why a service refused: a role that may not call it, a data-level refusal, or rejected values. Returns
     * false when {@code failure} is none of these (the caller rethrows it).
     */
    static boolean refused(RuntimeException failure) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = locale();
        Throwable cause = failure;
        while (cause != null && !(cause instanceof EJBAccessException) && !(cause instanceof AccessRefusedException)
                && !(cause instanceof RequestRejectedException) && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof EJBAccessException) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(locale, "results.refused", List.of()), null));
        } else if (cause instanceof AccessRefusedException a) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(locale, a.key(), a.args()), null));
        } else if (cause instanceof RequestRejectedException r) {
            for (Violation v : r.violations()) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        Messages.text(locale, v.key(), v.args()), null));
            }
        } else {
            return false;
        }
        faces.validationFailed();
        return true;
    }
}
