package cn.kaohe.people.control;

import cn.kaohe.audit.control.AuditJson;
import cn.kaohe.audit.control.AuditLog;
import cn.kaohe.people.entity.AppUser;
import cn.kaohe.platform.security.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.Set;
import java.util.logging.Logger;

/**
 * At the first start (no users yet) creates the first system administrator: login {@code kaohe.admin.login}
 * (default {@code admin}), password {@code kaohe.admin.password}, or — when that property is not set — a generated
 * one-time password written once to the server log. Nothing happens once any user exists.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @PersistenceContext(unitName = "kaohe")
    private EntityManager em;

    @EJB
    private AuditLog audit;

    @PostConstruct
    void createIfNoUsers() {
        if (em.createNamedQuery(AppUser.COUNT, Long.class).getSingleResult() > 0) {
            return;
        }
        String login = System.getProperty("kaohe.admin.login", "admin");
        String configured = System.getProperty("kaohe.admin.password");
        String password = configured != null && !configured.isBlank() ? configured : generated();
        AppUser admin = new AppUser(login, "系统管理员", PasswordHasher.standard().hash(password.toCharArray()));
        admin.setRoles(Set.of(Roles.SYSTEM_ADMIN));
        em.persist(admin);
        audit.record("system", "CREATE", "AppUser", login, null, AuditJson.object().with("login", login)
                .with("roles", admin.getRoles()).with("firstAdministrator", true).build());
        if (configured == null || configured.isBlank()) {
            LOG.warning(() -> "FIRST ADMINISTRATOR created: login '" + login + "', one-time password '" + password
                    + "'. Sign in and change it now; it is not shown again.");
        } else {
            LOG.info(() -> "first administrator '" + login + "' created with the password of kaohe.admin.password");
        }
    }

    private static String generated() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
