package cn.kaohe.organisation.boundary;

import java.util.List;

/**
 * One unit of the organisation tree (county → townships/departments → 科室/村) with the units that report to it.
 *
 * @param category the category code
 */
public record UnitNode(String code, String name, String category, List<UnitNode> children) {

    public UnitNode {
        children = List.copyOf(children);
    }
}
