package cn.kaohe.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language of the user's session: Chinese unless English is chosen. */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Messages.CHINESE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.toLanguageTag();
    }

    public boolean isEnglish() {
        return Messages.ENGLISH.equals(locale);
    }

    /** Switches the language and stays on the page. */
    public void use(String language) {
        locale = Messages.supported(Locale.forLanguageTag(language));
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
}
