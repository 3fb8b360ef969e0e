package cn.kaohe.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaohe.scoring.ScoringEngine;
import cn.kaohe.scoring.input.InputException;
import cn.kaohe.scoring.input.InputProblem;
import cn.kaohe.scoring.input.NodeInput;
import cn.kaohe.scoring.input.UnitData;
import cn.kaohe.scoring.io.SchemeReader;
import cn.kaohe.scoring.io.UnitDataReader;
import cn.kaohe.scoring.ranking.AwardTier;
import cn.kaohe.scoring.ranking.Candidate;
import cn.kaohe.scoring.ranking.Flag;
import cn.kaohe.scoring.ranking.InvalidConfigurationException;
import cn.kaohe.scoring.ranking.InvalidInputException;
import cn.kaohe.scoring.ranking.Ranking;
import cn.kaohe.scoring.scheme.Problem;
import cn.kaohe.scoring.scheme.SchemeException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Real problems from scoring-core, rendered in Chinese and English. */
class ScoringMessagesTest {

    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    /** Reads well-formed JSON with checked mistakes: the validator's problems. */
    private static final String BAD_SCHEME = """
            {
              "id": "demo",
              "grades": { "bands": [
                { "grade": "优秀", "min": "90" },
                { "grade": "良好", "min": "75", "max": "85" },
                { "grade": "不合格", "max": "75" } ] },
              "gates": [ { "grade": "特优", "downgradeTo": "良好", "conditions": [] } ],
              "veto": { "areas": [], "effect": "BLOCK_HONOURS" },
              "adjustments": { "caps": [ { "id": "c", "max": "-4" } ], "tables": [
                { "id": "t", "sign": "BONUS", "rows": { "county": "-1" }, "capGroup": "nowhere" } ], "growth": [] },
              "categories": [ { "id": "乡镇", "root": { "id": "total", "points": "100", "children": [
                { "id": "a", "weight": "-1", "method": { "type": "PRORATION", "points": "40" } },
                { "id": "a", "method": { "type": "DISCRETIONARY", "min": "10", "max": "5" } },
                { "id": "s", "method": { "type": "SURVEY", "points": "10", "scale": { "好": "1", "差": "1.5" },
                  "satisfied": [ "满意" ] } } ] } } ]
            }
            """;

    /** JSON the reader itself rejects: unknown field, text for a number, unknown method. */
    private static final String BAD_FIELDS = """
            {
              "id": "demo", "colour": "red",
              "categories": [ { "id": "乡镇", "root": { "id": "total", "children": [
                { "id": "a", "weight": "lots", "method": { "type": "GUESS", "points": "40" } } ] } } ]
            }
            """;

    private static SchemeException schemeProblems(String json) {
        return assertThrows(SchemeException.class, () -> SchemeReader.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "demo.json"));
    }

    private static void assertChinese(String text, String key) {
        assertTrue(CJK.matcher(text).find(), key + " in Chinese: " + text);
        assertFalse(text.matches("(?s).*\\{\\d+}.*"), key + " has no unresolved placeholder: " + text);
    }

    @Test
    void everyValidatorProblemOfABrokenSchemeIsTranslated() {
        SchemeException e = schemeProblems(BAD_SCHEME);
        List<String> keys = e.problems().stream().map(Problem::key).toList();
        assertTrue(keys.containsAll(List.of("weights.notAddingUp", "bands.gap",
                "reference.unknownGrade", "cap.negative", "indicator.negativePoints", "reference.unknownCap",
                "indicator.negativeWeight", "indicator.duplicate", "discretionary.minAboveMax", "survey.badRate",
                "reference.unknownRating")), "problems: " + e.problems());
        for (Problem p : e.problems()) {
            assertTrue(ScoringMessages.has(ZH, p.key()), "bundle knows " + p.key());
            String zh = ScoringMessages.problem(ZH, p);
            assertChinese(zh, p.key());
            assertTrue(zh.startsWith(p.path() + ": "), zh);
            assertTrue(zh.contains(" — "), "with a fix: " + zh);
            String en = ScoringMessages.problem(Locale.ENGLISH, p);
            assertFalse(CJK.matcher(en.replace(p.path(), "").replaceAll("“[^”]*”|\"[^\"]*\"", ""))
                    .replaceAll("").isEmpty(), en);
        }
        Problem gap = e.problems().stream().filter(p -> p.key().equals("bands.gap") && p.args().size() == 2)
                .findFirst().orElseThrow();
        assertEquals("grades.bands.良好: 85 与 90 之间的分数不属于任何考核等次。 — "
                + "相邻分数段应首尾相接：最低档不设下限，最高档不设上限，每档上限等于上一档下限。",
                ScoringMessages.problem(ZH, gap));
        assertTrue(ScoringMessages.problem(Locale.ENGLISH, gap).contains("Scores between 85 and 90 have no grade."));
        assertEquals(ScoringMessages.problems(ZH, e).size(), e.problems().size());
    }

    @Test
    void everyReaderProblemIsTranslated() {
        SchemeException e = schemeProblems(BAD_FIELDS);
        List<String> keys = e.problems().stream().map(Problem::key).toList();
        assertTrue(keys.containsAll(List.of("field.unknown", "field.notANumber", "field.unknownValue")),
                "problems: " + e.problems());
        for (Problem p : e.problems()) {
            assertChinese(ScoringMessages.problem(ZH, p), p.key());
        }
        Problem nan = e.problems().stream().filter(p -> p.key().equals("field.notANumber")).findFirst().orElseThrow();
        assertEquals("乡镇/total/a.weight: “weight”应为数字，现为“lots”。 — 请填写数字，如“0.85”。",
                ScoringMessages.problem(ZH, nan));
    }

    @Test
    void brokenJsonNamesTheLineInChinese() {
        SchemeException e = schemeProblems("{ \"id\": \"x\",\n  oops }");
        String zh = ScoringMessages.problem(ZH, e.problems().get(0));
        assertTrue(zh.startsWith("第 2 行第 "), zh);
        assertTrue(zh.contains("不是有效的 JSON"), zh);
    }

    @Test
    void unitDataProblemsAreTranslated() {
        String json = """
                [ { "unit": "U1", "category": "乡镇", "year": "2016年", "colour": "red",
                    "values": { "a": { "target": "100", "actual": "多" } } } ]
                """;
        InputException e = assertThrows(InputException.class,
                () -> UnitDataReader.readAll(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertFalse(e.problems().isEmpty());
        for (InputProblem p : e.problems()) {
            assertTrue(ScoringMessages.has(ZH, p.key()), "bundle knows " + p.key());
            assertChinese(ScoringMessages.input(ZH, p), p.key());
        }
        assertTrue(ScoringMessages.inputs(ZH, e).stream().anyMatch(t -> t.equals("year: “2016年”不是有效的数值，此处须填写数字（计数须为整数）。")),
                ScoringMessages.inputs(ZH, e).toString());
    }

    @Test
    void engineRejectsUnknownIndicatorInChinese() {
        ScoringEngine engine = ScoringEngine.builder().scheme(SchemeReader.template("ts")).build();
        UnitData unit = UnitData.builder("U1", "二类").year(2016).value("nonsense", NodeInput.Score.of("1")).build();
        InputException e = assertThrows(InputException.class, () -> engine.score(unit));
        for (InputProblem p : e.problems()) {
            assertChinese(ScoringMessages.input(ZH, p), p.key());
        }
        assertTrue(ScoringMessages.inputs(ZH, e).contains(
                "nonsense: 该单位所属类别中没有指标“nonsense”，请核对指标路径。"), ScoringMessages.inputs(ZH, e).toString());
    }

    @Test
    void rankingExceptionsAreTranslated() {
        InvalidConfigurationException c = assertThrows(InvalidConfigurationException.class,
                () -> new AwardTier("一等奖", 0, null, "ZD-29"));
        assertEquals("award 一等奖: 奖项名额 0 必须至少为 1。 — 请填写大于或等于 1 的名额。",
                ScoringMessages.configuration(ZH, c));
        assertEquals("award 一等奖: 奖项名额 0 必须至少为 1。 — 请填写大于或等于 1 的名额。",
                ScoringMessages.problem(ZH, c.problems().get(0)));
        assertEquals("award 一等奖: The award count 0 must be at least 1. — Use a count of 1 or more.",
                ScoringMessages.configuration(Locale.ENGLISH, c));

        InvalidInputException i = assertThrows(InvalidInputException.class, () -> Ranking.of(List.of(
                Candidate.of("U1", BigDecimal.ONE), Candidate.of("U1", BigDecimal.TEN))));
        assertEquals("ranking.unit.duplicate", i.key());
        assertChinese(ScoringMessages.input(ZH, i), i.key());
        assertTrue(ScoringMessages.input(ZH, i).startsWith("U1: "));
        assertEquals(ScoringMessages.input(ZH, i), ScoringMessages.input(ZH, i.problems().get(0)));
    }

    @Test
    void unknownKeysFallBackToTheEnglishMessageAndNothingThrows() {
        Problem p = Problem.at("x", "no.such.key", "something is wrong", "do this", "1");
        assertEquals("x: something is wrong — do this", ScoringMessages.problem(ZH, p));
        InputProblem ip = new InputProblem("U1", "a", "no.such.key", List.of(), "bad data");
        assertEquals("a: bad data", ScoringMessages.input(ZH, ip));
        // too few arguments, a null argument: still a sentence
        Problem few = Problem.at("p", "input.outOfRange", "out", "fix", "5");
        assertFalse(ScoringMessages.problem(ZH, few).isEmpty());
        InputProblem nul = new InputProblem("U1", "t", "input.outOfRange", List.of("7", "1", "null"), "out");
        assertEquals("t: 数值 7 超出允许范围 1～（未设定）。", ScoringMessages.input(ZH, nul));
        assertEquals("t: The value 7 is outside the allowed range 1 to (not set).",
                ScoringMessages.input(Locale.ENGLISH, nul));
    }

    @Test
    void chineseIsTheDefaultForAnythingNotEnglish() {
        Problem p = Problem.at("id", "scheme.idMissing", "the scheme has no id", "fix");
        String zh = ScoringMessages.problem(ZH, p);
        assertEquals(zh, ScoringMessages.problem(Locale.FRANCE, p));
        assertEquals(zh, ScoringMessages.problem(null, p));
        assertEquals(zh, ScoringMessages.problem(Locale.CHINA, p));
        assertEquals("id: The scheme has no id. — Give the scheme a short id such as \"ts\".",
                ScoringMessages.problem(Locale.UK, p));
    }

    @Test
    void resultFlagsAreTranslated() {
        assertEquals("总分已封顶为 100 分。", ScoringMessages.flag(ZH, "TOTAL_CAPPED_AT_100"));
        assertEquals("测评“满意度:群众”有效票 12 张，少于规定的 30 张。",
                ScoringMessages.flag(ZH, "SURVEY_BELOW_MIN_RESPONDENTS:满意度:群众:12<30"));
        assertEquals("名额未用满：已确定 1 个，名额 2 个。 (ZD-29)",
                ScoringMessages.flag(ZH, Flag.of("QUOTA_NOT_FILLED", "ZD-29", "QUOTA_NOT_FILLED:1_of_2")));
        assertEquals("One-vote veto: 安全生产.", ScoringMessages.flag(Locale.ENGLISH, "VETO:安全生产"));
        assertEquals("SAFETY_ITEM_BELOW_合格", ScoringMessages.flag(ZH, "SAFETY_ITEM_BELOW_合格"));
    }
}
