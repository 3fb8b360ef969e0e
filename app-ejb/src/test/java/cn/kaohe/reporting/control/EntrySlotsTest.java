package cn.kaohe.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaohe.scoring.ScoringEngine;
import cn.kaohe.scoring.input.InputException;
import cn.kaohe.scoring.io.SchemeReader;
import cn.kaohe.scoring.io.UnitDataReader;
import cn.kaohe.scoring.scheme.Category;
import cn.kaohe.scoring.scheme.Scheme;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The places a unit enters, read off the seed schemes' indicator trees. */
class EntrySlotsTest {

    @Test
    void aVillageEntersSixPlacesWithTheCommonPartSplitIntoYearEndAndUsual() {
        Category village = SchemeReader.template("vil").category("village").orElseThrow();
        List<EntrySlots.Slot> slots = EntrySlots.of(village);
        assertEquals(List.of("quantitative/common[year_end]/sheet", "quantitative/common[usual]/sheet",
                "quantitative/stage", "qualitative/leadership", "qualitative/social", "qualitative/member_rep"),
                slots.stream().map(EntrySlots.Slot::path).toList());
        EntrySlots.Slot yearEnd = slots.get(0);
        assertEquals("year_end", yearEnd.subPeriod());
        assertEquals(EntrySlots.Input.ITEMS, yearEnd.input());
        assertEquals("SHEET_DEDUCTION", yearEnd.method());
        assertEquals("定量考核", yearEnd.group());
        assertEquals("VIL-31", yearEnd.ruleId());
        EntrySlots.Slot leadership = slots.get(3);
        // VIL-08: 好/中/差 ballots
        assertEquals(EntrySlots.Input.VOTES, leadership.input());
        assertEquals(List.of("好", "中", "差"), leadership.labels());
        assertEquals("SURVEY", leadership.method());
        assertEquals("100", leadership.points());
        assertEquals("定性考核", leadership.group());
    }

    /** Every place of every category of every seed scheme is a path scoring-core knows. */
    @ParameterizedTest
    @ValueSource(strings = {"vil", "zd", "xj", "ts", "hos", "tb13", "xj-special"})
    void everyPlaceIsAPathScoringCoreAccepts(String template) {
        Scheme scheme = SchemeReader.template(template);
        ScoringEngine engine = ScoringEngine.builder().scheme(scheme).build();
        // the check below can fail: a path the category lacks is refused as an unknown indicator
        ObjectNode bogus = JsonNodeFactory.instance.objectNode().put("unit", "U")
                .put("category", scheme.categories().get(0).id()).put("year", 2026);
        bogus.putObject("values").putNull("no/such/indicator");
        InputException unknown = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
                () -> engine.score(UnitDataReader.read(bogus)));
        assertTrue(unknown.problems().stream().anyMatch(p -> p.key().equals("input.unknownIndicator")),
                unknown.problems().toString());
        int places = 0;
        for (Category c : scheme.categories()) {
            // a category that is one open split (ZD old town, monthly) has no fixed place: its months are imported
            List<EntrySlots.Slot> slots = EntrySlots.of(c);
            places += slots.size();
            for (EntrySlots.Slot s : slots) {
                ObjectNode data = JsonNodeFactory.instance.objectNode().put("unit", "U").put("category", c.id())
                        .put("year", 2026);
                data.putObject("values").putNull(s.path());
                try {
                    engine.score(UnitDataReader.read(data));
                } catch (InputException refused) {
                    assertTrue(refused.problems().stream().noneMatch(p -> p.key().equals("input.unknownIndicator")),
                            template + "/" + c.id() + " " + s.path() + ": " + refused.problems());
                }
            }
        }
        assertFalse(places == 0, template);
    }
}
