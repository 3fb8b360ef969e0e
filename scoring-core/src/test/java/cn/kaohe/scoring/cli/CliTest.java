package cn.kaohe.scoring.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line tool run in-process: every subcommand and every documented exit code, against the shipped scheme
 * templates and the sample unit data of docs/examples (the same commands as docs/cli.md).
 */
class CliTest {

    private static final String SCHEMES = "src/main/resources/cn/kaohe/scoring/schemes/";
    private static final String VIL = SCHEMES + "vil.json";
    private static final String ZD = SCHEMES + "zd.json";
    private static final String VIL_UNITS = "../docs/examples/vil-units.json";
    private static final String ZD_UNITS = "../docs/examples/zd-units.csv";
    private static final String ZD_RULES = "../docs/examples/zd-rules.json";

    @TempDir
    Path tmp;

    /** Exit code, standard output and standard error of one run. */
    record Run(int code, String out, String err) {
        void noStackTrace() {
            assertFalse(err.contains("\tat ") || err.contains("Exception"), err);
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------ validate

    @Test
    void validateAcceptsEveryShippedTemplate() {
        for (String t : new String[] {"hos", "tb13", "vil", "ts", "zd", "xj"}) {
            Run r = run("validate", SCHEMES + t + ".json");
            assertEquals(0, r.code(), t + ": " + r.err());
            assertTrue(r.out().contains("is valid"), r.out());
        }
    }

    @Test
    void validateListsEveryProblemOfABrokenSchemeWithExitTwo() throws IOException {
        Path broken = tmp.resolve("broken.json");
        String vil = Files.readString(Path.of(VIL), StandardCharsets.UTF_8);
        // a gap in the grade bands (95 → 96) and a negative weight
        vil = vil.replaceFirst("\"min\": \"95\"", "\"min\": \"96\"").replaceFirst("\"weight\": \"0.8\"",
                "\"weight\": \"-0.8\"");
        Files.writeString(broken, vil, StandardCharsets.UTF_8);
        Run r = run("validate", broken.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("problem(s) in scheme"), r.err());
        assertTrue(r.err().contains("fix:"), r.err());
        assertTrue(r.err().contains("broken.json"), r.err());
        assertTrue(r.err().lines().filter(l -> l.contains("fix:")).count() >= 2, r.err());
        r.noStackTrace();
    }

    @Test
    void validateReportsJsonSyntaxAsInvalidScheme() throws IOException {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{ \"id\": \"x\", ", StandardCharsets.UTF_8);
        Run r = run("validate", bad.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("bad.json"), r.err());
        r.noStackTrace();
    }

    @Test
    void missingFileIsAnIoErrorWithExitFour() {
        Run r = run("validate", tmp.resolve("nope.json").toString());
        assertEquals(4, r.code());
        assertTrue(r.err().contains("File not found"), r.err());
        assertEquals(4, run("score", VIL, tmp.resolve("nope.json").toString()).code());
    }

    // ------------------------------------------------------------------ usage

    @Test
    void usageErrorsExitWithOne() {
        Run none = run();
        assertEquals(1, none.code());
        assertTrue(none.err().contains("Usage"), none.err());
        Run unknown = run("frobnicate");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("Unknown command 'frobnicate'"), unknown.err());
        assertEquals(1, run("score", VIL).code());
        assertEquals(1, run("score", VIL, VIL_UNITS, "--colour", "red").code());
        assertEquals(1, run("score", VIL, VIL_UNITS, "--format", "xml").code());
        Run missingGrade = run("what-if", VIL, VIL_UNITS, "--unit", "第1村");
        assertEquals(1, missingGrade.code());
        assertTrue(missingGrade.err().contains("--grade"), missingGrade.err());
        assertEquals(1, run("what-if", VIL, VIL_UNITS, "--unit", "第1村", "--grade", "良好").code());
        missingGrade.noStackTrace();
    }

    @Test
    void helpExitsWithZero() {
        Run r = run("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("what-if"));
        assertEquals(0, run("rank", "--help").code());
    }

    // ------------------------------------------------------------------ score

    @Test
    void scoreWritesExplainedResultsAsJson() throws IOException {
        Run r = run("score", VIL, VIL_UNITS);
        assertEquals(0, r.code(), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertEquals("vil", doc.get("scheme").asText());
        JsonNode first = doc.get("results").get(0);
        assertEquals("第1村", first.get("unitId").asText());
        assertEquals("90", first.get("finalScore").asText()); // VIL-C01: 90 合格
        assertEquals("合格", first.get("grade").asText());
        assertTrue(first.get("indicators").size() >= 7);
        assertEquals("71.2", doc.get("results").get(1).get("finalScore").asText()); // VIL-C02
    }

    @Test
    void scoreWritesAReadableTableForOneUnit() {
        Run r = run("score", VIL, VIL_UNITS, "--format", "table", "--unit", "第2村");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Unit 第2村 (village)"), r.out());
        assertTrue(r.out().contains("final 71.2  grade 不合格"), r.out());
        assertTrue(r.out().contains("quantitative/common/sheet#党建"), r.out());
        assertTrue(r.out().contains("FLOOR"), r.out()); // VIL-31 扣完为止
        assertFalse(r.out().contains("第1村"), r.out());
    }

    @Test
    void scoreReadsCsvUnitData() {
        Run r = run("score", ZD, ZD_UNITS, "--format", "table", "--unit", "新安镇");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("final 104"), r.out()); // 100 + two commendations 2 + 3 capped at 4 (ZD-18)
        assertTrue(r.out().contains("BONUS_CAPPED_AT_4"), r.out());
    }

    @Test
    void badUnitDataExitsWithThreeNamingUnitAndIndicator() throws IOException {
        Path units = tmp.resolve("units.csv");
        Files.writeString(units, UnitDataFiles.CSV_HEADER + "\n"
                + "T1,township,score,leader[mid]/score,,abc,,,,,,,\n"
                + "T2,township,score,nowhere,,5,,,,,,,\n", StandardCharsets.UTF_8);
        Run r = run("score", ZD, units.toString());
        assertEquals(3, r.code(), r.out());
        assertTrue(r.err().contains("line 2") && r.err().contains("abc"), r.err());
        r.noStackTrace();

        Files.writeString(units, UnitDataFiles.CSV_HEADER + "\n"
                + "T2,township,score,nowhere,,5,,,,,,,\n", StandardCharsets.UTF_8);
        Run engine = run("score", ZD, units.toString());
        assertEquals(3, engine.code());
        assertTrue(engine.err().contains("unit T2") && engine.err().contains("nowhere"), engine.err());
        engine.noStackTrace();
    }

    @Test
    void unknownUnitExitsWithThree() {
        Run r = run("score", VIL, VIL_UNITS, "--unit", "第9村");
        assertEquals(3, r.code());
        assertTrue(r.err().contains("第9村"), r.err());
    }

    // ------------------------------------------------------------------ rank

    @Test
    void rankAppliesTheQuotaPerCategory() {
        Run r = run("rank", ZD, ZD_UNITS, "--rules", ZD_RULES);
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        assertTrue(out.contains("quota 先进 2 place(s) (score >= 90)"), out); // ZD-29: 25% of 7 → 2
        assertTrue(out.contains("新安镇") && out.contains("IN_QUOTA"), out);
        assertTrue(out.contains("EXCLUDED"), out); // ZD-31: the vetoed 新城铺镇 keeps rank 3 but no place
        assertTrue(out.contains("按照干部管理权限抄送有关部门"), out); // ZD-37: bottom three below 60
    }

    @Test
    void rankWithCommandLineQuotaAsJson() throws IOException {
        Run r = run("rank", VIL, VIL_UNITS, "--quota-percent", "25", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode village = new ObjectMapper().readTree(r.out()).get("categories").get(0);
        assertEquals("village", village.get("category").asText());
        JsonNode first = village.get("units").get(0);
        assertEquals("第3村", first.get("unit").asText());
        assertEquals("EXCLUDED", first.get("quota").asText()); // VIL-26: vetoed, no honours
        assertEquals("IN_QUOTA", village.get("units").get(1).get("quota").asText());
    }

    @Test
    void invalidPopulationRulesExitWithTwo() throws IOException {
        Path rules = tmp.resolve("rules.json");
        Files.writeString(rules, "[{\"tierId\": \"township\", \"quota\": {\"ruleId\": \"ZD-29\", \"award\": \"先进\","
                + " \"percent\": \"250\"}}]", StandardCharsets.UTF_8);
        Run r = run("rank", ZD, ZD_UNITS, "--rules", rules.toString());
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("rules.json"), r.err());
        r.noStackTrace();
    }

    // ------------------------------------------------------------------ what-if

    @Test
    void whatIfGivesTheValueNeededForAnIndicator() {
        Run r = run("what-if", VIL, VIL_UNITS, "--unit", "第2村", "--grade", "合格", "--indicator",
                "quantitative/common/sheet#党建");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("8.8 point(s) more"), r.out());
        assertTrue(r.out().contains("deductions 35 -> 19.00"), r.out());
        assertTrue(r.out().contains("with it: final 80 合格"), r.out());
    }

    @Test
    void whatIfReportsUnreachableGrades() throws IOException {
        Run vetoed = run("what-if", VIL, VIL_UNITS, "--unit", "第3村", "--grade", "优秀");
        assertEquals(0, vetoed.code());
        assertTrue(vetoed.out().contains("unreachable (VETOED)"), vetoed.out());
        Run capped = run("what-if", ZD, ZD_UNITS, "--unit", "北早现乡", "--grade", "合格", "--indicator",
                "leader[year_end]/score", "--format", "json");
        assertEquals(0, capped.code(), capped.err());
        JsonNode a = new ObjectMapper().readTree(capped.out());
        assertEquals("7", a.get("pointsNeeded").asText());
        assertEquals("CAPPED_AT_FULL_MARKS", a.get("indicator").get("unreachable").asText());
    }

    @Test
    void whatIfHonoursTheSchemesRoundingAndGates() {
        String ts = SCHEMES + "ts.json";
        String units = "../docs/examples/ts-units.json";
        Run rounded = run("what-if", ts, units, "--unit", "县公路管理段", "--grade", "优秀", "--indicator", "items#I1");
        assertEquals(0, rounded.code(), rounded.err());
        assertTrue(rounded.out().contains("at least 79.95: 0.45 point(s) more"), rounded.out()); // TS-20
        assertTrue(rounded.out().contains("deductions 5 -> 4.55"), rounded.out());
        Run gated = run("what-if", ts, units, "--unit", "县公路运管稽征所", "--grade", "优秀");
        assertTrue(gated.out().contains("unreachable (GATED)"), gated.out()); // TS-23
    }

    @Test
    void whatIfUnknownIndicatorExitsWithThree() {
        Run r = run("what-if", VIL, VIL_UNITS, "--unit", "第1村", "--grade", "优秀", "--indicator", "nowhere");
        assertEquals(3, r.code());
        assertTrue(r.err().contains("nowhere"), r.err());
        r.noStackTrace();
    }
}
