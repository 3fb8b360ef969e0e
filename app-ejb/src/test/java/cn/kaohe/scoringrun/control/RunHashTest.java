package cn.kaohe.scoringrun.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunHashTest {

    @Test
    void ignoresTheOrderUnitsAreListedIn() {
        Map<String, String> ab = new LinkedHashMap<>();
        ab.put("A", "1");
        ab.put("B", "2");
        Map<String, String> ba = new LinkedHashMap<>();
        ba.put("B", "2");
        ba.put("A", "1");
        assertEquals(RunHash.of("s", null, ab), RunHash.of("s", null, ba));
    }

    @Test
    void changesWithTheSchemeTheRulesOrAnyUnitInput() {
        Map<String, String> units = Map.of("A", "1", "B", "2");
        String base = RunHash.of("s", "[]", units);
        assertNotEquals(base, RunHash.of("t", "[]", units));
        assertNotEquals(base, RunHash.of("s", null, units));
        assertNotEquals(base, RunHash.of("s", "[]", Map.of("A", "1", "B", "3")));
        assertNotEquals(base, RunHash.of("s", "[]", Map.of("A", "1")));
    }
}
