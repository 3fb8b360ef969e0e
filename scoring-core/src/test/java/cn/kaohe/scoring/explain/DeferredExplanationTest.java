package cn.kaohe.scoring.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaohe.scoring.rounding.Ratio;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Explanation parts made when read: same content as eager collections, made once, unmodifiable. */
class DeferredExplanationTest {

    private static final String[] NAMES = {"points", "target", "actual"};

    @Test
    void inputValuesReadAsTheTextMapTheyStandFor() {
        Map<String, String> inputs = InputValues.of(NAMES, new BigDecimal("30"), null, new BigDecimal("1E+2"));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("points", "30");
        expected.put("target", null);
        expected.put("actual", "100");
        assertEquals(expected, inputs);
        assertEquals(expected.hashCode(), inputs.hashCode());
        assertEquals(List.of("points", "target", "actual"), new ArrayList<>(inputs.keySet()));
        assertTrue(inputs.containsKey("target"));
        assertNull(inputs.get("target"));
        assertNull(inputs.get("missing"));
        assertThrows(UnsupportedOperationException.class, () -> inputs.put("x", "1"));
    }

    @Test
    void inputValuesRejectAMismatchOfNamesAndValues() {
        assertThrows(IllegalArgumentException.class, () -> InputValues.of(NAMES, BigDecimal.ONE));
    }

    @Test
    void deferredListIsMadeOnceOnFirstRead() {
        AtomicInteger made = new AtomicInteger();
        List<String> list = Deferred.list(() -> {
            made.incrementAndGet();
            return List.of("a", "b");
        });
        assertEquals(0, made.get());
        assertEquals(List.of("a", "b"), list);
        assertEquals(2, list.size());
        assertEquals(1, made.get());
        assertThrows(UnsupportedOperationException.class, () -> list.add("c"));
    }

    @Test
    void deferredMapKeepsOrderAndLastValueOfARepeatedKeyLikeALinkedHashMap() {
        List<String> keys = List.of("g", "g/a", "g");
        List<Ratio> values = List.of(Ratio.of(BigDecimal.ONE, BigDecimal.valueOf(3)), Ratio.of("2"), Ratio.of("5"));
        Map<String, BigDecimal> map = Deferred.map(keys, values, Ratio::value);
        Map<String, BigDecimal> expected = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            expected.put(keys.get(i), values.get(i).value());
        }
        assertEquals(expected, map);
        assertEquals(List.of("g", "g/a"), new ArrayList<>(map.keySet()));
        assertThrows(UnsupportedOperationException.class, () -> map.put("x", BigDecimal.ONE));
        assertThrows(UnsupportedOperationException.class, () -> map.entrySet().iterator().next().setValue(null));
    }

    @Test
    void aFractionIsDividedOnceAndItsDecimalShared() {
        Ratio third = Ratio.of(BigDecimal.ONE, BigDecimal.valueOf(3));
        Map<String, BigDecimal> values = Deferred.map(List.of("x"), List.of(third), Ratio::value);
        assertSame(third.value(), values.get("x"));
    }
}
