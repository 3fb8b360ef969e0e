package cn.kaohe.grid.control;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;

/** Unit names by code, for grids, workbooks and notices. */
public final class UnitNames {

    private UnitNames() {
    }

    public static Map<String, String> all(EntityManager em) {
        Map<String, String> names = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT u.code, u.name FROM OrgUnit u", Object[].class).getResultList()) {
            names.put((String) row[0], (String) row[1]);
        }
        return names;
    }
}
