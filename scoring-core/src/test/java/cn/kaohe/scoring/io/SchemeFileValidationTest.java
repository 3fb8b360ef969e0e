package cn.kaohe.scoring.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaohe.scoring.scheme.Problem;
import cn.kaohe.scoring.scheme.SchemeException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per kind of scheme error: each is reported with file, path, stable key and a fix. */
class SchemeFileValidationTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static ObjectNode template(String name) throws IOException {
        try (InputStream in = SchemeReader.class.getResourceAsStream(SchemeReader.TEMPLATE_FOLDER + name + ".json")) {
            return (ObjectNode) MAPPER.readTree(in);
        }
    }

    private static List<Problem> problems(JsonNode scheme) {
        SchemeException e = assertThrows(SchemeException.class, () -> SchemeReader.fromJson(scheme, "broken.json"));
        e.problems().forEach(p -> {
            assertEquals("broken.json", p.file(), "every problem names the file");
            assertTrue(p.fix() != null && !p.fix().isBlank(), "every problem says how to fix it: " + p);
        });
        return e.problems();
    }

    private static boolean has(List<Problem> problems, String key, String pathPart) {
        return problems.stream().anyMatch(p -> p.key().equals(key) && p.path().contains(pathPart));
    }

    private static ObjectNode zdRoot(ObjectNode zd, int category) {
        return (ObjectNode) zd.get("categories").get(category).get("root");
    }

    @Test
    void reportsPointsNotAddingUpAtTheIndicator() throws IOException {
        ObjectNode xj = template("xj");
        ObjectNode core = (ObjectNode) xj.get("categories").get(1).get("root").get("children").get(0);
        ((ObjectNode) core.get("children").get(0)).put("weight", "0.35"); // XJ-04: 30 → 35, core now 85 ≠ 80
        List<Problem> problems = problems(xj);
        assertTrue(has(problems, "weights.notAddingUp", "department/core"), problems.toString());
    }

    @Test
    void reportsPeriodWeightsNotAddingUpToTheDivisor() throws IOException {
        ObjectNode zd = template("zd");
        ObjectNode periods = (ObjectNode) zdRoot(zd, 0).get("children").get(1).get("periods");
        ((ObjectNode) periods.get("periods").get(1)).put("weight", "0.6"); // ZD-06: 50/50 → 50/60
        assertTrue(has(problems(zd), "weights.notAddingUp", "township/leader"));
    }

    @Test
    void reportsAGapBetweenGradeBands() throws IOException {
        ObjectNode vil = template("vil");
        ((ObjectNode) vil.get("grades").get("bands").get(1)).put("max", "94"); // VIL-30 literally: 80至94
        assertTrue(has(problems(vil), "bands.gap", "合格"));
    }

    @Test
    void reportsOverlappingGradeBands() throws IOException {
        ObjectNode ts = template("ts");
        ((ObjectNode) ts.get("grades").get("bands").get(1)).put("max", "85");
        assertTrue(has(problems(ts), "bands.overlap", "良好"));
    }

    @Test
    void reportsABoundaryClaimedByBothBands() throws IOException {
        ObjectNode ts = template("ts");
        ((ObjectNode) ts.get("grades").get("bands").get(1)).put("maxInclusive", true); // 80 both 良好 and 优秀
        assertTrue(has(problems(ts), "bands.overlap", "良好"));
    }

    @Test
    void reportsUnknownCapReference() throws IOException {
        ObjectNode zd = template("zd");
        ((ObjectNode) zd.get("adjustments").get("tables").get(0)).put("capGroup", "bonuses");
        assertTrue(has(problems(zd), "reference.unknownCap", "commendation"));
    }

    @Test
    void reportsUnknownGradeReference() throws IOException {
        ObjectNode ts = template("ts");
        ((ObjectNode) ts.get("gates").get(0)).put("downgradeTo", "较好");
        assertTrue(has(problems(ts), "reference.unknownGrade", "gates[0]"));
    }

    @Test
    void reportsNegativePoints() throws IOException {
        ObjectNode vil = template("vil");
        ((ObjectNode) vil.get("adjustments").get("tables").get(2).get("rows")).put("county", "-0.2");
        assertTrue(has(problems(vil), "indicator.negativePoints", "criticism.county"));
    }

    @Test
    void reportsNegativeWeight() throws IOException {
        ObjectNode hos = template("hos");
        ((ObjectNode) hos.get("categories").get(0).get("root").get("children").get(1)).put("weight", "-0.10");
        List<Problem> problems = problems(hos);
        assertTrue(has(problems, "indicator.negativeWeight", "clinical/key_indicators"), problems.toString());
    }

    @Test
    void rejectsImpossibleRounding() throws IOException {
        ObjectNode ts = template("ts");
        ((ObjectNode) ts.get("rounding")).put("mode", "UNNECESSARY");
        assertTrue(has(problems(ts), "rounding.unnecessary", "rounding"));
    }

    @Test
    void rejectsACapBelowZero() throws IOException {
        ObjectNode xj = template("xj");
        ((ObjectNode) xj.get("adjustments").get("caps").get(0)).put("max", "-2");
        assertTrue(has(problems(xj), "cap.negative", "inspection"));
    }

    @Test
    void reportsTextWhereANumberBelongs() throws IOException {
        ObjectNode tb = template("tb13");
        ((ObjectNode) tb.get("categories").get(0).get("root").get("children").get(0)).put("weight", "七成五");
        assertTrue(has(problems(tb), "field.notANumber", "team.weight"));
    }

    @Test
    void reportsUnknownFieldsAndEnumValues() throws IOException {
        ObjectNode vil = template("vil");
        vil.put("colour", "red");
        ((ObjectNode) vil.get("veto")).put("effect", "SHAME");
        List<Problem> problems = problems(vil);
        assertTrue(has(problems, "field.unknown", "colour"));
        assertTrue(has(problems, "field.unknownValue", "veto.effect"));
    }

    @Test
    void reportsAssessorWeightsNotSummingToOne() throws IOException {
        ObjectNode hos = template("hos");
        ObjectNode sheet = (ObjectNode) hos.get("categories").get(0).get("root").get("children").get(0).get("sheet");
        sheet.putObject("assessorWeights").put("医务科", "0.5").put("护理部", "0.4"); // HOS-05
        assertTrue(has(problems(hos), "weights.notAddingUp", "quality_safety"));
    }

    @Test
    void listsEveryProblemOfABrokenFileAtOnce() throws IOException {
        ObjectNode zd = template("zd");
        ((ObjectNode) zd.get("adjustments").get("caps").get(0)).put("max", "-4");
        ((ObjectNode) zd.get("grades").get("bands").get(0)).put("min", "65");
        ArrayNode tables = (ArrayNode) zd.get("adjustments").get("tables");
        ((ObjectNode) tables.get(2)).put("capGroup", "nowhere");
        List<Problem> problems = problems(zd);
        assertTrue(has(problems, "cap.negative", "bonus"));
        assertTrue(has(problems, "bands.gap", "不合格"));
        assertTrue(has(problems, "reference.unknownCap", "conduct"));
        assertTrue(problems.size() >= 3);
    }

    @Test
    void reportsBrokenJsonWithItsPosition() {
        InputStream in = new ByteArrayInputStream("{ \"id\": \"x\", ".getBytes(StandardCharsets.UTF_8));
        SchemeException e = assertThrows(SchemeException.class, () -> SchemeReader.read(in, "half.json"));
        assertEquals("file.notJson", e.problems().get(0).key());
        assertTrue(e.problems().get(0).path().startsWith("line "));
    }
}
