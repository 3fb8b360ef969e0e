package cn.kaohe.scoring.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A unit's data is immutable, also when its builder goes on after build(). */
class UnitDataBuilderTest {

    @Test
    void aBuilderReusedAfterBuildDoesNotChangeTheBuiltUnit() {
        UnitData.Builder b = UnitData.builder("U1", "A").value("g/a", NodeInput.Score.of("1"));
        UnitData first = b.build();
        b.value("g/b", NodeInput.Score.of("2")).value("g/a", NodeInput.Score.of("3"));
        UnitData second = b.build();
        assertEquals(List.of("g/a"), List.copyOf(first.values().keySet()));
        assertEquals(NodeInput.Score.of("1"), first.values().get("g/a"));
        assertEquals(List.of("g/a", "g/b"), List.copyOf(second.values().keySet()));
        assertEquals(NodeInput.Score.of("3"), second.values().get("g/a"));
    }

    @Test
    void builtValuesCannotBeChanged() {
        UnitData u = UnitData.builder("U1", "A").value("g/a", NodeInput.Score.of("1")).build();
        assertThrows(UnsupportedOperationException.class, () -> u.values().put("g/b", NodeInput.Score.of("2")));
    }
}
