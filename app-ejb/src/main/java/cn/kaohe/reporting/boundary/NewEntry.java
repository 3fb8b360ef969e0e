package cn.kaohe.reporting.boundary;

import jakarta.json.JsonValue;

/**
 * A data entry (or one row of an import): the value of a unit at an indicator path of its category, as scoring-core
 * unit data — a number, {@code {"target":…,"actual":…}}, {@code {"votes":{…}}}, {@code {"items":[…]}} or
 * {@code {"sheets":[…]}}. A split label in the path ({@code indicator[mid]/items}) names the sub-period.
 */
public record NewEntry(String unitCode, String path, JsonValue value) {
}
