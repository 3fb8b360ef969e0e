package cn.kaohe.web.admin;

import cn.kaohe.platform.security.AccessRefusedException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Backs {@code /error.xhtml}, where web.xml sends 403, 404, 500 and uncaught exceptions: a translated explanation
 * instead of a stack trace. A refusal by the EJBs ({@code @RolesAllowed} or a data-level check) that escaped a page
 * counts as 403. The failure itself is logged for the operators, never shown. View-scoped, so switching the
 * language on the error page (a postback to it) keeps the status.
 */
@Named
@ViewScoped
public class ErrorView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(ErrorView.class.getName());

    private Integer status;

    /** 403, 404 or 500 (any other status is shown as 500's general text with its number). */
    public int getStatus() {
        if (status == null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            Map<String, Object> request = external.getRequestMap();
            Object code = request.get(RequestDispatcher.ERROR_STATUS_CODE);
            Object failure = request.get(RequestDispatcher.ERROR_EXCEPTION);
            status = code instanceof Integer i ? i : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
            if (failure instanceof Throwable t) {
                if (FacesFeedback.causedBy(t, EJBAccessException.class)
                        || FacesFeedback.causedBy(t, AccessRefusedException.class)) {
                    status = HttpServletResponse.SC_FORBIDDEN;
                } else {
                    LOG.log(Level.SEVERE, "page failed: " + request.get(RequestDispatcher.ERROR_REQUEST_URI), t);
                }
            }
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (!external.isResponseCommitted()) {
            external.setResponseStatus(status);
        }
        return status;
    }

    /** The message key suffix: {@code 403}, {@code 404} or {@code 500}. */
    public String getKind() {
        int s = getStatus();
        return s == 403 || s == 404 ? String.valueOf(s) : "500";
    }
}
