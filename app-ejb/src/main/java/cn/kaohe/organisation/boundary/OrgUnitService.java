package cn.kaohe.organisation.boundary;

import cn.kaohe.audit.control.AuditJson;
import cn.kaohe.audit.control.AuditLog;
import cn.kaohe.organisation.entity.OrgUnit;
import cn.kaohe.organisation.entity.UnitCategory;
import cn.kaohe.people.control.Caller;
import cn.kaohe.platform.security.Roles;
import cn.kaohe.platform.validation.ConflictException;
import cn.kaohe.platform.validation.RequestRejectedException;
import cn.kaohe.platform.validation.Violation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.StringReader;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The organisation tree: units (被考核单位) with their category/tier and parent, and the categories themselves.
 * Every rejected request names its fields and changes nothing; every change is audited. A caller who is only a unit
 * reporter sees and reads only the units assigned to them.
 */
@Stateless
public class OrgUnitService {

    private static final Logger LOG = Logger.getLogger(OrgUnitService.class.getName());
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    /** Codes that name a sub-resource of /api/units and so could never be fetched as /api/units/{code}. */
    private static final java.util.Set<String> RESERVED = java.util.Set.of("tree", "import");

    @PersistenceContext(unitName = "kaohe")
    private EntityManager em;

    @EJB
    private Caller caller;

    @EJB
    private AuditLog audit;

    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.ASSESSMENT_OFFICE, Roles.ASSESSOR, Roles.UNIT_REPORTER, Roles.LEADER,
            Roles.AUDITOR})
    public List<UnitSummary> list() {
        boolean limited = caller.limitedToOwnUnits();
        Set<String> own = limited ? caller.unitCodes() : Set.of();
        return em.createNamedQuery(OrgUnit.ALL, OrgUnit.class).getResultList().stream()
                .filter(u -> !limited || own.contains(u.getCode()))
                .map(UnitSummary::of)
                .toList();
    }

    /**
     * The organisation as a tree: top-level units (no parent) with their descendants, each level ordered by code.
     * A unit reporter gets their own units as roots.
     */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.ASSESSMENT_OFFICE, Roles.ASSESSOR, Roles.UNIT_REPORTER, Roles.LEADER,
            Roles.AUDITOR})
    public List<UnitNode> tree() {
        List<UnitSummary> visible = list();
        Set<String> codes = new HashSet<>();
        visible.forEach(u -> codes.add(u.code()));
        Map<String, List<UnitSummary>> children = new HashMap<>();
        List<UnitSummary> roots = new ArrayList<>();
        for (UnitSummary unit : visible) {
            if (unit.parentCode() == null || !codes.contains(unit.parentCode())) {
                roots.add(unit);
            } else {
                children.computeIfAbsent(unit.parentCode(), p -> new ArrayList<>()).add(unit);
            }
        }
        return roots.stream().map(r -> node(r, children)).toList();
    }

    private static UnitNode node(UnitSummary unit, Map<String, List<UnitSummary>> children) {
        return new UnitNode(unit.code(), unit.name(), unit.category(), children.getOrDefault(unit.code(), List.of())
                .stream().map(c -> node(c, children)).toList());
    }

    /** The unit with {@code code}; a reporter asking for a unit not their own is refused (403). */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.ASSESSMENT_OFFICE, Roles.ASSESSOR, Roles.UNIT_REPORTER, Roles.LEADER,
            Roles.AUDITOR})
    public Optional<UnitSummary> find(String code) {
        caller.requireUnit(code);
        return byCode(code).map(UnitSummary::of);
    }

    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.ASSESSMENT_OFFICE})
    public UnitSummary create(NewUnit request) {
        String code = trim(request.code());
        String name = trim(request.name());
        String categoryCode = trim(request.category());
        String parentCode = trim(request.parentCode());

        List<Violation> problems = new ArrayList<>();
        code(problems, "code", code, OrgUnit.CODE_MAX);
        required(problems, "name", name, OrgUnit.NAME_MAX);
        if (code != null && byCode(code).isPresent()) {
            problems.add(Violation.of("code", "unit.code.duplicate", code));
        }
        UnitCategory category = null;
        if (categoryCode == null) {
            problems.add(Violation.of("category", "field.required"));
        } else {
            category = categoryByCode(categoryCode).orElse(null);
            if (category == null) {
                problems.add(Violation.of("category", "unit.category.unknown", categoryCode));
            }
        }
        OrgUnit parent = null;
        if (parentCode != null) {
            parent = byCode(parentCode).orElse(null);
            if (parent == null) {
                problems.add(Violation.of("parentCode", "unit.parent.unknown", parentCode));
            }
        }
        if (!problems.isEmpty()) {
            throw new RequestRejectedException(problems);
        }
        OrgUnit unit = persistUnit(code, name, category, parent);
        flush("code", "unit.code.duplicate", code);
        LOG.info(() -> "created unit " + code + " (" + name + ")");
        return UnitSummary.of(unit);
    }

    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.ASSESSMENT_OFFICE, Roles.ASSESSOR, Roles.UNIT_REPORTER, Roles.LEADER,
            Roles.AUDITOR})
    public List<CategorySummary> categories() {
        return em.createNamedQuery(UnitCategory.ALL, UnitCategory.class).getResultList().stream()
                .map(CategorySummary::of).toList();
    }

    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.ASSESSMENT_OFFICE})
    public CategorySummary createCategory(NewCategory request) {
        String code = trim(request.code());
        String name = trim(request.name());
        List<Violation> problems = new ArrayList<>();
        code(problems, "code", code, UnitCategory.CODE_MAX);
        required(problems, "name", name, UnitCategory.NAME_MAX);
        if (code != null && categoryByCode(code).isPresent()) {
            problems.add(Violation.of("code", "category.code.duplicate", code));
        }
        if (!problems.isEmpty()) {
            throw new RequestRejectedException(problems);
        }
        UnitCategory category = persistCategory(code, name);
        flush("code", "category.code.duplicate", code);
        return CategorySummary.of(category);
    }

    /**
     * Imports units in the format of {@code demo-units.json}: top-level groups, each with {@code categories}, each
     * with {@code code}, {@code name} and the {@code units}' names. Unit codes are the category code and a two-digit
     * number ({@code ZD-TOWN-01}); categories that exist already are reused. All or nothing: any bad row rejects the
     * whole file, naming every offending row (e.g. {@code ZD.categories[0].units[3]}).
     *
     * @param parentCode code of the unit all imported units report to (e.g. the county), or {@code null}
     *     <p>The office may import as it may create each unit and category one by one.
     */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.ASSESSMENT_OFFICE})
    public ImportReport importUnits(String json, String parentCode) {
        JsonObject root;
        try (JsonReader reader = Json.createReader(new StringReader(json == null ? "" : json))) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException malformed) {
            throw new RequestRejectedException(List.of(Violation.of("body", "import.malformed",
                    String.valueOf(malformed.getMessage()))));
        }
        List<Violation> problems = new ArrayList<>();
        OrgUnit parent = null;
        String parentKey = trim(parentCode);
        if (parentKey != null) {
            parent = byCode(parentKey).orElse(null);
            if (parent == null) {
                problems.add(Violation.of("parentCode", "unit.parent.unknown", parentKey));
            }
        }
        Map<String, String> newCategories = new LinkedHashMap<>();
        Map<String, String> unitCategory = new LinkedHashMap<>();
        Map<String, String> unitName = new LinkedHashMap<>();
        Set<String> seenCategories = new HashSet<>();
        for (Map.Entry<String, JsonValue> group : root.entrySet()) {
            if (group.getValue().getValueType() != JsonValue.ValueType.OBJECT) {
                continue; // "about" and other notes
            }
            JsonValue categoriesValue = group.getValue().asJsonObject().get("categories");
            if (categoriesValue == null || categoriesValue.getValueType() != JsonValue.ValueType.ARRAY) {
                problems.add(Violation.of(group.getKey() + ".categories", "field.required"));
                continue;
            }
            JsonArray categories = categoriesValue.asJsonArray();
            for (int c = 0; c < categories.size(); c++) {
                String at = group.getKey() + ".categories[" + c + "]";
                if (categories.get(c).getValueType() != JsonValue.ValueType.OBJECT) {
                    problems.add(Violation.of(at, "import.notAnObject"));
                    continue;
                }
                JsonObject category = categories.getJsonObject(c);
                String code = trim(text(category, "code"));
                String name = trim(text(category, "name"));
                int before = problems.size();
                code(problems, at + ".code", code, UnitCategory.CODE_MAX - 3);
                required(problems, at + ".name", name, UnitCategory.NAME_MAX);
                if (code != null && !seenCategories.add(code)) {
                    problems.add(Violation.of(at + ".code", "category.code.duplicate", code));
                }
                if (problems.size() > before) {
                    continue;
                }
                if (categoryByCode(code).isEmpty()) {
                    newCategories.put(code, name);
                }
                JsonValue unitsValue = category.get("units");
                if (unitsValue == null || unitsValue.getValueType() != JsonValue.ValueType.ARRAY) {
                    problems.add(Violation.of(at + ".units", "field.required"));
                    continue;
                }
                JsonArray units = unitsValue.asJsonArray();
                for (int u = 0; u < units.size(); u++) {
                    String unitAt = at + ".units[" + u + "]";
                    String unitCode = code + "-" + String.format("%02d", u + 1);
                    String name1 = units.get(u) instanceof JsonString s ? trim(s.getString()) : null;
                    required(problems, unitAt, name1, OrgUnit.NAME_MAX);
                    if (byCode(unitCode).isPresent()) {
                        problems.add(Violation.of(unitAt, "unit.code.duplicate", unitCode));
                    }
                    unitCategory.put(unitCode, code);
                    unitName.put(unitCode, name1);
                }
            }
        }
        if (unitName.isEmpty() && problems.isEmpty()) {
            problems.add(Violation.of("body", "import.empty"));
        }
        if (!problems.isEmpty()) {
            throw new RequestRejectedException(problems);
        }
        Map<String, UnitCategory> categories = new HashMap<>();
        newCategories.forEach((code, name) -> categories.put(code, persistCategory(code, name)));
        for (Map.Entry<String, String> unit : unitName.entrySet()) {
            String categoryCode = unitCategory.get(unit.getKey());
            UnitCategory category = categories.computeIfAbsent(categoryCode,
                    c -> categoryByCode(c).orElseThrow());
            persistUnit(unit.getKey(), unit.getValue(), category, parent);
        }
        flush("body", "import.conflict", "");
        int created = unitName.size();
        LOG.info(() -> "imported " + created + " units and " + newCategories.size() + " categories");
        return new ImportReport(newCategories.size(), created);
    }

    /**
     * Changes name, category and parent of the unit {@code code} if it is still at {@code version}: a concurrent change
     * is refused (409) naming both versions, never overwritten. A unit cannot report to itself or to one of its own
     * descendants (the tree stays a tree).
     */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.ASSESSMENT_OFFICE})
    public UnitSummary update(String code, long version, UnitChange request) {
        OrgUnit unit = byCode(code).orElseThrow(() -> new RequestRejectedException(
                List.of(Violation.of("code", "unit.unknown", String.valueOf(code)))));
        if (unit.getVersion() != version) {
            throw new ConflictException(Violation.of("version", "admin.unit.conflict", code,
                    String.valueOf(version), String.valueOf(unit.getVersion())));
        }
        String name = trim(request.name());
        String categoryCode = trim(request.category());
        String parentCode = trim(request.parentCode());
        List<Violation> problems = new ArrayList<>();
        required(problems, "name", name, OrgUnit.NAME_MAX);
        UnitCategory category = null;
        if (categoryCode == null) {
            problems.add(Violation.of("category", "field.required"));
        } else {
            category = categoryByCode(categoryCode).orElse(null);
            if (category == null) {
                problems.add(Violation.of("category", "unit.category.unknown", categoryCode));
            }
        }
        OrgUnit parent = null;
        if (parentCode != null) {
            parent = byCode(parentCode).orElse(null);
            if (parent == null) {
                problems.add(Violation.of("parentCode", "unit.parent.unknown", parentCode));
            } else if (isSelfOrDescendant(parent, unit)) {
                problems.add(Violation.of("parentCode", "admin.unit.parent.cycle", parentCode, code));
            }
        }
        if (!problems.isEmpty()) {
            throw new RequestRejectedException(problems);
        }
        String before = snapshot(unit);
        unit.change(name, category, parent);
        em.flush();
        audit.record("UPDATE", "OrgUnit", code, before, snapshot(unit));
        LOG.info(() -> "changed unit " + code);
        return UnitSummary.of(unit);
    }

    /** Renames the category {@code code} if it is still at {@code version} (409 otherwise); its code never changes. */
    @RolesAllowed({Roles.SYSTEM_ADMIN, Roles.ASSESSMENT_OFFICE})
    public CategorySummary updateCategory(String code, long version, NewCategory request) {
        UnitCategory category = categoryByCode(code).orElseThrow(() -> new RequestRejectedException(
                List.of(Violation.of("code", "unit.category.unknown", String.valueOf(code)))));
        if (category.getVersion() != version) {
            throw new ConflictException(Violation.of("version", "admin.category.conflict", code,
                    String.valueOf(version), String.valueOf(category.getVersion())));
        }
        String name = trim(request.name());
        List<Violation> problems = new ArrayList<>();
        required(problems, "name", name, UnitCategory.NAME_MAX);
        if (!problems.isEmpty()) {
            throw new RequestRejectedException(problems);
        }
        String before = AuditJson.object().with("code", code).with("name", category.getName()).build();
        category.rename(name);
        em.flush();
        audit.record("UPDATE", "UnitCategory", code, before,
                AuditJson.object().with("code", code).with("name", name).build());
        return CategorySummary.of(category);
    }

    private static boolean isSelfOrDescendant(OrgUnit candidate, OrgUnit unit) {
        for (OrgUnit at = candidate; at != null; at = at.getParent()) {
            if (at.getId().equals(unit.getId())) {
                return true;
            }
        }
        return false;
    }

    private static String snapshot(OrgUnit unit) {
        return AuditJson.object().with("code", unit.getCode()).with("name", unit.getName())
                .with("category", unit.getCategory().getCode())
                .with("parent", unit.getParent() == null ? null : unit.getParent().getCode()).build();
    }

    private OrgUnit persistUnit(String code, String name, UnitCategory category, OrgUnit parent) {
        OrgUnit unit = new OrgUnit(code, name, category, parent);
        em.persist(unit);
        audit.record("CREATE", "OrgUnit", code, null, AuditJson.object().with("code", code).with("name", name)
                .with("category", category.getCode()).with("parent", parent == null ? null : parent.getCode())
                .build());
        return unit;
    }

    private UnitCategory persistCategory(String code, String name) {
        UnitCategory category = new UnitCategory(code, name);
        em.persist(category);
        audit.record("CREATE", "UnitCategory", code, null,
                AuditJson.object().with("code", code).with("name", name).build());
        return category;
    }

    private void flush(String field, String key, String code) {
        try {
            em.flush();
        } catch (PersistenceException failure) {
            if (isUniqueViolation(failure)) {
                // another request took the code between our check and the insert: the unique key refused it
                throw new RequestRejectedException(List.of(Violation.of(field, key, code)));
            }
            throw failure;
        }
    }

    private Optional<OrgUnit> byCode(String code) {
        return em.createNamedQuery(OrgUnit.BY_CODE, OrgUnit.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    private Optional<UnitCategory> categoryByCode(String code) {
        return em.createNamedQuery(UnitCategory.BY_CODE, UnitCategory.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    private static String text(JsonObject object, String name) {
        return object.get(name) instanceof JsonString s ? s.getString() : null;
    }

    private static void code(List<Violation> problems, String field, String code, int max) {
        required(problems, field, code, max);
        if (code != null && code.length() <= max && !CODE.matcher(code).matches()) {
            problems.add(Violation.of(field, "unit.code.pattern", code));
        } else if (code != null && RESERVED.contains(code.toLowerCase(java.util.Locale.ROOT))) {
            problems.add(Violation.of(field, "unit.code.reserved", code));
        }
    }

    private static void required(List<Violation> problems, String field, String value, int max) {
        if (value == null) {
            problems.add(Violation.of(field, "field.required"));
        } else if (value.length() > max) {
            problems.add(Violation.of(field, "field.tooLong", String.valueOf(max), String.valueOf(value.length())));
        }
    }

    /** SQLState 23505 (unique violation) is the same on H2 and PostgreSQL. */
    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static String trim(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
