package cn.kaohe.scheme.boundary;

import jakarta.json.JsonValue;

/** A scheme version with its file and population rules. */
public record SchemeDetail(SchemeSummary metadata, JsonValue scheme, JsonValue populationRules) {
}
