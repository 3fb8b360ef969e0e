package cn.kaohe.web.designer;

import cn.kaohe.platform.json.JsonValues;
import cn.kaohe.scheme.boundary.SchemeDetail;
import cn.kaohe.scheme.boundary.SchemeService;
import cn.kaohe.scheme.boundary.SchemeSummary;
import cn.kaohe.scoring.io.SchemeDiff;
import cn.kaohe.web.i18n.Messages;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Backs {@code /office/scheme-diff.xhtml}: two scheme versions ({@code ?left=KEY/1&right=KEY/2}) side by side —
 * scoring-core's {@link SchemeDiff}: added, removed and changed indicators, changed settings.
 */
@Named("schemeDiff")
@ViewScoped
public class SchemeDiffView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SchemeService schemes;

    private String left;
    private String right;
    private List<SchemeDiff.Change> changes;
    private List<SchemeSummary> versions;

    /** {@code f:viewAction}, and the compare button. */
    public void compare() {
        versions = schemes.list();
        changes = null;
        if (left == null || right == null || left.isBlank() || right.isBlank()) {
            return;
        }
        Optional<JsonNode> a = scheme(left);
        Optional<JsonNode> b = scheme(right);
        if (a.isEmpty() || b.isEmpty()) {
            String[] missing = (a.isEmpty() ? left : right).split("/", 2);
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "scheme.unknown",
                            List.of(missing[0], missing.length > 1 ? missing[1] : "")), null));
            return;
        }
        changes = SchemeDiff.between(a.get(), b.get());
    }

    private Optional<JsonNode> scheme(String ref) {
        int slash = ref.lastIndexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        try {
            Optional<SchemeDetail> d = schemes.find(ref.substring(0, slash), Integer.parseInt(ref.substring(slash + 1)));
            return d.map(detail -> {
                try {
                    return SchemeDocument.JSON.readTree(JsonValues.text(detail.scheme()));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /** The CSS class of a change's row: added, removed or changed. */
    public String styleOf(SchemeDiff.Change c) {
        return "kh-diff-" + c.kind().name().toLowerCase(java.util.Locale.ROOT);
    }

    public List<SchemeDiff.Change> getChanges() { return changes; }
    public List<SchemeSummary> getVersions() { return versions; }
    public String getLeft() { return left; }
    public void setLeft(String left) { this.left = left; }
    public String getRight() { return right; }
    public void setRight(String right) { this.right = right; }
}
