package cn.kaohe.people.control;

import cn.kaohe.organisation.entity.OrgUnit;
import cn.kaohe.people.entity.AppUser;
import cn.kaohe.platform.security.AccessRefusedException;
import cn.kaohe.platform.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The signed-in caller as the data-level checks see it. Every role except {@link Roles#UNIT_REPORTER} works
 * across units; a caller who is only a unit reporter may read and write only the units assigned to them.
 */
@Stateless
@PermitAll
public class Caller {

    @Resource
    private SessionContext context;

    @PersistenceContext(unitName = "kaohe")
    private EntityManager em;

    public String login() {
        return context.getCallerPrincipal().getName();
    }

    /** Whether the caller holds {@code role}. */
    public boolean isInRole(String role) {
        return context.isCallerInRole(role);
    }

    /** Whether the caller's units limit what they see: true for a caller whose only working role is reporter. */
    public boolean limitedToOwnUnits() {
        return context.isCallerInRole(Roles.UNIT_REPORTER)
                && Roles.ALL.stream().filter(r -> !r.equals(Roles.UNIT_REPORTER)).noneMatch(context::isCallerInRole);
    }

    /** Codes of the units the caller may act for (assigned explicitly). */
    public Set<String> unitCodes() {
        return em.createNamedQuery(AppUser.BY_LOGIN, AppUser.class).setParameter("login", login())
                .getResultStream().findFirst()
                .map(u -> u.getUnits().stream().map(OrgUnit::getCode).collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }

    /** Whether the caller may see or change data of {@code unitCode}. */
    public boolean mayActFor(String unitCode) {
        return !limitedToOwnUnits() || unitCodes().contains(unitCode);
    }

    /** Refuses (403) unless the caller may act for {@code unitCode}. */
    public void requireUnit(String unitCode) {
        if (!mayActFor(unitCode)) {
            throw new AccessRefusedException("access.unit.refused", unitCode);
        }
    }
}
