package cn.kaohe.scoring.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.kaohe.scoring.ScoringEngine;
import cn.kaohe.scoring.scheme.Scheme;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every shipped seed scheme loads, validates, builds an engine, and survives a write/read round trip. */
class SchemeTemplatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"hos", "tb13", "vil", "ts", "zd", "xj", "xj-special"})
    void shippedSchemeValidatesAndRoundTrips(String name) {
        Scheme scheme = SchemeReader.template(name);
        ScoringEngine.builder().scheme(scheme).build();
        assertFalse(scheme.categories().isEmpty());
        Scheme again = SchemeReader.fromJson(SchemeWriter.toJson(scheme), name + " (written)");
        assertEquals(scheme, again);
    }
}
