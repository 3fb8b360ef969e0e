package cn.kaohe.web.admin;

import cn.kaohe.organisation.boundary.CategorySummary;
import cn.kaohe.organisation.boundary.NewCategory;
import cn.kaohe.organisation.boundary.OrgUnitService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Backs {@code /office/categories.xhtml}: unit categories/tiers (类别/档次), created and renamed. */
@Named
@ViewScoped
public class OfficeCategoriesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String LABELS = "admin.categories.field.";

    @EJB
    private OrgUnitService units;

    private List<CategorySummary> list;
    private String editing;
    private long editingVersion;
    private String code;
    private String name;

    @PostConstruct
    void load() {
        list = units.categories();
    }

    public void save() {
        if (editing == null) {
            FacesFeedback.attempt(LABELS, () -> units.createCategory(new NewCategory(code, name)))
                    .ifPresent(c -> {
                        FacesFeedback.info("admin.categories.created", c.code(), c.name());
                        clear();
                    });
        } else {
            FacesFeedback.attempt(LABELS, () -> units.updateCategory(editing, editingVersion,
                    new NewCategory(editing, name))).ifPresent(c -> {
                        FacesFeedback.info("admin.categories.changed", c.code(), c.name());
                        clear();
                    });
        }
    }

    public void edit(CategorySummary category) {
        editing = category.code();
        editingVersion = category.version();
        code = category.code();
        name = category.name();
    }

    public void clear() {
        editing = null;
        code = null;
        name = null;
        load();
    }

    public List<CategorySummary> getList() {
        return list;
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
}
