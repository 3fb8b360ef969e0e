package cn.kaohe.web.units;

import cn.kaohe.organisation.boundary.NewUnit;
import cn.kaohe.organisation.boundary.OrgUnitService;
import cn.kaohe.organisation.boundary.UnitSummary;
import cn.kaohe.platform.validation.RequestRejectedException;
import cn.kaohe.platform.validation.Violation;
import cn.kaohe.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import cn.kaohe.platform.security.Roles;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** Backs {@code /units.xhtml}: lists the units and creates one from the form. */
@Named
@ViewScoped
public class UnitsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "unitForm";

    @EJB
    private OrgUnitService units;

    @Inject
    private SecurityContext security;

    private List<UnitSummary> list;
    private String code;
    private String name;
    private String category;
    private String parentCode;

    @PostConstruct
    void load() {
        list = units.list();
    }

    public void create() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        try {
            UnitSummary created = units.create(new NewUnit(code, name, category, parentCode));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.text(locale, "units.created", List.of(created.code(), created.name())), null));
            code = null;
            name = null;
            category = null;
            parentCode = null;
            list = units.list();
        } catch (RequestRejectedException rejected) {
            for (Violation violation : rejected.violations()) {
                String text = Messages.text(locale, violation.key(), violation.args());
                String label = Messages.text(locale, "units.field." + violation.field(), List.of());
                faces.addMessage(FORM + ":" + violation.field(),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, label + ": " + text, text));
            }
            faces.validationFailed();
        } catch (EJBAccessException denied) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(locale, "problem.forbidden", List.of()), null));
            faces.validationFailed();
        }
    }

    /** Whether the signed-in user may create units (the office and system administrators). */
    public boolean isMayCreate() {
        return security.isCallerInRole(Roles.SYSTEM_ADMIN) || security.isCallerInRole(Roles.ASSESSMENT_OFFICE);
    }

    public List<UnitSummary> getList() {
        return list;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getParentCode() {
        return parentCode;
    }

    public void setParentCode(String parentCode) {
        this.parentCode = parentCode;
    }
}
