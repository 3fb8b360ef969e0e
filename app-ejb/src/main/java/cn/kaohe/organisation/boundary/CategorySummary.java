package cn.kaohe.organisation.boundary;

import cn.kaohe.organisation.entity.UnitCategory;

/** A unit category/tier as the web layer sees it. */
public record CategorySummary(long id, String code, String name, long version) {

    static CategorySummary of(UnitCategory category) {
        return new CategorySummary(category.getId(), category.getCode(), category.getName(), category.getVersion());
    }
}
