package cn.kaohe.audit.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the before/after JSON of an audit entry: a flat object, fields in the order given. */
public final class AuditJson {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private AuditJson() {
    }

    public static AuditJson object() {
        return new AuditJson();
    }

    public AuditJson with(String name, Object value) {
        fields.put(name, value);
        return this;
    }

    public String build() {
        JsonObjectBuilder object = Json.createObjectBuilder();
        fields.forEach((name, value) -> {
            if (value == null) {
                object.addNull(name);
            } else if (value instanceof Collection<?> values) {
                JsonArrayBuilder array = Json.createArrayBuilder();
                values.forEach(v -> array.add(String.valueOf(v)));
                object.add(name, array);
            } else if (value instanceof Number number) {
                object.add(name, number.longValue());
            } else if (value instanceof Boolean bool) {
                object.add(name, bool);
            } else {
                object.add(name, String.valueOf(value));
            }
        });
        return object.build().toString();
    }
}
