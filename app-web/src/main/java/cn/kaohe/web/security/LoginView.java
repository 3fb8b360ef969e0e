package cn.kaohe.web.security;

import cn.kaohe.web.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** Backs {@code /login.xhtml}: signs in with login name and password, and signs out. */
@Named
@ViewScoped
public class LoginView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String HOME_PAGE = "/home.xhtml";

    @Inject
    private SecurityContext security;

    private String login;
    private String password;

    public String signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(login == null ? "" : login.strip(),
                        password == null ? "" : password)));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            request.changeSessionId(); // no session fixation
            // back to the page asked for before signing in, else the landing page (cn.kaohe.web.admin)
            Object returnTo = request.getSession().getAttribute(KaoheAuthenticationMechanism.RETURN_TO);
            request.getSession().removeAttribute(KaoheAuthenticationMechanism.RETURN_TO);
            String target = returnTo instanceof String page && page.startsWith("/")
                    && !page.startsWith(KaoheAuthenticationMechanism.LOGIN_PAGE) ? page : HOME_PAGE;
            external.redirect(request.getContextPath() + target);
            faces.responseComplete();
            return null;
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Messages.text(faces.getViewRoot().getLocale(), "login.failed", List.of()), null));
        return null;
    }

    public void signOut() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        KaoheAuthenticationMechanism.forget(request);
        external.redirect(request.getContextPath() + KaoheAuthenticationMechanism.LOGIN_PAGE);
        faces.responseComplete();
    }

    /** The signed-in user's login, or {@code null} when nobody is signed in (the container's anonymous caller). */
    public String getUser() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
