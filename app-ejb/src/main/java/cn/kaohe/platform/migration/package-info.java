/**
 * Schema migrations with Flyway, run once at deployment before any request is served. The SQL scripts are
 * in {@code db/migration} of this module and are written for both H2 and PostgreSQL. The schema is never
 * created by the JPA provider.
 */
package cn.kaohe.platform.migration;
