package cn.kaohe.web.admin;

import cn.kaohe.platform.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;

/**
 * The signed-in user's roles for the pages: {@code rendered="#{navigation.reporter}"} on a nav link or a page part.
 * One property per role of RULES.md §13 ({@link Roles}), plus {@link #isManagement()} for the office's management
 * pages (system administrators and the assessment office). A user holds any number of roles and sees the union of
 * their links. This only decides what is shown: web.xml protects {@code /office/*}, and the EJBs check every call.
 */
@Named
@RequestScoped
public class Navigation {

    private static boolean has(String role) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.getRemoteUser() != null && external.isUserInRole(role);
    }

    public boolean isSignedIn() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser() != null;
    }

    /** 系统管理员. */
    public boolean isSystemAdmin() {
        return has(Roles.SYSTEM_ADMIN);
    }

    /** 考核办/绩效办. */
    public boolean isOffice() {
        return has(Roles.ASSESSMENT_OFFICE);
    }

    /** Who sees the management pages under {@code /office/}: system administrators and the office. */
    public boolean isManagement() {
        return isSystemAdmin() || isOffice();
    }

    /** 考评组/牵头部门. */
    public boolean isAssessor() {
        return has(Roles.ASSESSOR);
    }

    /** 被考核单位填报人. */
    public boolean isReporter() {
        return has(Roles.UNIT_REPORTER);
    }

    /** 领导. */
    public boolean isLeader() {
        return has(Roles.LEADER);
    }

    /** 审计/纪检. */
    public boolean isAuditor() {
        return has(Roles.AUDITOR);
    }

    /** The caller's roles in the order of {@link Roles#ALL}. */
    public List<String> getRoles() {
        return Roles.ALL.stream().filter(Navigation::has).toList();
    }
}
