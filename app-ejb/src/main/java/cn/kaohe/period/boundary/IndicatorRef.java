package cn.kaohe.period.boundary;

/**
 * An indicator node of a period's scheme that can be assigned to a lead department.
 *
 * @param category the scheme category
 * @param path     the path without split labels ({@code public/score})
 * @param name     the indicator's name in the scheme
 * @param depth    0 for a top-level indicator of the category
 */
public record IndicatorRef(String category, String path, String name, int depth) {
}
