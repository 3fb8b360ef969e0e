package cn.kaohe.web.designer;

import cn.kaohe.platform.json.JsonValues;
import cn.kaohe.platform.validation.ConflictException;
import cn.kaohe.platform.validation.RequestRejectedException;
import cn.kaohe.platform.validation.Violation;
import cn.kaohe.scheme.boundary.SchemeDetail;
import cn.kaohe.scheme.boundary.SchemeService;
import cn.kaohe.scheme.boundary.SchemeSummary;
import cn.kaohe.scheme.boundary.SchemeUpload;
import cn.kaohe.scoring.io.SchemeReader;
import cn.kaohe.web.i18n.Messages;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.TreeNode;

/**
 * Backs {@code /office/scheme-designer.xhtml}: the indicator tree-table editor. Opened on a stored version
 * ({@code ?key=&version=}), as a copy of one ({@code &copy=true}: a new key, next year) or on a seed template
 * ({@code ?template=vil}). Every edit changes the in-memory {@link SchemeDocument} and is revalidated by scoring-core;
 * the problems are listed and shown on their indicator's row. Saving makes a new version through
 * {@link SchemeService} — a stored version is never changed here, frozen or not — and a newer version saved by someone
 * else meanwhile is a conflict: the document stays on the page.
 */
@Named("designer")
@ViewScoped
public class SchemeDesignerView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SchemeService schemes;

    // view parameters
    private String key;
    private Integer version;
    private boolean copy;
    private String template;

    // the draft
    private SchemeDocument doc;
    private String saveKey;
    private String name;
    private Integer year;
    private String sourceTemplate;
    private Integer basedOn;
    private Integer previous;
    private String populationRules;
    private String category;
    private List<ProblemLine> problems = List.of();
    private transient TreeNode<IndicatorRow> tree;

    // the selected indicator's form
    private String selected;
    private String nodeId;
    private String nodeName;
    private String nodeRule;
    private String nodeWeight;
    private String nodePoints;
    private String nodeDivisor;
    private String nodeMethodPoints;
    private String nodeSpec;

    // settings
    private String schemeId;
    private String title;
    private List<SchemeDocument.Band> bands = new ArrayList<>();
    private List<SchemeDocument.Cap> caps = new ArrayList<>();
    private String vetoAreas;
    private String vetoEffect;

    /** {@code f:viewAction}: loads the version, copy or template named by the view parameters. */
    public void load() {
        if (doc != null) {
            return;
        }
        int thisYear = java.time.Year.now().getValue();
        if (template != null && !template.isBlank()) {
            if (!SchemeService.TEMPLATES.contains(template)) {
                error("designer.error.template", template);
                return;
            }
            try (InputStream in = SchemeReader.class.getResourceAsStream(SchemeReader.TEMPLATE_FOLDER + template
                    + ".json")) {
                doc = SchemeDocument.of(SchemeDocument.JSON.readTree(in));
            } catch (IOException e) {
                throw new IllegalStateException("shipped template " + template + " unreadable", e);
            }
            saveKey = template.toUpperCase(Locale.ROOT) + "-" + thisYear;
            name = doc.root().path("title").asText(template);
            year = thisYear;
            sourceTemplate = template;
        } else if (key != null && version != null) {
            SchemeDetail detail = schemes.find(key, version).orElse(null);
            if (detail == null) {
                error("scheme.unknown", key, String.valueOf(version));
                return;
            }
            SchemeSummary m = detail.metadata();
            doc = SchemeDocument.of(parse(JsonValues.text(detail.scheme())));
            populationRules = detail.populationRules() == null
                    || detail.populationRules().getValueType() == JsonValue.ValueType.NULL ? ""
                    : pretty(JsonValues.text(detail.populationRules()));
            sourceTemplate = m.sourceTemplate();
            if (copy) {
                year = m.year() + 1;
                String y = String.valueOf(m.year());
                saveKey = m.key().contains(y) ? m.key().replace(y, String.valueOf(year)) : m.key() + "-" + year;
                name = m.name().contains(y) ? m.name().replace(y, String.valueOf(year)) : m.name();
            } else {
                saveKey = m.key();
                name = m.name();
                year = m.year();
                basedOn = m.versionNo();
            }
        } else {
            error("designer.error.nothing");
            return;
        }
        List<String> categories = doc.categoryIds();
        category = categories.isEmpty() ? null : categories.get(0);
        loadSettings();
        changed();
        if (category != null) {
            select(category);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return SchemeDocument.JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored scheme is not JSON", e);
        }
    }

    private static String pretty(String json) {
        try {
            return SchemeDocument.JSON.writeValueAsString(parse(json));
        } catch (JsonProcessingException e) {
            return json;
        }
    }

    // ---------------------------------------------------------------- the tree

    /** Revalidates the whole file with scoring-core and rebuilds the tree (after every edit). */
    private void changed() {
        List<SchemeDocument.Row> all = new ArrayList<>();
        doc.categoryIds().forEach(c -> all.addAll(doc.rows(c)));
        Locale locale = locale();
        problems = doc.problems().stream().map(p -> ProblemLine.of(locale, p, all)).toList();
        tree = null;
    }

    public TreeNode<IndicatorRow> getTree() {
        if (tree == null && doc != null && category != null) {
            tree = new DefaultTreeNode<>(null, null);
            java.util.Map<String, TreeNode<IndicatorRow>> byPath = new java.util.HashMap<>();
            for (SchemeDocument.Row r : doc.rows(category)) {
                TreeNode<IndicatorRow> parent = r.parentPath() == null ? tree : byPath.get(r.parentPath());
                TreeNode<IndicatorRow> n = new DefaultTreeNode<>(row(r), parent);
                n.setExpanded(true);
                n.setSelected(r.path().equals(selected));
                byPath.put(r.path(), n);
            }
        }
        return tree;
    }

    private IndicatorRow row(SchemeDocument.Row r) {
        ObjectNode n = doc.node(r.path());
        String kind = n.has("children") ? "GROUP" : n.has("sheet") ? "SHEET" : n.has("periods") ? "PERIODS"
                : n.path("method").path("type").asText("?");
        List<String> own = problems.stream().filter(p -> r.path().equals(p.row()))
                .map(p -> p.what() + " — " + p.fix()).toList();
        return new IndicatorRow(r.path(), n.path("id").asText(), n.path("name").asText(""),
                n.path("weight").asText(""), n.path("points").asText(""), kind, doc.methodPoints(r.path()), own,
                r.depth() > 0);
    }

    /** Selects an indicator for the side form. */
    public void select(String path) {
        selected = path;
        ObjectNode n = doc.node(path);
        if (n == null) {
            selected = null;
            return;
        }
        nodeId = n.path("id").asText("");
        nodeName = n.path("name").asText("");
        nodeRule = n.path("rule").asText("");
        nodeWeight = n.path("weight").asText("");
        nodePoints = n.path("points").asText("");
        nodeDivisor = n.path("divisor").asText("");
        nodeMethodPoints = doc.methodPoints(path);
        nodeSpec = doc.spec(path);
        tree = null;
    }

    /** Writes the side form into the selected indicator (ajax on every field change). */
    public void applyNode() {
        if (selected == null) {
            return;
        }
        String before = selected;
        doc.set(before, "name", nodeName);
        doc.set(before, "rule", nodeRule);
        doc.set(before, "weight", nodeWeight);
        doc.set(before, "points", nodePoints);
        if (doc.isGroup(before)) {
            doc.set(before, "divisor", nodeDivisor);
        }
        if (doc.node(before).has("method") && !nodeMethodPoints.equals(doc.methodPoints(before))) {
            doc.setMethodPoints(before, nodeMethodPoints);
        } else if (doc.specField(before) != null && !nodeSpec.equals(doc.spec(before))) {
            try {
                doc.setSpec(before, nodeSpec);
            } catch (JsonProcessingException | IllegalArgumentException notJson) {
                FacesContext.getCurrentInstance().addMessage("designerForm:nodeSpec", new FacesMessage(
                        FacesMessage.SEVERITY_ERROR, text("designer.error.spec"), null));
            }
        }
        String id = nodeId == null ? "" : nodeId.strip();
        if (!id.isEmpty() && !id.equals(doc.node(before).path("id").asText())) {
            selected = doc.set(before, "id", id);
        }
        changed();
        select(selected);
    }

    public void addChild() {
        if (selected != null && doc.isGroup(selected)) {
            String added = doc.addChild(selected);
            changed();
            select(added);
        }
    }

    public void moveUp() {
        move(-1);
    }

    public void moveDown() {
        move(1);
    }

    private void move(int by) {
        if (selected != null && doc.move(selected, by)) {
            changed();
        }
    }

    public void remove() {
        if (selected != null && selected.contains("/")) {
            String parent = selected.substring(0, selected.lastIndexOf('/'));
            doc.remove(selected);
            changed();
            select(parent);
        }
    }

    public void changeCategory() {
        changed();
        select(category);
    }

    public boolean isSelectedGroup() {
        return selected != null && doc.isGroup(selected);
    }

    public boolean isSelectedLeaf() {
        return selected != null && doc.node(selected) != null && doc.node(selected).has("method");
    }

    public boolean isSelectedRoot() {
        return selected != null && !selected.contains("/");
    }

    // ---------------------------------------------------------------- settings

    private void loadSettings() {
        schemeId = doc.root().path("id").asText("");
        title = doc.root().path("title").asText("");
        bands = new ArrayList<>(doc.bands());
        caps = new ArrayList<>(doc.caps());
        vetoAreas = doc.vetoAreas();
        vetoEffect = doc.vetoEffect();
    }

    /** Writes the settings form into the document (ajax on every change). */
    public void applySettings() {
        doc.setTop("id", schemeId);
        doc.setTop("title", title);
        doc.setBands(bands);
        doc.setCaps(caps);
        doc.setVetoAreas(vetoAreas);
        doc.setVetoEffect(vetoEffect);
        changed();
    }

    public void addBand() {
        bands.add(new SchemeDocument.Band());
        applySettings();
    }

    public void removeBand(SchemeDocument.Band band) {
        bands.remove(band);
        applySettings();
    }

    public void addCap() {
        caps.add(new SchemeDocument.Cap());
        applySettings();
    }

    public void removeCap(SchemeDocument.Cap cap) {
        caps.remove(cap);
        applySettings();
    }

    public List<String> getVetoEffects() {
        return List.of("FORCE_FAIL", "BLOCK_HONOURS", "BLOCK_TOP_GRADE", "ZERO_SCORE");
    }

    // ---------------------------------------------------------------- save and export

    /** Saves the document as a new version (of the opened key, or version 1… of a new key). */
    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        applySettings();
        if (!problems.isEmpty()) {
            error("designer.error.invalid", String.valueOf(problems.size()));
            faces.validationFailed();
            return;
        }
        JsonValue rules = null;
        if (populationRules != null && !populationRules.isBlank()) {
            try {
                rules = JsonValues.of(SchemeDocument.JSON.readTree(populationRules).toString());
            } catch (JsonProcessingException | RuntimeException notJson) {
                faces.addMessage("designerForm:populationRules", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        text("designer.error.rules"), null));
                faces.validationFailed();
                return;
            }
        }
        SchemeUpload upload = new SchemeUpload(saveKey, name, year, sourceTemplate,
                JsonValues.of(doc.root().toString()), rules, null);
        try {
            SchemeSummary saved = basedOn != null && saveKey != null && saveKey.strip().equals(key)
                    ? schemes.saveNewVersion(key, basedOn, upload) : schemes.upload(upload);
            previous = basedOn != null && saved.key().equals(key) ? basedOn : null;
            key = saved.key();
            basedOn = saved.versionNo();
            version = saved.versionNo();
            copy = false;
            saveKey = saved.key();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    text("designer.saved", saved.key(), String.valueOf(saved.versionNo())), null));
        } catch (RequestRejectedException rejected) {
            for (Violation v : rejected.violations()) {
                error(v.key(), v.args().toArray(String[]::new));
            }
            faces.validationFailed();
        } catch (ConflictException conflict) {
            Violation v = conflict.violation();
            error(v.key(), v.args().toArray(String[]::new));
            faces.validationFailed();
        } catch (EJBAccessException denied) {
            error("problem.forbidden");
            faces.validationFailed();
        }
    }

    /** The edited file as it stands, for download. */
    public StreamedContent getExport() {
        String file = (saveKey == null || saveKey.isBlank() ? "scheme" : saveKey.strip()) + ".json";
        byte[] bytes = doc == null ? new byte[0] : doc.json().getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name(file).contentType("application/json")
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    // ---------------------------------------------------------------- helpers

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Messages.CHINESE : faces.getViewRoot().getLocale();
    }

    private static String text(String key, String... args) {
        return Messages.text(locale(), key, List.of(args));
    }

    private static void error(String key, String... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, args), null));
    }

    public boolean isLoaded() {
        return doc != null;
    }

    public List<String> getCategories() {
        return doc == null ? List.of() : doc.categoryIds();
    }

    public List<ProblemLine> getProblems() {
        return problems;
    }

    public String getDiffQuery() {
        return previous == null ? null : "left=" + key + "/" + previous + "&right=" + key + "/" + basedOn;
    }

    public Integer getPrevious() { return previous; }
    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public boolean isCopy() { return copy; }
    public void setCopy(boolean copy) { this.copy = copy; }
    public String getTemplate() { return template; }
    public void setTemplate(String template) { this.template = template; }
    public String getSaveKey() { return saveKey; }
    public void setSaveKey(String saveKey) { this.saveKey = saveKey; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public Integer getBasedOn() { return basedOn; }
    public String getPopulationRules() { return populationRules; }
    public void setPopulationRules(String populationRules) { this.populationRules = populationRules; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getSelected() { return selected; }
    public String getNodeId() { return nodeId; }
    public void setNodeId(String nodeId) { this.nodeId = nodeId; }
    public String getNodeName() { return nodeName; }
    public void setNodeName(String nodeName) { this.nodeName = nodeName; }
    public String getNodeRule() { return nodeRule; }
    public void setNodeRule(String nodeRule) { this.nodeRule = nodeRule; }
    public String getNodeWeight() { return nodeWeight; }
    public void setNodeWeight(String nodeWeight) { this.nodeWeight = nodeWeight; }
    public String getNodePoints() { return nodePoints; }
    public void setNodePoints(String nodePoints) { this.nodePoints = nodePoints; }
    public String getNodeDivisor() { return nodeDivisor; }
    public void setNodeDivisor(String nodeDivisor) { this.nodeDivisor = nodeDivisor; }
    public String getNodeMethodPoints() { return nodeMethodPoints; }
    public void setNodeMethodPoints(String nodeMethodPoints) { this.nodeMethodPoints = nodeMethodPoints; }
    public String getNodeSpec() { return nodeSpec; }
    public void setNodeSpec(String nodeSpec) { this.nodeSpec = nodeSpec; }
    public String getSchemeId() { return schemeId; }
    public void setSchemeId(String schemeId) { this.schemeId = schemeId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public List<SchemeDocument.Band> getBands() { return bands; }
    public List<SchemeDocument.Cap> getCaps() { return caps; }
    public String getVetoAreas() { return vetoAreas; }
    public void setVetoAreas(String vetoAreas) { this.vetoAreas = vetoAreas; }
    public String getVetoEffect() { return vetoEffect; }
    public void setVetoEffect(String vetoEffect) { this.vetoEffect = vetoEffect; }
}
