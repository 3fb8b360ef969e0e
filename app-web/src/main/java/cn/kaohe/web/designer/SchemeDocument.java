package cn.kaohe.web.designer;

import cn.kaohe.scoring.ScoringEngine;
import cn.kaohe.scoring.io.SchemeReader;
import cn.kaohe.scoring.scheme.Problem;
import cn.kaohe.scoring.scheme.SchemeException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The scheme file being edited, as a JSON tree (scoring-core's file format, docs/scheme-format.md), with the edit
 * operations of the designer: add, move and remove indicators, set their fields, and the settings (bands, caps,
 * veto, quotas). Every edit is followed by {@link #problems()}, which is scoring-core's own validation of the whole
 * file. No Faces types here, so the operations are unit-tested.
 *
 * <p>Indicator paths are {@code category/child/grandchild} (the root is the category itself), the form scoring-core's
 * validator uses; the reader names the same indicator {@code category/rootId/child/grandchild}: {@link Row} knows
 * both, so a problem lands on its row whichever part of scoring-core found it.
 */
public final class SchemeDocument implements Serializable {

    private static final long serialVersionUID = 1L;
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** Kept as text between requests (a view-scoped bean is serialised); parsed lazily. */
    private String text;
    private transient ObjectNode root;

    private SchemeDocument(ObjectNode root) {
        this.root = root;
    }

    /** A copy of a scheme file's JSON tree. */
    public static SchemeDocument of(JsonNode scheme) {
        if (scheme == null || !scheme.isObject()) {
            throw new IllegalArgumentException("a scheme file is one JSON object");
        }
        return new SchemeDocument(((ObjectNode) scheme).deepCopy());
    }

    /**
     * Reads an uploaded file: YAML when its name ends in {@code .yaml}/{@code .yml}, JSON otherwise. A syntax error
     * is a {@link SchemeException} with scoring-core's {@code file.notJson} problem naming line and column.
     */
    public static JsonNode parse(byte[] content, String fileName) {
        boolean yaml = fileName != null && fileName.toLowerCase(Locale.ROOT).matches(".*\\.ya?ml");
        try {
            return (yaml ? YAML : JSON).readTree(content);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new SchemeException(List.of(Problem.at(where, "file.notJson", (yaml ? "not valid YAML: "
                    : "not valid JSON: ") + e.getOriginalMessage(), "fix the syntax at that position")
                    .inFile(fileName)));
        } catch (IOException e) {
            throw new SchemeException(List.of(Problem.at("", "file.unreadable", String.valueOf(e.getMessage()),
                    "check the file").inFile(fileName)));
        }
    }

    /** scoring-core's problems with the file as it stands (reader, validator and engine build); empty when valid. */
    public List<Problem> problems() {
        return problems(root(), "scheme.json");
    }

    /** scoring-core's problems with a scheme file named {@code file}. */
    public static List<Problem> problems(JsonNode scheme, String file) {
        try {
            ScoringEngine.builder().scheme(SchemeReader.fromJson(scheme, file)).build();
            return List.of();
        } catch (SchemeException invalid) {
            return invalid.problems();
        }
    }

    public ObjectNode root() {
        if (root == null) {
            try {
                root = (ObjectNode) JSON.readTree(text);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the stored document is not JSON", e);
            }
        }
        return root;
    }

    /** The file as indented JSON. */
    public String json() {
        try {
            return JSON.writeValueAsString(root());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }


    private void writeObject(java.io.ObjectOutputStream out) throws IOException {
        text = root().toString();
        out.defaultWriteObject();
    }

    // ---------------------------------------------------------------- indicators

    /** One indicator of a category tree, in tree order. */
    public record Row(String path, String readerPath, int depth, String parentPath) {
    }

    public List<String> categoryIds() {
        List<String> ids = new ArrayList<>();
        root().path("categories").forEach(c -> ids.add(c.path("id").asText()));
        return ids;
    }

    /** The category's indicators in tree order (the root first). */
    public List<Row> rows(String category) {
        List<Row> out = new ArrayList<>();
        ObjectNode c = category(category);
        if (c != null && c.get("root") instanceof ObjectNode r) {
            walk(r, category, category + "/" + r.path("id").asText(), 0, null, out);
        }
        return out;
    }

    private static void walk(ObjectNode node, String path, String readerPath, int depth, String parent,
            List<Row> out) {
        out.add(new Row(path, readerPath, depth, parent));
        for (JsonNode child : node.path("children")) {
            if (child instanceof ObjectNode c) {
                String id = c.path("id").asText();
                walk(c, path + "/" + id, readerPath + "/" + id, depth + 1, path, out);
            }
        }
        if (node.get("child") instanceof ObjectNode c) {
            String id = c.path("id").asText();
            walk(c, path + "/" + id, readerPath + "/" + id, depth + 1, path, out);
        }
    }

    private ObjectNode category(String id) {
        for (JsonNode c : root().path("categories")) {
            if (c instanceof ObjectNode o && id.equals(o.path("id").asText())) {
                return o;
            }
        }
        return null;
    }

    /** The indicator at {@code path}, or null. */
    public ObjectNode node(String path) {
        String[] parts = path.split("/");
        ObjectNode c = category(parts[0]);
        if (c == null || !(c.get("root") instanceof ObjectNode node)) {
            return null;
        }
        for (int i = 1; i < parts.length; i++) {
            node = child(node, parts[i]);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    private static ObjectNode child(ObjectNode node, String id) {
        for (JsonNode c : node.path("children")) {
            if (c instanceof ObjectNode o && id.equals(o.path("id").asText())) {
                return o;
            }
        }
        return node.get("child") instanceof ObjectNode o && id.equals(o.path("id").asText()) ? o : null;
    }

    private static String parentOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? null : path.substring(0, slash);
    }

    /** Whether indicators can be added under the indicator (it is a group). */
    public boolean isGroup(String path) {
        ObjectNode n = node(path);
        return n != null && n.has("children");
    }

    /**
     * Adds a leaf under the group at {@code parentPath}: a DISCRETIONARY indicator (领导评估-style) worth 0 points,
     * with an id not yet used among its siblings. Returns its path.
     */
    public String addChild(String parentPath) {
        ObjectNode parent = node(parentPath);
        if (parent == null || !parent.has("children")) {
            throw new IllegalArgumentException("indicators are added to groups only: " + parentPath);
        }
        ArrayNode children = (ArrayNode) parent.get("children");
        int n = children.size() + 1;
        while (child(parent, "new_" + n) != null) {
            n++;
        }
        String id = "new_" + n;
        ObjectNode leaf = children.addObject().put("id", id).put("name", id);
        leaf.putObject("method").put("type", "DISCRETIONARY").put("max", "0");
        return parentPath + "/" + id;
    }

    /** Removes the indicator (never a category's root). */
    public void remove(String path) {
        String parent = parentOf(path);
        if (parent == null) {
            throw new IllegalArgumentException("a category's root is not removed");
        }
        ArrayNode siblings = siblings(path);
        siblings.remove(index(siblings, path));
    }

    /** Moves the indicator one place up ({@code -1}) or down ({@code +1}) among its siblings; false at an end. */
    public boolean move(String path, int by) {
        if (parentOf(path) == null || node(parentOf(path)).get("children") == null) {
            return false;
        }
        ArrayNode siblings = siblings(path);
        int from = index(siblings, path);
        int to = from + by;
        if (to < 0 || to >= siblings.size()) {
            return false;
        }
        JsonNode moved = siblings.remove(from);
        siblings.insert(to, moved);
        return true;
    }

    private ArrayNode siblings(String path) {
        ObjectNode parent = node(parentOf(path));
        if (parent == null || !(parent.get("children") instanceof ArrayNode a)) {
            throw new IllegalArgumentException("not in a group: " + path);
        }
        return a;
    }

    private int index(ArrayNode siblings, String path) {
        String id = path.substring(path.lastIndexOf('/') + 1);
        for (int i = 0; i < siblings.size(); i++) {
            if (id.equals(siblings.get(i).path("id").asText())) {
                return i;
            }
        }
        throw new IllegalArgumentException("no indicator " + path);
    }

    /** Sets a text field of the indicator; blank removes it. Returns the (possibly renamed) path. */
    public String set(String path, String field, String value) {
        ObjectNode n = node(path);
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() && !"id".equals(field)) {
            n.remove(field);
        } else {
            n.put(field, v);
        }
        return "id".equals(field) ? (parentOf(path) == null ? path : parentOf(path) + "/" + v) : path;
    }

    /** A leaf's points: {@code method.max} of a DISCRETIONARY method, {@code method.points} of the others. */
    public String methodPoints(String path) {
        JsonNode m = node(path).path("method");
        return m.isObject() ? m.path(pointsField(m)).asText("") : "";
    }

    public void setMethodPoints(String path, String value) {
        if (node(path).get("method") instanceof ObjectNode m) {
            m.put(pointsField(m), value == null ? "" : value.strip());
        }
    }

    private static String pointsField(JsonNode method) {
        return "DISCRETIONARY".equals(method.path("type").asText()) ? "max" : "points";
    }

    /** The member holding the indicator's kind-specific spec: method, sheet or periods; null for a group. */
    public String specField(String path) {
        ObjectNode n = node(path);
        for (String f : List.of("method", "sheet", "periods")) {
            if (n.has(f)) {
                return f;
            }
        }
        return null;
    }

    /** The kind-specific spec as indented JSON ({@code ""} for a group). */
    public String spec(String path) {
        String f = specField(path);
        try {
            return f == null ? "" : JSON.writeValueAsString(node(path).get(f));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Replaces the kind-specific spec; a text that is not a JSON object is refused (the document is unchanged). */
    public void setSpec(String path, String json) throws JsonProcessingException {
        String f = specField(path);
        if (f == null) {
            return;
        }
        JsonNode parsed = JSON.readTree(json == null ? "" : json);
        if (parsed == null || !parsed.isObject()) {
            throw new IllegalArgumentException("the specification must be one JSON object");
        }
        node(path).set(f, parsed);
    }

    // ---------------------------------------------------------------- settings

    /** A grade band as edited: grade, min, max (text; blank = open end). */
    public static final class Band implements Serializable {
        private static final long serialVersionUID = 1L;
        private String grade = "";
        private String min = "";
        private String max = "";

        public Band() {
        }

        Band(String grade, String min, String max) {
            this.grade = grade;
            this.min = min;
            this.max = max;
        }

        public String getGrade() { return grade; }
        public void setGrade(String grade) { this.grade = grade; }
        public String getMin() { return min; }
        public void setMin(String min) { this.min = min; }
        public String getMax() { return max; }
        public void setMax(String max) { this.max = max; }
    }

    /** A cap group as edited: id and highest raw sum. */
    public static final class Cap implements Serializable {
        private static final long serialVersionUID = 1L;
        private String id = "";
        private String max = "";

        public Cap() {
        }

        Cap(String id, String max) {
            this.id = id;
            this.max = max;
        }

        public String getId() { return id; }
        public void setId(String id) { this.id = id; }
        public String getMax() { return max; }
        public void setMax(String max) { this.max = max; }
    }

    public List<Band> bands() {
        List<Band> out = new ArrayList<>();
        root().path("grades").path("bands").forEach(b -> out.add(new Band(b.path("grade").asText(""),
                b.path("min").asText(""), b.path("max").asText(""))));
        return out;
    }

    /** Writes the bands back, keeping each band's other fields (inclusivity) by position. */
    public void setBands(List<Band> bands) {
        ObjectNode grades = root().has("grades") && root().get("grades").isObject() ? (ObjectNode) root().get("grades")
                : root().putObject("grades");
        JsonNode old = grades.path("bands");
        ArrayNode list = JSON.createArrayNode();
        for (int i = 0; i < bands.size(); i++) {
            Band b = bands.get(i);
            ObjectNode o = old.has(i) && old.get(i).isObject() ? ((ObjectNode) old.get(i)).deepCopy()
                    : JSON.createObjectNode();
            putOrRemove(o, "grade", b.getGrade());
            putOrRemove(o, "min", b.getMin());
            putOrRemove(o, "max", b.getMax());
            list.add(o);
        }
        grades.set("bands", list);
    }

    public List<Cap> caps() {
        List<Cap> out = new ArrayList<>();
        root().path("adjustments").path("caps").forEach(c -> out.add(new Cap(c.path("id").asText(""),
                c.path("max").asText(""))));
        return out;
    }

    public void setCaps(List<Cap> caps) {
        ObjectNode adjustments = root().get("adjustments") instanceof ObjectNode a ? a : root().putObject("adjustments");
        JsonNode old = adjustments.path("caps");
        ArrayNode list = JSON.createArrayNode();
        for (int i = 0; i < caps.size(); i++) {
            ObjectNode o = old.has(i) && old.get(i).isObject() ? ((ObjectNode) old.get(i)).deepCopy()
                    : JSON.createObjectNode();
            putOrRemove(o, "id", caps.get(i).getId());
            putOrRemove(o, "max", caps.get(i).getMax());
            list.add(o);
        }
        adjustments.set("caps", list);
    }

    /** The one-vote-veto areas, one per line. */
    public String vetoAreas() {
        List<String> areas = new ArrayList<>();
        root().path("veto").path("areas").forEach(a -> areas.add(a.asText()));
        return String.join("\n", areas);
    }

    public void setVetoAreas(String lines) {
        ObjectNode veto = root().get("veto") instanceof ObjectNode v ? v : root().putObject("veto");
        ArrayNode areas = veto.putArray("areas");
        for (String line : (lines == null ? "" : lines).split("\\R")) {
            if (!line.isBlank()) {
                areas.add(line.strip());
            }
        }
    }

    public String vetoEffect() {
        return root().path("veto").path("effect").asText("");
    }

    public void setVetoEffect(String effect) {
        ObjectNode veto = root().get("veto") instanceof ObjectNode v ? v : root().putObject("veto");
        putOrRemove(veto, "effect", effect);
    }

    /** Sets a top-level text field (id, title); blank removes it. */
    public void setTop(String field, String value) {
        putOrRemove(root(), field, value);
    }

    private static void putOrRemove(ObjectNode o, String field, String value) {
        if (value == null || value.isBlank()) {
            o.remove(field);
        } else {
            o.put(field, value.strip());
        }
    }
}
