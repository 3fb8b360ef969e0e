package cn.kaohe.grid.boundary;

import java.io.Serializable;

/**
 * One column of the grid: an entry path of a scheme category.
 *
 * @param category      the scheme category
 * @param path          the entry path with split labels ({@code public[q1]/score})
 * @param indicatorPath the assigned indicator (no labels) the column belongs to
 * @param name          display name: the indicator names along the path, with the split label
 * @param method        scoring-core's method of the leaf ({@code DISCRETIONARY}, {@code PRORATION} …)
 * @param min           least value a discretionary score may take, or null
 * @param max           greatest value a discretionary score may take, or null
 * @param numeric       whether a value is a plain number (otherwise JSON such as {@code {"target":…,"actual":…}})
 */
public record GridColumn(String category, String path, String indicatorPath, String name, String method, String min,
        String max, boolean numeric) implements Serializable {
}
