package cn.kaohe.scoring.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The differences between two scheme files (docs/scheme-format.md), for the office's side-by-side view of two
 * versions. Pure and stateless; works on the JSON trees, so it also compares files that do not validate.
 *
 * <p>Indicators are matched by their path inside a category ({@code village/qualitative/social}, the root's own id
 * left out as in unit data); an indicator is {@link Kind#ADDED}, {@link Kind#REMOVED}, or {@link Kind#CHANGED} with
 * one change per differing field ({@code points}, {@code method.points}, {@code periods.periods[1].weight} …).
 * Everything outside the indicator trees (grades, caps, veto, tables, rounding, a category's own fields) is compared
 * field by field as settings. Numbers compare by value: {@code "5"} and {@code "5.0"} are equal.
 *
 * <pre>{@code
 * List<SchemeDiff.Change> changes = SchemeDiff.between(oldJson, newJson);
 * }</pre>
 */
public final class SchemeDiff {

    /** What happened to an indicator or a setting. */
    public enum Kind { ADDED, REMOVED, CHANGED }

    /** Which part of the scheme a change concerns. */
    public enum Section { INDICATOR, SETTING }

    /**
     * One difference.
     *
     * @param kind    added, removed or changed
     * @param section an indicator of a category tree, or a setting
     * @param path    the indicator path ({@code category/a/b}) or the setting's path ({@code grades.bands[0].min})
     * @param field   the changed field of an indicator ({@code name}, {@code method.points}); empty for an added or
     *                removed indicator and for settings
     * @param left    the old value as text (JSON for objects and lists), null when absent
     * @param right   the new value as text, null when absent
     */
    public record Change(Kind kind, Section section, String path, String field, String left, String right) {
    }

    private static final Set<String> TREE_FIELDS = Set.of("children", "child");

    private SchemeDiff() {
    }

    /** Every difference from {@code left} (old) to {@code right} (new): settings first, then indicators in tree order. */
    public static List<Change> between(JsonNode left, JsonNode right) {
        List<Change> out = new ArrayList<>();
        settings(object(left), object(right), out);
        Map<String, JsonNode> l = indicators(left);
        Map<String, JsonNode> r = indicators(right);
        for (String path : ordered(l, r)) {
            JsonNode a = l.get(path);
            JsonNode b = r.get(path);
            if (a == null) {
                out.add(new Change(Kind.ADDED, Section.INDICATOR, path, "", null, summary(b)));
            } else if (b == null) {
                out.add(new Change(Kind.REMOVED, Section.INDICATOR, path, "", summary(a), null));
            } else {
                Map<String, JsonNode> fa = new LinkedHashMap<>();
                Map<String, JsonNode> fb = new LinkedHashMap<>();
                flatten(withoutTree(a), "", fa);
                flatten(withoutTree(b), "", fb);
                for (String field : union(fa, fb)) {
                    if (!same(fa.get(field), fb.get(field))) {
                        out.add(new Change(Kind.CHANGED, Section.INDICATOR, path, field, text(fa.get(field)),
                                text(fb.get(field))));
                    }
                }
            }
        }
        return out;
    }

    /** Indicator paths in tree order: the new file's order, removed ones after their old predecessor. */
    private static List<String> ordered(Map<String, JsonNode> l, Map<String, JsonNode> r) {
        List<String> order = new ArrayList<>(r.keySet());
        String previous = null;
        for (String path : l.keySet()) {
            if (!r.containsKey(path)) {
                int at = previous == null ? 0 : order.indexOf(previous) + 1;
                order.add(at, path);
            }
            previous = path;
        }
        return order;
    }

    private static void settings(JsonNode left, JsonNode right, List<Change> out) {
        Map<String, JsonNode> a = new LinkedHashMap<>();
        Map<String, JsonNode> b = new LinkedHashMap<>();
        flattenSettings(left, a);
        flattenSettings(right, b);
        for (String path : union(a, b)) {
            JsonNode x = a.get(path);
            JsonNode y = b.get(path);
            if (!same(x, y)) {
                Kind kind = x == null ? Kind.ADDED : y == null ? Kind.REMOVED : Kind.CHANGED;
                out.add(new Change(kind, Section.SETTING, path, "", text(x), text(y)));
            }
        }
    }

    private static void flattenSettings(JsonNode scheme, Map<String, JsonNode> out) {
        Iterator<Map.Entry<String, JsonNode>> fields = scheme.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            if (!"categories".equals(e.getKey())) {
                flatten(e.getValue(), e.getKey(), out);
            }
        }
        for (JsonNode c : scheme.path("categories")) {
            String id = c.path("id").asText("?");
            Iterator<Map.Entry<String, JsonNode>> cf = c.fields();
            while (cf.hasNext()) {
                Map.Entry<String, JsonNode> e = cf.next();
                if (!"root".equals(e.getKey())) {
                    flatten(e.getValue(), "categories[" + id + "]." + e.getKey(), out);
                }
            }
        }
    }

    /** Leaf values by path: objects by member name, lists by index; scalars and empty containers are leaves. */
    private static void flatten(JsonNode n, String path, Map<String, JsonNode> out) {
        if (n.isObject() && n.size() > 0) {
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out);
            }
        } else if (n.isArray() && n.size() > 0) {
            for (int i = 0; i < n.size(); i++) {
                flatten(n.get(i), path + "[" + i + "]", out);
            }
        } else {
            out.put(path, n);
        }
    }

    private static Map<String, JsonNode> indicators(JsonNode scheme) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode c : object(scheme).path("categories")) {
            JsonNode root = c.path("root");
            if (root.isObject()) {
                walk(root, c.path("id").asText("?"), out);
            }
        }
        return out;
    }

    private static void walk(JsonNode node, String path, Map<String, JsonNode> out) {
        out.put(path, node);
        for (JsonNode child : node.path("children")) {
            walk(child, path + "/" + child.path("id").asText("?"), out);
        }
        JsonNode child = node.path("child");
        if (child.isObject()) {
            walk(child, path + "/" + child.path("id").asText("?"), out);
        }
    }

    private static JsonNode withoutTree(JsonNode node) {
        ObjectNode copy = node.deepCopy();
        TREE_FIELDS.forEach(copy::remove);
        return copy;
    }

    private static String summary(JsonNode indicator) {
        String name = indicator.path("name").asText("");
        return name.isEmpty() ? indicator.path("id").asText("") : indicator.path("id").asText("") + " " + name;
    }

    private static Set<String> union(Map<String, JsonNode> a, Map<String, JsonNode> b) {
        Set<String> keys = new LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static boolean same(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        BigDecimal x = number(a);
        BigDecimal y = number(b);
        if (x != null && y != null) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    private static BigDecimal number(JsonNode n) {
        if (n.isNumber()) {
            return n.decimalValue();
        }
        if (n.isTextual()) {
            try {
                return new BigDecimal(n.asText().strip());
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
        return null;
    }

    private static String text(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return null;
        }
        return n.isValueNode() ? n.asText() : n.toString();
    }

    private static JsonNode object(JsonNode n) {
        return n == null || !n.isObject() ? JsonNodeFactory.instance.objectNode() : n;
    }
}
