package cn.kaohe.scheme.boundary;

import cn.kaohe.platform.json.CanonicalJson;
import cn.kaohe.platform.json.JsonValues;
import cn.kaohe.platform.validation.ConflictException;
import cn.kaohe.platform.validation.RequestRejectedException;
import cn.kaohe.platform.validation.Violation;
import cn.kaohe.scheme.control.SchemeFiles;
import cn.kaohe.scheme.entity.SchemeVersion;
import cn.kaohe.scoring.io.SchemeReader;
import cn.kaohe.scoring.io.SchemeWriter;
import cn.kaohe.scoring.scheme.SchemeException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import cn.kaohe.audit.control.AuditJson;
import cn.kaohe.audit.control.AuditLog;
import cn.kaohe.people.control.Caller;
import cn.kaohe.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Stores versioned scheme files. Every upload is validated by scoring-core; a refused upload stores nothing and
 * names every problem. A version used by a period is frozen: editing it is refused, a new version is uploaded.
 */
@Stateless
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.ASSESSMENT_OFFICE, Roles.ASSESSOR, Roles.UNIT_REPORTER, Roles.LEADER,
        Roles.AUDITOR})
public class SchemeService {

    private static final Logger LOG = Logger.getLogger(SchemeService.class.getName());
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    /** The seed schemes scoring-core ships (docs/scheme-format.md). */
    public static final Set<String> TEMPLATES = Set.of("hos", "tb13", "vil", "ts", "zd", "xj", "xj-special");

    @PersistenceContext(unitName = "kaohe")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private AuditLog audit;

    @EJB
    private Caller callers;

    public List<SchemeSummary> list() {
        return em.createNamedQuery(SchemeVersion.ALL, SchemeVersion.class).getResultStream()
                .map(SchemeSummary::of).toList();
    }

    public List<SchemeSummary> versions(String key) {
        return em.createNamedQuery(SchemeVersion.BY_KEY, SchemeVersion.class).setParameter("key", key)
                .getResultStream().map(SchemeSummary::of).toList();
    }

    public Optional<SchemeDetail> find(String key, int versionNo) {
        return version(key, versionNo).map(s -> new SchemeDetail(SchemeSummary.of(s), JsonValues.of(s.getContent()),
                JsonValues.of(s.getPopulationRules())));
    }

    /** Uploads a file as the next version of its key (version 1 for a new key). */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.ASSESSMENT_OFFICE})
    public SchemeSummary upload(SchemeUpload upload) {
        return store(upload, null);
    }

    /** Imports one of scoring-core's seed templates as the next version of {@code upload.key()}. */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.ASSESSMENT_OFFICE})
    public SchemeSummary importTemplate(String template, SchemeUpload upload) {
        if (template == null || !TEMPLATES.contains(template)) {
            throw new RequestRejectedException(List.of(Violation.of("template", "scheme.template.unknown",
                    String.valueOf(template), String.join(", ", TEMPLATES.stream().sorted().toList()))));
        }
        String json;
        try {
            json = SchemeWriter.write(SchemeReader.template(template));
        } catch (SchemeException broken) {
            throw new IllegalStateException("shipped template " + template + " is invalid", broken);
        }
        SchemeUpload filled = new SchemeUpload(upload.key(), upload.name(), upload.year(), template,
                JsonValues.of(json), upload.populationRules(), null);
        return store(filled, template);
    }

    /**
     * Saves an edited scheme as the next version of {@code key}, which must still be {@code basedOn}: when someone
     * saved a newer version meanwhile, the save is refused with a conflict naming it (the editor keeps the document,
     * nothing is lost). Frozen versions are never touched: editing one always ends in a new version.
     */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.ASSESSMENT_OFFICE})
    public SchemeSummary saveNewVersion(String key, int basedOn, SchemeUpload upload) {
        int latest = versions(key).stream().mapToInt(SchemeSummary::versionNo).max().orElse(0);
        if (latest == 0) {
            throw new RequestRejectedException(List.of(Violation.of("version", "scheme.unknown", key,
                    String.valueOf(basedOn))));
        }
        if (latest != basedOn) {
            throw new ConflictException(Violation.of("version", "designer.scheme.newerVersion", key,
                    String.valueOf(basedOn), String.valueOf(latest)));
        }
        SchemeVersion base = version(key, basedOn).orElseThrow();
        SchemeUpload same = new SchemeUpload(key, upload.name(), upload.year(),
                upload.sourceTemplate() != null ? upload.sourceTemplate() : base.getSourceTemplate(), upload.scheme(),
                upload.populationRules(), null);
        try {
            return store(same, null);
        } catch (PersistenceException race) {
            // two saves on the same base at once: the unique (key, version) lets only one through
            throw new ConflictException(Violation.of("version", "designer.scheme.newerVersion", key,
                    String.valueOf(basedOn), String.valueOf(basedOn + 1)));
        }
    }

    /** Replaces the file or metadata of an unfrozen version; refuses a frozen one and a stale lock version. */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.ASSESSMENT_OFFICE})
    public SchemeSummary update(String key, int versionNo, SchemeUpload upload) {
        SchemeVersion stored = version(key, versionNo).orElseThrow(() -> new RequestRejectedException(
                List.of(Violation.of("version", "scheme.unknown", key, String.valueOf(versionNo)))));
        if (stored.isFrozen()) {
            throw new ConflictException(Violation.of("version", "scheme.frozen", key, String.valueOf(versionNo)));
        }
        if (upload.version() == null || upload.version() != stored.getVersion()) {
            throw new ConflictException(Violation.of("version", "scheme.conflict", key, String.valueOf(versionNo),
                    String.valueOf(upload.version()), String.valueOf(stored.getVersion())));
        }
        List<Violation> problems = new ArrayList<>();
        String name = trim(upload.name());
        required(problems, "name", name, SchemeVersion.NAME_MAX);
        Integer year = year(problems, upload.year());
        Parsed parsed = parse(upload, problems);
        if (!problems.isEmpty()) {
            throw new RequestRejectedException(problems);
        }
        String before = metadata(stored);
        stored.rename(name, year);
        stored.replaceContent(parsed.schemeId, parsed.content, CanonicalJson.sha256(parsed.content), parsed.rules,
                caller(), now());
        em.flush();
        audit.record("UPDATE", "SchemeVersion", key + "/" + versionNo, before, metadata(stored));
        LOG.info(() -> "scheme " + key + " v" + versionNo + " replaced by " + caller());
        return SchemeSummary.of(stored);
    }

    /** Freezes a version; called when a period starts using it (目标一律不作调整). */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.ASSESSMENT_OFFICE})
    public void freeze(SchemeVersion version) {
        if (!version.isFrozen()) {
            version.freeze();
            audit.record("FREEZE", "SchemeVersion", version.getSchemeKey() + "/" + version.getVersionNo(), null,
                    AuditJson.object().with("frozen", true).build());
        }
    }

    public Optional<SchemeVersion> version(String key, int versionNo) {
        return em.createNamedQuery(SchemeVersion.ONE, SchemeVersion.class).setParameter("key", key)
                .setParameter("no", versionNo).getResultStream().findFirst();
    }

    private SchemeSummary store(SchemeUpload upload, String template) {
        List<Violation> problems = new ArrayList<>();
        String key = trim(upload.key());
        required(problems, "key", key, SchemeVersion.KEY_MAX);
        if (key != null && key.length() <= SchemeVersion.KEY_MAX && !KEY.matcher(key).matches()) {
            problems.add(Violation.of("key", "scheme.key.pattern", key));
        }
        String name = trim(upload.name());
        required(problems, "name", name, SchemeVersion.NAME_MAX);
        Integer year = year(problems, upload.year());
        String source = template != null ? template : trim(upload.sourceTemplate());
        if (source != null && !TEMPLATES.contains(source)) {
            problems.add(Violation.of("sourceTemplate", "scheme.template.unknown", source,
                    String.join(", ", TEMPLATES.stream().sorted().toList())));
        }
        Parsed parsed = parse(upload, problems);
        if (!problems.isEmpty()) {
            throw new RequestRejectedException(problems);
        }
        int next = versions(key).stream().mapToInt(SchemeSummary::versionNo).max().orElse(0) + 1;
        SchemeVersion version = new SchemeVersion(key, next, name, year, source);
        version.replaceContent(parsed.schemeId, parsed.content, CanonicalJson.sha256(parsed.content), parsed.rules,
                caller(), now());
        em.persist(version);
        em.flush();
        audit.record("CREATE", "SchemeVersion", key + "/" + next, null, metadata(version));
        LOG.info(() -> "scheme " + key + " v" + next + " stored by " + caller());
        return SchemeSummary.of(version);
    }

    private static String metadata(SchemeVersion v) {
        return AuditJson.object().with("key", v.getSchemeKey()).with("version", v.getVersionNo())
                .with("name", v.getName()).with("year", v.getYear()).with("sourceTemplate", v.getSourceTemplate())
                .with("contentSha256", v.getContentSha256()).with("frozen", v.isFrozen()).build();
    }

    private record Parsed(String schemeId, String content, String rules) {
    }

    private static Parsed parse(SchemeUpload upload, List<Violation> problems) {
        JsonValue scheme = upload.scheme();
        if (scheme == null || scheme.getValueType() != JsonValue.ValueType.OBJECT) {
            problems.add(Violation.of("scheme", "field.required"));
            return null;
        }
        JsonNode schemeJson = CanonicalJson.parse(JsonValues.text(scheme));
        JsonValue rules = upload.populationRules();
        JsonNode rulesJson = rules == null || rules.getValueType() == JsonValue.ValueType.NULL ? null
                : CanonicalJson.parse(JsonValues.text(rules));
        SchemeFiles.Compiled compiled = SchemeFiles.validate(schemeJson, rulesJson, "scheme", problems);
        if (compiled == null) {
            return null;
        }
        String content = CanonicalJson.canonical(schemeJson);
        if (content.length() > SchemeVersion.CONTENT_MAX) {
            problems.add(Violation.of("scheme", "field.tooLong", String.valueOf(SchemeVersion.CONTENT_MAX),
                    String.valueOf(content.length())));
        }
        String rulesText = rulesJson == null ? null : CanonicalJson.canonical(rulesJson);
        if (rulesText != null && rulesText.length() > SchemeVersion.RULES_MAX) {
            problems.add(Violation.of("populationRules", "field.tooLong", String.valueOf(SchemeVersion.RULES_MAX),
                    String.valueOf(rulesText.length())));
        }
        return new Parsed(compiled.scheme().id(), content, rulesText);
    }

    private static Integer year(List<Violation> problems, Integer year) {
        if (year == null) {
            problems.add(Violation.of("year", "field.required"));
        } else if (year < 2000 || year > 2100) {
            problems.add(Violation.of("year", "field.year", String.valueOf(year)));
        }
        return year;
    }

    static void required(List<Violation> problems, String field, String value, int max) {
        if (value == null) {
            problems.add(Violation.of(field, "field.required"));
        } else if (value.length() > max) {
            problems.add(Violation.of(field, "field.tooLong", String.valueOf(max), String.valueOf(value.length())));
        }
    }

    static String trim(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
