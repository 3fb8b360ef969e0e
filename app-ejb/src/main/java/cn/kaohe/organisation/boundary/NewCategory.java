package cn.kaohe.organisation.boundary;

/**
 * A request to create a unit category/tier; checked by {@link OrgUnitService#createCategory(NewCategory)}.
 *
 * @param code unique code, e.g. {@code ZD-TOWN}
 * @param name display name, e.g. 乡镇政府
 */
public record NewCategory(String code, String name) {
}
