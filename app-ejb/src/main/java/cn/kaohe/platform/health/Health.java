package cn.kaohe.platform.health;

/**
 * The state of the application as operators and load balancers see it.
 *
 * @param status          {@code UP} when the database answers, {@code DOWN} otherwise
 * @param version         application version
 * @param database        database product name and version, e.g. {@code PostgreSQL 15.19}
 * @param databaseError   why the database is down, or {@code null}
 * @param schemaVersion   schema version reached by the start-up migration
 * @param jpaProvider     the persistence provider in use (the EntityManager's implementation class)
 * @param units           number of assessed units stored
 */
public record Health(String status, String version, String database, String databaseError,
        String schemaVersion, String jpaProvider, long units) {

    public boolean up() {
        return "UP".equals(status);
    }
}
