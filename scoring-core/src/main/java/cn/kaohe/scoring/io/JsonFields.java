package cn.kaohe.scoring.io;

import cn.kaohe.scoring.rounding.Decimals;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/** Reads typed fields off JSON nodes and reports every bad one to a sink (never throws on bad content). */
final class JsonFields {

    /** Receives (path, key, message, fix, args). */
    interface Sink {
        void problem(String path, String key, String message, String fix, String... args);
    }

    private final Sink sink;

    JsonFields(Sink sink) {
        this.sink = sink;
    }

    void allowOnly(JsonNode node, String path, String... fields) {
        if (node == null || !node.isObject()) {
            return;
        }
        Set<String> allowed = Set.of(fields);
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                sink.problem(path + "." + name, "field.unknown", "unknown field '" + name + "'",
                        "remove it or use one of " + Arrays.toString(fields), name);
            }
        }
    }

    BigDecimal decimal(JsonNode node, String field, String path, boolean required) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                sink.problem(path + "." + field, "field.missing", "'" + field + "' is required",
                        "add \"" + field + "\": \"<number>\"", field);
            }
            return null;
        }
        if (v.isNumber()) {
            return Decimals.canon(v.decimalValue());
        }
        if (v.isTextual()) {
            try {
                return Decimals.of(v.textValue());
            } catch (NumberFormatException e) {
                sink.problem(path + "." + field, "field.notANumber", "'" + v.textValue() + "' is not a number",
                        "write a decimal such as \"0.85\"", field, v.textValue());
                return null;
            }
        }
        sink.problem(path + "." + field, "field.notANumber", "'" + field + "' must be a number",
                "write a decimal such as \"0.85\"", field, v.toString());
        return null;
    }

    String text(JsonNode node, String field, String path, boolean required) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                sink.problem(path + "." + field, "field.missing", "'" + field + "' is required",
                        "add \"" + field + "\": \"…\"", field);
            }
            return null;
        }
        if (!v.isValueNode()) {
            sink.problem(path + "." + field, "field.notText", "'" + field + "' must be text", "write a string", field);
            return null;
        }
        return v.asText();
    }

    boolean bool(JsonNode node, String field, String path, boolean dflt) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            return dflt;
        }
        if (!v.isBoolean()) {
            sink.problem(path + "." + field, "field.notBoolean", "'" + field + "' must be true or false",
                    "write true or false without quotes", field, v.toString());
            return dflt;
        }
        return v.booleanValue();
    }

    int integer(JsonNode node, String field, String path, int dflt) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            return dflt;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            sink.problem(path + "." + field, "field.notAnInteger", "'" + field + "' must be a whole number",
                    "write a whole number such as 40", field, v.toString());
            return dflt;
        }
        return v.intValue();
    }

    <E extends Enum<E>> E enumValue(JsonNode node, String field, String path, Class<E> type, E dflt) {
        String t = text(node, field, path, false);
        if (t == null) {
            return dflt;
        }
        try {
            return Enum.valueOf(type, t);
        } catch (IllegalArgumentException e) {
            sink.problem(path + "." + field, "field.unknownValue", "'" + t + "' is not a valid " + field,
                    "use one of " + Arrays.toString(type.getEnumConstants()), field, t);
            return dflt;
        }
    }

    List<String> strings(JsonNode node, String field, String path) {
        List<String> out = new ArrayList<>();
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            sink.problem(path + "." + field, "field.notAList", "'" + field + "' must be a list", "write [\"…\"]", field);
            return out;
        }
        v.forEach(e -> out.add(e.asText()));
        return out;
    }

    void each(JsonNode node, String field, String path, BiConsumer<JsonNode, String> action) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            return;
        }
        if (!v.isArray()) {
            sink.problem(path + "." + field, "field.notAList", "'" + field + "' must be a list", "write [ … ]", field);
            return;
        }
        for (int i = 0; i < v.size(); i++) {
            action.accept(v.get(i), path + "." + field + "[" + i + "]");
        }
    }
}
