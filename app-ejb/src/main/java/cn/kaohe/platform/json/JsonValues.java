package cn.kaohe.platform.json;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;

/** JSON text to JSON-P values, for records that the REST layer writes with JSON-B as embedded JSON. */
public final class JsonValues {

    private JsonValues() {
    }

    public static JsonValue of(String json) {
        if (json == null) {
            return JsonValue.NULL;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

    public static String text(JsonValue value) {
        return value == null ? null : value.toString();
    }
}
