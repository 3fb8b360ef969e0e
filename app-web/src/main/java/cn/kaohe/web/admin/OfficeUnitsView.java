package cn.kaohe.web.admin;

import cn.kaohe.organisation.boundary.CategorySummary;
import cn.kaohe.organisation.boundary.ImportReport;
import cn.kaohe.organisation.boundary.NewUnit;
import cn.kaohe.organisation.boundary.OrgUnitService;
import cn.kaohe.organisation.boundary.UnitChange;
import cn.kaohe.organisation.boundary.UnitSummary;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * Backs {@code /office/units.xhtml}: the organisation as a tree (category/tier and parent of every unit), one form
 * to create a unit or change the one chosen in the tree (a stale version is refused and named), and the
 * all-or-nothing import of a units file (every bad row named, nothing saved).
 */
@Named
@ViewScoped
public class OfficeUnitsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String LABELS = "admin.units.field.";

    @EJB
    private OrgUnitService units;

    private List<UnitSummary> list;
    private List<CategorySummary> categories;
    private TreeNode<UnitSummary> tree;

    /** The unit being edited, or null when the form creates one. */
    private String editing;
    private long editingVersion;
    private String code;
    private String name;
    private String category;
    private String parentCode;

    private String importJson;
    private String importParent;

    @PostConstruct
    void load() {
        list = units.list();
        categories = units.categories();
        tree = new DefaultTreeNode<>(null, null);
        Map<String, TreeNode<UnitSummary>> nodes = new HashMap<>();
        // list() is ordered by code; a parent may sort after its child, so attach in two passes
        for (UnitSummary unit : list) {
            DefaultTreeNode<UnitSummary> node = new DefaultTreeNode<>(unit);
            node.setExpanded(true);
            nodes.put(unit.code(), node);
        }
        for (UnitSummary unit : list) {
            TreeNode<UnitSummary> parent = unit.parentCode() == null ? null : nodes.get(unit.parentCode());
            (parent == null ? tree : parent).getChildren().add(nodes.get(unit.code()));
        }
    }

    public void save() {
        if (editing == null) {
            FacesFeedback.attempt(LABELS, () -> units.create(new NewUnit(code, name, category, parentCode)))
                    .ifPresent(created -> {
                        FacesFeedback.info("admin.units.created", created.code(), created.name());
                        clear();
                    });
        } else {
            FacesFeedback.attempt(LABELS, () -> units.update(editing, editingVersion,
                    new UnitChange(name, category, parentCode))).ifPresent(changed -> {
                        FacesFeedback.info("admin.units.changed", changed.code(), changed.name());
                        clear();
                    });
        }
    }

    /** Loads a unit of the tree into the form. */
    public void edit(UnitSummary unit) {
        editing = unit.code();
        editingVersion = unit.version();
        code = unit.code();
        name = unit.name();
        category = unit.category();
        parentCode = unit.parentCode();
    }

    /** Leaves editing and reloads the tree (also after a conflict, to see the current data). */
    public void clear() {
        editing = null;
        code = null;
        name = null;
        category = null;
        parentCode = null;
        load();
    }

    public void importUnits() {
        FacesFeedback.attempt("admin.units.import.field.", () -> units.importUnits(importJson, importParent))
                .ifPresent((ImportReport report) -> {
                    FacesFeedback.info("admin.units.imported", report.unitsCreated(), report.categoriesCreated());
                    importJson = null;
                    load();
                });
    }

    /** Units that may become the parent of the edited unit (not itself). */
    public List<UnitSummary> getParents() {
        return list.stream().filter(u -> !u.code().equals(editing)).toList();
    }

    public TreeNode<UnitSummary> getTree() {
        return tree;
    }

    public List<UnitSummary> getList() {
        return list;
    }

    public List<CategorySummary> getCategories() {
        return categories;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getParentCode() {
        return parentCode;
    }

    public void setParentCode(String parentCode) {
        this.parentCode = parentCode;
    }

    public String getImportJson() {
        return importJson;
    }

    public void setImportJson(String importJson) {
        this.importJson = importJson;
    }

    public String getImportParent() {
        return importParent;
    }

    public void setImportParent(String importParent) {
        this.importParent = importParent;
    }
}
