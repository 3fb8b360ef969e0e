package cn.kaohe.web.designer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaohe.scoring.io.SchemeReader;
import cn.kaohe.scoring.scheme.Problem;
import cn.kaohe.scoring.scheme.SchemeException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The designer's editing operations on a scheme file, revalidated by scoring-core after each. */
class SchemeDocumentTest {

    private static SchemeDocument vil() throws IOException {
        try (InputStream in = SchemeReader.class.getResourceAsStream(SchemeReader.TEMPLATE_FOLDER + "vil.json")) {
            return SchemeDocument.of(SchemeDocument.JSON.readTree(in));
        }
    }

    private static List<String> ids(SchemeDocument doc, String category) {
        return doc.rows(category).stream().map(SchemeDocument.Row::path).toList();
    }

    @Test
    void theVilTemplateIsValidAndItsTreeIsListedInOrderWithBothPathForms() throws IOException {
        SchemeDocument doc = vil();
        assertEquals(List.of(), doc.problems());
        assertEquals(List.of("village", "community"), doc.categoryIds());
        List<SchemeDocument.Row> rows = doc.rows("village");
        assertEquals("village", rows.get(0).path());
        assertEquals("village/total", rows.get(0).readerPath());
        assertTrue(ids(doc, "village").containsAll(List.of("village/qualitative", "village/qualitative/social",
                "village/quantitative/common/sheet")), ids(doc, "village").toString());
        assertEquals(2, doc.rows("village").stream().filter(r -> r.path().equals("village/qualitative/social"))
                .findFirst().orElseThrow().depth());
    }

    @Test
    void anAddedIndicatorWithPointsBreaksTheDeclaredTotalUntilTheParentIsFixed() throws IOException {
        // VIL-08..12: 定性考核 declares 15 points = 3 surveys × 100 × 0.05
        SchemeDocument doc = vil();
        String added = doc.addChild("village/qualitative");
        assertEquals("village/qualitative/new_4", added);
        assertEquals(List.of(), doc.problems(), "a new indicator is worth 0 points: nothing breaks yet");

        doc.setMethodPoints(added, "5");
        List<Problem> problems = doc.problems();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("weights.notAddingUp", problems.get(0).key());
        List<SchemeDocument.Row> rows = doc.rows("village");
        assertEquals("village/qualitative", ProblemLine.row(problems.get(0).path(), rows));
        ProblemLine line = ProblemLine.of(Locale.SIMPLIFIED_CHINESE, problems.get(0), rows);
        assertEquals("各部分合计 20，与规定的 15 不一致。", line.what());
        assertEquals("village/qualitative", line.row());

        doc.set("village/qualitative", "points", "20");
        assertEquals(List.of(), doc.problems());
    }

    @Test
    void indicatorsMoveAmongTheirSiblingsAndAreRemoved() throws IOException {
        SchemeDocument doc = vil();
        assertTrue(doc.move("village/qualitative/social", -1));
        List<String> order = ids(doc, "village");
        assertTrue(order.indexOf("village/qualitative/social") < order.indexOf("village/qualitative/leadership"));
        assertFalse(doc.move("village/qualitative/social", -1), "already first");
        assertFalse(doc.move("village", 1), "a root does not move");

        doc.remove("village/qualitative/social");
        assertFalse(ids(doc, "village").contains("village/qualitative/social"));
        assertEquals("weights.notAddingUp", doc.problems().get(0).key(), "15 declared, 10 left");
        assertThrows(IllegalArgumentException.class, () -> doc.remove("village"));
    }

    @Test
    void renamingAnIndicatorReturnsItsNewPathAndADuplicateIdIsReported() throws IOException {
        SchemeDocument doc = vil();
        assertEquals("village/qualitative/public", doc.set("village/qualitative/social", "id", "public"));
        assertEquals("社会评议", doc.node("village/qualitative/public").path("name").asText());
        doc.set("village/qualitative/public", "id", "leadership");
        assertTrue(doc.problems().stream().anyMatch(p -> p.key().equals("indicator.duplicate")),
                doc.problems().toString());
    }

    @Test
    void bandsCapsAndVetoAreasAreWrittenBackAndValidated() throws IOException {
        SchemeDocument doc = vil();
        List<SchemeDocument.Band> bands = doc.bands();
        assertEquals(3, bands.size());
        bands.get(0).setMin("90"); // 优秀 from 90 while 合格 still ends at 95: overlap
        doc.setBands(bands);
        assertTrue(doc.problems().stream().anyMatch(p -> p.key().equals("bands.overlap")), doc.problems().toString());
        bands.get(1).setMax("90");
        doc.setBands(bands);
        assertEquals(List.of(), doc.problems());

        doc.setCaps(List.of(new SchemeDocument.Cap("bonus", "-1")));
        assertTrue(doc.problems().stream().anyMatch(p -> p.key().equals("cap.negative")), doc.problems().toString());
        doc.setCaps(List.of(new SchemeDocument.Cap("bonus", "4")));
        assertEquals(List.of(), doc.problems());

        doc.setVetoAreas("安全生产\n\n 环境保护 ");
        assertEquals("安全生产\n环境保护", doc.vetoAreas());
    }

    @Test
    void aYamlFileReadsLikeItsJsonAndABrokenFileNamesLineAndColumn() throws IOException {
        String yaml = SchemeDocument.parse(vil().json().getBytes(StandardCharsets.UTF_8), "vil.json").toString();
        byte[] asYaml = new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).writeValueAsBytes(SchemeDocument.JSON.readTree(yaml));
        assertEquals(SchemeDocument.JSON.readTree(yaml), SchemeDocument.parse(asYaml, "vil.yaml"));

        SchemeException broken = assertThrows(SchemeException.class,
                () -> SchemeDocument.parse("{\"id\": \"x\",\n \"title\": }".getBytes(StandardCharsets.UTF_8), "b.json"));
        Problem p = broken.problems().get(0);
        assertEquals("file.notJson", p.key());
        assertEquals("b.json", p.file());
        assertTrue(p.path().startsWith("line 2, column"), p.path());
    }

    @Test
    void theDocumentSurvivesSerialisationOfTheView() throws Exception {
        SchemeDocument doc = vil();
        doc.addChild("village/qualitative");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(doc);
        }
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            SchemeDocument back = (SchemeDocument) in.readObject();
            assertEquals(doc.root(), back.root());
        }
    }
}
