/**
 * Organisation: the units that are assessed (被考核单位) — townships, departments, sections, villages — with
 * their code, name, category/tier (档/类) and parent unit.
 *
 * <ul>
 *   <li>{@code entity}: the JPA mapping ({@link cn.kaohe.organisation.entity.OrgUnit});</li>
 *   <li>{@code boundary}: the EJB service and the records it exchanges with the web layer.</li>
 * </ul>
 */
package cn.kaohe.organisation;
