package cn.kaohe.period.boundary;

/**
 * An indicator assigned to a lead department (数据采集单位) that supplies or scores it.
 *
 * @param category      the scheme category
 * @param indicatorPath the indicator path without split labels ({@code public/score})
 * @param leadUnitCode  the lead department's unit code
 */
public record Assignment(String category, String indicatorPath, String leadUnitCode) {
}
