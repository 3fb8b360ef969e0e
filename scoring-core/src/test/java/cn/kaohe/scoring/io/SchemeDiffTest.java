package cn.kaohe.scoring.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaohe.scoring.io.SchemeDiff.Change;
import cn.kaohe.scoring.io.SchemeDiff.Kind;
import cn.kaohe.scoring.io.SchemeDiff.Section;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The office's side-by-side comparison of two scheme versions. */
class SchemeDiffTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static ObjectNode template(String name) throws IOException {
        try (InputStream in = SchemeReader.class.getResourceAsStream(SchemeReader.TEMPLATE_FOLDER + name + ".json")) {
            return (ObjectNode) MAPPER.readTree(in);
        }
    }

    /** The VIL village category's 定性考核 group (VIL-08..12: three surveys, 15 points). */
    private static ObjectNode qualitative(ObjectNode vil) {
        for (var child : vil.get("categories").get(0).get("root").get("children")) {
            if ("qualitative".equals(child.get("id").asText())) {
                return (ObjectNode) child;
            }
        }
        throw new AssertionError("VIL has no qualitative group");
    }

    @Test
    void identicalFilesHaveNoDifference() throws IOException {
        assertEquals(List.of(), SchemeDiff.between(template("vil"), template("vil")));
    }

    @Test
    void numbersCompareByValueNotByText() throws IOException {
        ObjectNode right = template("vil");
        qualitative(right).put("points", "15.00");
        assertEquals(List.of(), SchemeDiff.between(template("vil"), right));
    }

    @Test
    void anAddedIndicatorAndTheChangedPointsOfItsParentAreListed() throws IOException {
        ObjectNode right = template("vil");
        ObjectNode q = qualitative(right);
        q.put("points", "20");
        ObjectNode added = ((ArrayNode) q.get("children")).addObject().put("id", "leader_review").put("name", "领导评估");
        added.putObject("method").put("type", "DISCRETIONARY").put("max", "5");

        List<Change> changes = SchemeDiff.between(template("vil"), right);

        assertEquals(List.of(
                new Change(Kind.CHANGED, Section.INDICATOR, "village/qualitative", "points", "15", "20"),
                new Change(Kind.ADDED, Section.INDICATOR, "village/qualitative/leader_review", "", null,
                        "leader_review 领导评估")), changes);
    }

    @Test
    void aRemovedIndicatorKeepsItsPlaceAndAChangedMethodNamesTheField() throws IOException {
        ObjectNode right = template("vil");
        ArrayNode children = (ArrayNode) qualitative(right).get("children");
        children.remove(1); // social 社会评议
        ((ObjectNode) children.get(0).get("method")).put("points", "50");

        List<Change> changes = SchemeDiff.between(template("vil"), right);

        assertEquals(new Change(Kind.CHANGED, Section.INDICATOR, "village/qualitative/leadership", "method.points",
                "100", "50"), changes.get(0));
        assertEquals(new Change(Kind.REMOVED, Section.INDICATOR, "village/qualitative/social", "", "social 社会评议",
                null), changes.get(1));
        assertEquals(2, changes.size(), changes.toString());
    }

    @Test
    void settingsOutsideTheTreesAreComparedFieldByField() throws IOException {
        ObjectNode right = template("vil");
        // VIL-26 veto areas, VIL grade bands, a new cap group and a category's own field
        ((ArrayNode) right.get("veto").get("areas")).add("环境保护");
        ((ObjectNode) right.get("grades").get("bands").get(0)).put("min", "90");
        ((ObjectNode) right.get("grades").get("bands").get(1)).put("max", "90");
        ((ArrayNode) right.get("adjustments").withArray("caps")).addObject().put("id", "bonus").put("max", "4");
        ((ObjectNode) right.get("categories").get(1)).put("honoursMinScore", "95");

        List<Change> changes = SchemeDiff.between(template("vil"), right);

        assertTrue(changes.contains(new Change(Kind.CHANGED, Section.SETTING, "grades.bands[0].min", "", "95", "90")),
                changes.toString());
        assertTrue(changes.contains(new Change(Kind.CHANGED, Section.SETTING, "grades.bands[1].max", "", "95", "90")));
        assertTrue(changes.contains(new Change(Kind.ADDED, Section.SETTING, "veto.areas[4]", "", null, "环境保护")));
        // an empty list becoming a list: the empty list is removed, its entries added
        assertTrue(changes.contains(new Change(Kind.REMOVED, Section.SETTING, "adjustments.caps", "", "[]", null)));
        assertTrue(changes.contains(new Change(Kind.ADDED, Section.SETTING, "adjustments.caps[0].id", "", null, "bonus")));
        assertTrue(changes.contains(new Change(Kind.ADDED, Section.SETTING, "categories[community].honoursMinScore", "",
                null, "95")));
        assertTrue(changes.stream().allMatch(c -> c.section() == Section.SETTING), changes.toString());
        assertEquals(7, changes.size(), changes.toString());
    }

    @Test
    void copyingLastYearsSchemeWithANewIdShowsOnlyTheId() throws IOException {
        ObjectNode right = template("ts");
        right.put("id", "ts-2027");
        assertEquals(List.of(new Change(Kind.CHANGED, Section.SETTING, "id", "", "ts", "ts-2027")),
                SchemeDiff.between(template("ts"), right));
    }
}
