package cn.kaohe.scoring.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaohe.scoring.ScoringEngine;
import cn.kaohe.scoring.explain.UnitResult;
import cn.kaohe.scoring.input.Claim;
import cn.kaohe.scoring.input.NodeInput;
import cn.kaohe.scoring.input.UnitData;
import cn.kaohe.scoring.io.SchemeReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV unit-data format of docs/cli.md: every kind of line, and the same unit from CSV and JSON scores alike. */
class UnitDataFilesTest {

    @TempDir
    Path tmp;

    private Path csv(String... lines) throws IOException {
        Path f = tmp.resolve("units.csv");
        Files.writeString(f, UnitDataFiles.CSV_HEADER + "\n" + String.join("\n", lines) + "\n",
                StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void readsEveryKindOfLine() throws IOException {
        List<UnitData> units = UnitDataFiles.read(List.of(csv(
                "# a comment line",
                "V1,village,year,,,2016,,,,,,,",
                "V1,village,item,quantitative/common/sheet,党建,30,,,2,,,,",
                "V1,village,vote,qualitative/social,满意,38,,,,,,,",
                "V1,village,vote,qualitative/social,基本满意,2,,,,,,,",
                "V1,village,target_actual,x/ratio,,,100,90,,,,,",
                "V1,village,score,x/score,,9.5,,,,,,,",
                "V1,village,claim,commendation,party_gov/county,,,,,W1,true,2016-05-04,",
                "V1,village,growth,collective_economy,,,5,6,,,,,",
                "V1,village,veto,安全生产,,,,,,,,,",
                "V1,village,fact,,safety_item_grade,合格,,,,,,,")));
        assertEquals(1, units.size());
        UnitData u = units.get(0);
        assertEquals(2016, u.assessmentYear());
        NodeInput.Sheets sheet = (NodeInput.Sheets) u.values().get("quantitative/common/sheet");
        assertEquals(0, new BigDecimal("2").compareTo(sheet.sheets().get(0).items().get(0).deductions()));
        assertEquals(40, ((NodeInput.Votes) u.values().get("qualitative/social")).respondents());
        NodeInput.TargetActual ta = (NodeInput.TargetActual) u.values().get("x/ratio");
        assertEquals(0, new BigDecimal("90").compareTo(ta.actual()));
        assertEquals(0, new BigDecimal("9.5").compareTo(((NodeInput.Score) u.values().get("x/score")).value()));
        Claim c = u.claims().get(0);
        assertEquals("commendation", c.table());
        assertEquals("party_gov/county", c.key());
        assertEquals("W1", c.work());
        assertEquals(Boolean.TRUE, c.evidence());
        assertEquals(LocalDate.of(2016, 5, 4), c.docDate());
        assertEquals(0, new BigDecimal("6").compareTo(u.growth().get("collective_economy").current()));
        assertTrue(u.vetoes().contains("安全生产"));
        assertEquals("合格", u.facts().get("safety_item_grade"));
    }

    @Test
    void csvAndJsonOfTheSameUnitScoreAlike() throws IOException {
        ScoringEngine vil = ScoringEngine.builder().scheme(SchemeReader.template("vil")).build();
        Path f = csv(
                "第1村,village,year,,,2016,,,,,,,",
                "第1村,village,item,quantitative/common/sheet,党建,30,,,2,,,,",
                "第1村,village,item,quantitative/common/sheet,经济发展,40,,,5,,,,",
                "第1村,village,item,quantitative/common/sheet,社会事业,30,,,3,,,,",
                "第1村,village,item,quantitative/stage,阶段性中心工作,100,,,20,,,,",
                "第1村,village,vote,qualitative/leadership,好,12,,,,,,,",
                "第1村,village,vote,qualitative/leadership,中,6,,,,,,,",
                "第1村,village,vote,qualitative/leadership,差,2,,,,,,,",
                "第1村,village,vote,qualitative/social,满意,30,,,,,,,",
                "第1村,village,vote,qualitative/social,基本满意,8,,,,,,,",
                "第1村,village,vote,qualitative/social,不满意,2,,,,,,,",
                "第1村,village,vote,qualitative/member_rep,满意,24,,,,,,,",
                "第1村,village,vote,qualitative/member_rep,基本满意,6,,,,,,,");
        UnitResult fromCsv = vil.score(UnitDataFiles.read(List.of(f)).get(0));
        UnitResult fromJson = vil.score(UnitDataFiles.read(List.of(Path.of("../docs/examples/vil-units.json")))
                .get(0));
        assertEquals(0, new BigDecimal("90").compareTo(fromCsv.finalScore())); // VIL-C01
        assertEquals(0, fromJson.finalScore().compareTo(fromCsv.finalScore()));
        assertEquals(fromJson.grade(), fromCsv.grade());
    }

    @Test
    void listsEveryBadLineWithExitThree() throws IOException {
        CliException e = assertThrows(CliException.class, () -> UnitDataFiles.read(List.of(csv(
                "T1,township,score,a,,x1,,,,,,,",
                "T1,township,frob,a,,1,,,,,,,",
                "T1,township,score,a,,1",
                "T1,other,score,b,,1,,,,,,,"))));
        assertEquals(ExitCode.INVALID_UNIT_DATA, e.exitCode());
        assertEquals(5, e.messages().size(), e.messages().toString()); // the count line and four problems
    }

    @Test
    void wrongHeaderIsReported() throws IOException {
        Path f = tmp.resolve("bad.csv");
        Files.writeString(f, "unit,category\nT1,township\n", StandardCharsets.UTF_8);
        CliException e = assertThrows(CliException.class, () -> UnitDataFiles.read(List.of(f)));
        assertEquals("cli.units.csv.header", e.messages().get(1).key());
    }
}
