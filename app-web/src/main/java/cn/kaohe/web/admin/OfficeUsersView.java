package cn.kaohe.web.admin;

import cn.kaohe.organisation.boundary.OrgUnitService;
import cn.kaohe.organisation.boundary.UnitSummary;
import cn.kaohe.people.boundary.NewUser;
import cn.kaohe.people.boundary.UserService;
import cn.kaohe.people.boundary.UserSummary;
import cn.kaohe.platform.security.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Backs {@code /office/users.xhtml}: users with their roles and the units they act for; create, change (roles, units,
 * name), reset the password, unlock after a lockout, disable and enable. Only a system administrator is offered the
 * system-administrator role; the EJB refuses it to anyone else anyway.
 */
@Named
@ViewScoped
public class OfficeUsersView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String LABELS = "admin.users.field.";

    @EJB
    private UserService users;

    @EJB
    private OrgUnitService units;

    private List<UserSummary> list;
    private List<UnitSummary> unitList;

    private String editing;
    private long editingVersion;
    private String login;
    private String displayName;
    private String password;
    private List<String> roles = new ArrayList<>();
    private List<String> unitCodes = new ArrayList<>();
    private boolean enabled = true;

    @PostConstruct
    void load() {
        list = users.list();
        unitList = units.list();
    }

    public void save() {
        NewUser request = new NewUser(login, displayName, blankToNull(password), List.copyOf(roles),
                List.copyOf(unitCodes), enabled);
        if (editing == null) {
            FacesFeedback.attempt(LABELS, () -> users.create(request)).ifPresent(u -> {
                FacesFeedback.info("admin.users.created", u.login());
                clear();
            });
        } else {
            FacesFeedback.attempt(LABELS, () -> users.update(editing, editingVersion, request)).ifPresent(u -> {
                FacesFeedback.info(request.password() == null ? "admin.users.changed" : "admin.users.passwordReset",
                        u.login());
                clear();
            });
        }
        password = null;
    }

    public void edit(UserSummary user) {
        editing = user.login();
        editingVersion = user.version();
        login = user.login();
        displayName = user.displayName();
        password = null;
        roles = new ArrayList<>(user.roles());
        unitCodes = new ArrayList<>(user.unitCodes());
        enabled = user.enabled();
    }

    public void unlock(UserSummary user) {
        FacesFeedback.attempt(LABELS, () -> users.unlock(user.login()))
                .ifPresent(u -> FacesFeedback.info("admin.users.unlocked", u.login()));
        load();
    }

    /** Disables an enabled user or enables a disabled one, keeping everything else. */
    public void toggleEnabled(UserSummary user) {
        NewUser request = new NewUser(user.login(), user.displayName(), null, user.roles(), user.unitCodes(),
                !user.enabled());
        FacesFeedback.attempt(LABELS, () -> users.update(user.login(), user.version(), request)).ifPresent(u ->
                FacesFeedback.info(u.enabled() ? "admin.users.enabledNow" : "admin.users.disabledNow", u.login()));
        load();
    }

    public void clear() {
        editing = null;
        login = null;
        displayName = null;
        password = null;
        roles = new ArrayList<>();
        unitCodes = new ArrayList<>();
        enabled = true;
        load();
    }

    /** The roles the signed-in user may grant. */
    public List<String> getGrantableRoles() {
        boolean admin = FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.SYSTEM_ADMIN);
        return Roles.ALL.stream().filter(r -> admin || !r.equals(Roles.SYSTEM_ADMIN)).toList();
    }

    /** Whether the signed-in user may change {@code user} (an administrator only by an administrator). */
    public boolean mayManage(UserSummary user) {
        return !user.roles().contains(Roles.SYSTEM_ADMIN)
                || FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.SYSTEM_ADMIN);
    }

    /** The roles of a user in the page's language, comma-separated. */
    public String roleNames(UserSummary user) {
        return String.join(FacesFeedback.text("admin.list.separator"),
                user.roles().stream().map(r -> FacesFeedback.text("admin.role." + r)).toList());
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    public List<UserSummary> getList() {
        return list;
    }

    public List<UnitSummary> getUnitList() {
        return unitList;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public List<String> getUnitCodes() {
        return unitCodes;
    }

    public void setUnitCodes(List<String> unitCodes) {
        this.unitCodes = unitCodes;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
