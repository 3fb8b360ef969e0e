package cn.kaohe.grid.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * The caller's grid of one category of a period.
 *
 * @param periodCode the period
 * @param category   the category shown
 * @param categories every category in which the caller has assigned indicators, in scheme order
 * @param columns    the entry paths of the category the caller may enter
 * @param rows       the units enrolled in the category, by code
 */
public record Grid(String periodCode, String category, List<String> categories, List<GridColumn> columns,
        List<GridRow> rows) implements Serializable {
}
