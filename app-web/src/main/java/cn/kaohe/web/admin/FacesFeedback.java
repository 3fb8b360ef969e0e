package cn.kaohe.web.admin;

import cn.kaohe.platform.security.AccessRefusedException;
import cn.kaohe.platform.validation.ConflictException;
import cn.kaohe.platform.validation.RequestRejectedException;
import cn.kaohe.platform.validation.Violation;
import cn.kaohe.web.i18n.Messages;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a service call for a page and turns its refusals into translated page messages: rejected fields (each with
 * its label), conflicts (someone changed the record meanwhile), refusals (no right for this record or operation).
 * Nothing else of the page changes on a refusal, as the service saved nothing.
 */
final class FacesFeedback {

    private FacesFeedback() {
    }

    /** What a page shows for a refused call. */
    enum Outcome { DONE, REJECTED, CONFLICT, REFUSED }

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

    static void error(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    /**
     * Calls {@code call}; on a refusal adds the messages and answers empty. {@code labels} is the key prefix of the
     * page's field labels ({@code admin.units.field.}): a violation of field {@code name} is shown as
     * "label: message".
     */
    static <T> Optional<T> attempt(String labels, Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (RequestRejectedException rejected) {
            for (Violation v : rejected.violations()) {
                String message = Messages.text(locale(), v.key(), v.args());
                error(label(labels, v.field()) + message);
            }
        } catch (ConflictException conflict) {
            Violation v = conflict.violation();
            error(text("admin.conflict") + " " + Messages.text(locale(), v.key(), v.args()));
        } catch (AccessRefusedException refused) {
            error(text("problem.forbidden") + " " + Messages.text(locale(), refused.key(), refused.args()));
        } catch (EJBAccessException denied) {
            error(text("problem.forbidden"));
        } catch (RuntimeException failure) {
            if (causedBy(failure, OptimisticLockException.class)) {
                error(text("admin.conflict") + " " + text("admin.conflict.reload"));
            } else {
                throw failure;
            }
        }
        return Optional.empty();
    }

    private static String label(String prefix, String field) {
        String key = prefix + field;
        String label = Messages.text(locale(), key, List.of());
        return label.equals(key + "[]") ? field + ": " : label + ": ";
    }

    static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
