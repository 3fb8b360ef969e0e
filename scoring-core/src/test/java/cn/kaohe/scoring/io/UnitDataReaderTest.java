package cn.kaohe.scoring.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaohe.scoring.ScoringEngine;
import cn.kaohe.scoring.explain.UnitResult;
import cn.kaohe.scoring.input.InputException;
import cn.kaohe.scoring.input.UnitData;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Unit data read from JSON scores like the same data built in code (ZD-C01 as a file). */
class UnitDataReaderTest {

    private static List<UnitData> read(String json) {
        return UnitDataReader.readAll(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsAndScoresATownshipZd01() {
        String json = """
                { "units": [ { "unit": "T1", "category": "township", "year": 2016,
                  "values": {
                    "indicator[mid]/items": { "items": [
                        { "name": "I1", "points": "50", "target": "100", "actual": "120" },
                        { "name": "I2", "points": "40", "target": "200", "actual": "150" } ] },
                    "indicator[year_end]/items": { "items": [
                        { "name": "I1", "points": "50", "target": "200", "actual": "190" },
                        { "name": "I2", "points": "40", "target": "400", "actual": "400" } ] },
                    "leader[mid]/score": "9", "leader[year_end]/score": 8 },
                  "claims": [
                    { "table": "commendation", "key": "party_gov/province", "evidence": true },
                    { "table": "commendation", "key": "dept/city", "evidence": true },
                    { "table": "conduct", "key": "criticism/county" } ] } ] }
                """;
        UnitResult r = ScoringEngine.builder().scheme(SchemeReader.template("zd")).build().score(read(json).get(0));
        assertEquals(0, new BigDecimal("95.75").compareTo(r.finalScore()));
    }

    @Test
    void collectsEveryBadValueOfEveryUnit() {
        String json = """
                [ { "unit": "A", "category": "township", "values": { "leader[mid]/score": "nine" } },
                  { "unit": "B", "values": { "x": { "votes": { "满意": -1 } } },
                    "claims": [ { "table": "conduct", "count": 0 } ] } ]
                """;
        InputException e = assertThrows(InputException.class, () -> read(json));
        assertEquals(4, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().stream().anyMatch(p -> p.unit().equals("A") && p.key().equals("input.notANumber")));
        assertTrue(e.problems().stream().anyMatch(p -> p.unit().equals("B") && p.key().equals("input.missing")));
        assertTrue(e.problems().stream().anyMatch(p -> p.unit().equals("B") && p.indicator().equals("x")
                && p.key().equals("input.negative")));
        assertTrue(e.problems().stream().anyMatch(p -> p.unit().equals("B") && p.indicator().equals("conduct")));
    }
}
