package cn.kaohe.web.results;

import cn.kaohe.platform.security.Roles;
import cn.kaohe.results.control.ResultVisibility;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/** Which results links the signed-in user sees (nav-results.xhtml). */
@Named
@RequestScoped
public class ResultsNav {

    @Inject
    private SecurityContext security;

    /** May see every unit's results before publication (office, leaders, assessors, auditors). */
    public boolean isReader() {
        return ResultVisibility.UNPUBLISHED_READERS.stream().anyMatch(security::isCallerInRole);
    }

    /** May start runs. */
    public boolean isOffice() {
        return security.isCallerInRole(Roles.ASSESSMENT_OFFICE);
    }

    /** A unit reporter who sees only their own units' sheets. */
    public boolean isOwnSheetOnly() {
        return security.isCallerInRole(Roles.UNIT_REPORTER) && !isReader();
    }
}
