package cn.kaohe.organisation.boundary;

/**
 * A change of an existing unit, as edited on the office's units page or sent to {@code PUT /api/units/{code}}. The
 * code is the unit's identity and never changes. Checked by {@link OrgUnitService#update(String, long, UnitChange)}.
 *
 * @param name       display name
 * @param category   code of an existing category
 * @param parentCode code of the new parent, or {@code null}/blank for a top-level unit
 */
public record UnitChange(String name, String category, String parentCode) {
}
