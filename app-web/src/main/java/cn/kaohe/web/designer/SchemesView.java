package cn.kaohe.web.designer;

import cn.kaohe.platform.json.JsonValues;
import cn.kaohe.platform.validation.RequestRejectedException;
import cn.kaohe.platform.validation.Violation;
import cn.kaohe.scheme.boundary.SchemeService;
import cn.kaohe.scheme.boundary.SchemeSummary;
import cn.kaohe.scheme.boundary.SchemeUpload;
import cn.kaohe.scoring.scheme.Problem;
import cn.kaohe.scoring.scheme.SchemeException;
import cn.kaohe.web.i18n.Messages;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * Backs {@code /office/schemes.xhtml}: the stored scheme versions with export, edit, copy and compare; a new scheme
 * from a seed template; the import of a JSON or YAML scheme file (validated by scoring-core first: an invalid file is
 * listed problem by problem — file, path, what, how to fix — and nothing is stored).
 */
@Named("schemes")
@ViewScoped
public class SchemesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long MAX_FILE = 2_000_000;
    private static final String IMPORT_FORM = "importForm";
    private static final String TEMPLATE_FORM = "templateForm";

    @EJB
    private SchemeService service;

    private List<SchemeSummary> list;
    private String template = "vil";
    private String key;
    private String name;
    private Integer year = java.time.Year.now().getValue();
    private transient UploadedFile file;
    private List<ProblemLine> importProblems = List.of();

    @PostConstruct
    void load() {
        list = service.list();
    }

    public List<String> getTemplates() {
        return SchemeService.TEMPLATES.stream().sorted().toList();
    }

    /** Stores the chosen seed template as version 1 of a new key and opens it in the designer. */
    public String importTemplate() {
        try {
            SchemeSummary s = service.importTemplate(template, new SchemeUpload(key, name, year, template, null, null,
                    null));
            return "/office/scheme-designer?faces-redirect=true&key=" + encode(s.key()) + "&version=" + s.versionNo();
        } catch (RequestRejectedException rejected) {
            rejected(rejected);
            return null;
        } catch (EJBAccessException denied) {
            error("problem.forbidden");
            return null;
        }
    }

    /** Validates the uploaded file with scoring-core; stores it as a new version only when it has no problem. */
    public void importFile() {
        importProblems = List.of();
        if (file == null || file.getSize() == 0) {
            error("designer.import.noFile");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (file.getSize() > MAX_FILE) {
            error("designer.import.tooLarge", String.valueOf(MAX_FILE));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        String fileName = file.getFileName();
        List<Problem> found;
        JsonNode scheme = null;
        try {
            scheme = SchemeDocument.parse(file.getContent(), fileName);
            found = SchemeDocument.problems(scheme, fileName);
        } catch (SchemeException unreadable) {
            found = unreadable.problems();
        }
        if (!found.isEmpty()) {
            Locale locale = locale();
            importProblems = found.stream().map(p -> ProblemLine.of(locale, p, List.of())).toList();
            error("designer.import.invalid", fileName, String.valueOf(found.size()));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            SchemeSummary s = service.upload(new SchemeUpload(key, name, year, null, JsonValues.of(scheme.toString()),
                    null, null));
            info("designer.import.stored", fileName, s.key(), String.valueOf(s.versionNo()));
            list = service.list();
        } catch (RequestRejectedException rejected) {
            rejected(rejected);
        } catch (EJBAccessException denied) {
            error("problem.forbidden");
        }
    }

    /** The stored file of a version, for download ({@code <key>-v<n>.json}). */
    public StreamedContent export(SchemeSummary s) {
        String json = service.find(s.key(), s.versionNo())
                .map(d -> SchemeDocument.of(parse(JsonValues.text(d.scheme()))).json()).orElse("{}");
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name(s.key() + "-v" + s.versionNo() + ".json")
                .contentType("application/json").stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    private static JsonNode parse(String json) {
        try {
            return SchemeDocument.JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The version before {@code s} of the same key, or null. */
    public Integer previousOf(SchemeSummary s) {
        return s.versionNo() > 1 ? s.versionNo() - 1 : null;
    }

    private void rejected(RequestRejectedException rejected) {
        for (Violation v : rejected.violations()) {
            String label = Messages.text(locale(), "designer.field." + v.field(), List.of());
            error("designer.fieldError", label.startsWith("designer.field.") ? v.field() : label,
                    Messages.text(locale(), v.key(), v.args()));
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** Messages go to the form that was submitted (each form shows only its own). */
    private static void error(String key, String... args) {
        add(FacesMessage.SEVERITY_ERROR, key, args);
    }

    private static void info(String key, String... args) {
        add(FacesMessage.SEVERITY_INFO, key, args);
    }

    private static void add(FacesMessage.Severity severity, String key, String... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String form = faces.getExternalContext().getRequestParameterMap().containsKey(IMPORT_FORM) ? IMPORT_FORM
                : TEMPLATE_FORM;
        faces.addMessage(form, new FacesMessage(severity, Messages.text(locale(), key, new ArrayList<>(List.of(args))),
                null));
    }

    public List<SchemeSummary> getList() { return list; }
    public String getTemplate() { return template; }
    public void setTemplate(String template) { this.template = template; }
    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public List<ProblemLine> getImportProblems() { return importProblems; }
}
