package cn.kaohe.organisation.boundary;

import cn.kaohe.organisation.entity.OrgUnit;
import cn.kaohe.platform.validation.RequestRejectedException;
import cn.kaohe.platform.validation.Violation;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/** Lists and creates assessed units. Every rejected request names its fields and changes nothing. */
@Stateless
public class OrgUnitService {

    private static final Logger LOG = Logger.getLogger(OrgUnitService.class.getName());
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

    @PersistenceContext(unitName = "kaohe")
    private EntityManager em;

    public List<UnitSummary> list() {
        return em.createNamedQuery(OrgUnit.ALL, OrgUnit.class).getResultList().stream()
                .map(UnitSummary::of)
                .toList();
    }

    public Optional<UnitSummary> find(String code) {
        return byCode(code).map(UnitSummary::of);
    }

    public UnitSummary create(NewUnit request) {
        String code = trim(request.code());
        String name = trim(request.name());
        String category = trim(request.category());
        String parentCode = trim(request.parentCode());

        List<Violation> problems = new ArrayList<>();
        required(problems, "code", code, OrgUnit.CODE_MAX);
        if (code != null && code.length() <= OrgUnit.CODE_MAX && !CODE.matcher(code).matches()) {
            problems.add(Violation.of("code", "unit.code.pattern", code));
        }
        required(problems, "name", name, OrgUnit.NAME_MAX);
        required(problems, "category", category, OrgUnit.CATEGORY_MAX);
        if (code != null && byCode(code).isPresent()) {
            problems.add(Violation.of("code", "unit.code.duplicate", code));
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

        OrgUnit unit = new OrgUnit(code, name, category, parent);
        em.persist(unit);
        try {
            em.flush();
        } catch (PersistenceException failure) {
            if (isUniqueViolation(failure)) {
                // another request took the code between our check and the insert: the unique key refused it
                throw new RequestRejectedException(List.of(Violation.of("code", "unit.code.duplicate", code)));
            }
            throw failure;
        }
        LOG.info(() -> "created unit " + code + " (" + name + ")");
        return UnitSummary.of(unit);
    }

    private Optional<OrgUnit> byCode(String code) {
        return em.createNamedQuery(OrgUnit.BY_CODE, OrgUnit.class).setParameter("code", code)
                .getResultStream().findFirst();
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
