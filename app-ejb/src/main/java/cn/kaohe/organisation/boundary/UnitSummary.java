package cn.kaohe.organisation.boundary;

import cn.kaohe.organisation.entity.OrgUnit;

/** A unit as the web layer and the REST API see it; {@code category} is the category code. */
public record UnitSummary(long id, String code, String name, String category, String categoryName,
        String parentCode, String parentName, long version) {

    static UnitSummary of(OrgUnit unit) {
        OrgUnit parent = unit.getParent();
        return new UnitSummary(unit.getId(), unit.getCode(), unit.getName(), unit.getCategory().getCode(),
                unit.getCategory().getName(), parent == null ? null : parent.getCode(),
                parent == null ? null : parent.getName(), unit.getVersion());
    }
}
