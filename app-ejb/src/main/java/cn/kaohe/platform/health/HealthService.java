package cn.kaohe.platform.health;

import cn.kaohe.platform.migration.SchemaMigrator;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Checks the database with a real connection and reports what the application runs on. */
@Stateless
@PermitAll
public class HealthService {

    @Resource(lookup = "java:jboss/datasources/KaoheDS")
    private DataSource dataSource;

    @PersistenceContext(unitName = "kaohe")
    private EntityManager em;

    @EJB
    private SchemaMigrator migrator;

    public Health check() {
        String version = HealthService.class.getPackage().getImplementationVersion();
        String provider = em.getDelegate().getClass().getName();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String database = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
            long units = em.createQuery("SELECT COUNT(u) FROM OrgUnit u", Long.class).getSingleResult();
            return new Health("UP", version, database, null, migrator.schemaVersion(), provider, units);
        } catch (SQLException | RuntimeException e) {
            return new Health("DOWN", version, null, e.getMessage(), migrator.schemaVersion(), provider, -1);
        }
    }
}
