package cn.kaohe.scoring.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaohe.scoring.ScoringEngine;
import cn.kaohe.scoring.explain.UnitResult;
import cn.kaohe.scoring.input.Claim;
import cn.kaohe.scoring.input.NodeInput;
import cn.kaohe.scoring.input.UnitData;
import cn.kaohe.scoring.scheme.Scheme;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The annotated example of docs/scheme-format.md is a valid scheme and scores like the shipped TS template. */
class SchemeFormatDocTest {

    @Test
    void annotatedExampleLoadsAndScores() throws IOException {
        Path doc = Path.of("..", "docs", "scheme-format.md");
        assertTrue(Files.isRegularFile(doc), "docs/scheme-format.md not found from " + Path.of("").toAbsolutePath());
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        int start = text.indexOf("```json", text.indexOf("## A complete annotated example")) + "```json".length();
        String json = text.substring(start, text.indexOf("```", start)).replaceAll("\\[\\d+]", "");
        Scheme scheme = SchemeReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "doc");
        UnitResult r = ScoringEngine.builder().scheme(scheme).build().score(UnitData.builder("U1", "二类").year(2016)
                .value("items", NodeInput.Sheets.of(NodeInput.Sheet.of(List.of(
                        NodeInput.SheetItem.deduction("I1", "100", "20")))))
                .claim(Claim.of("commendation", "county_party_gov").withWork("W1")
                        .withDocDate(LocalDate.parse("2016-09-09")))
                .build());
        assertEquals(0, new BigDecimal("81.0").compareTo(r.finalScore()));
        assertEquals("优秀", r.grade());
    }
}
