package cn.kaohe.organisation.boundary;

/**
 * A request to create a unit, as typed by a user or posted to {@code POST /api/units}. Deliberately
 * unvalidated: {@link OrgUnitService#create(NewUnit)} checks it and names every offending field.
 *
 * @param code       unique unit code, letters, digits, {@code -} and {@code _}
 * @param name       display name (被考核单位名称)
 * @param category   code of an existing {@link CategorySummary unit category}, e.g. {@code ZD-TOWN}
 * @param parentCode code of the parent unit, or {@code null}/blank for a top-level unit
 */
public record NewUnit(String code, String name, String category, String parentCode) {
}
