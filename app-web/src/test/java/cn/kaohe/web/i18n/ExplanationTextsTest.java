package cn.kaohe.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaohe.scoring.ScoringEngine;
import cn.kaohe.scoring.explain.AdjustmentLine;
import cn.kaohe.scoring.explain.IndicatorLine;
import cn.kaohe.scoring.explain.UnitResult;
import cn.kaohe.scoring.io.SchemeReader;
import cn.kaohe.scoring.io.UnitDataReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The explanation texts of the self-assessment preview, from a real VIL result, in Chinese and English. */
class ExplanationTextsTest {

    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");

    private static UnitResult village() throws Exception {
        JsonNode data = new ObjectMapper().readTree("""
                { "unit": "V1", "category": "village", "year": 2026,
                  "values": {
                    "quantitative/common[year_end]/sheet": { "items": [ { "name": "a", "points": "100", "deductions": "120" } ] },
                    "quantitative/common[usual]/sheet": { "items": [ { "name": "a", "points": "100", "deductions": "0" } ] },
                    "quantitative/stage": { "items": [ { "name": "b", "points": "100", "deductions": "0" } ] },
                    "qualitative/leadership": { "votes": { "好": 12 } },
                    "qualitative/social": { "votes": { "满意": 40 } },
                    "qualitative/member_rep": { "votes": { "满意": 30 } } },
                  "claims": [
                    { "table": "commendation", "key": "party_gov/county", "work": "w1", "docDate": "2026-03-01" },
                    { "table": "commendation", "key": "party_gov/city", "work": "w2", "docDate": "2025-12-30", "evidence": true },
                    { "table": "commendation", "key": "party_gov/province", "work": "w3", "docDate": "2026-04-01", "evidence": true },
                    { "table": "commendation", "key": "dept/county", "work": "w3", "docDate": "2026-04-02", "evidence": true } ],
                  "vetoes": [] }
                """);
        return ScoringEngine.builder().scheme(SchemeReader.template("vil")).build().score(UnitDataReader.read(data));
    }

    @Test
    void refusedClaimsSayWhyInBothLanguages() throws Exception {
        List<String> reasons = new ArrayList<>();
        for (AdjustmentLine line : village().adjustments()) {
            if (!line.applied()) {
                reasons.add(line.reason());
            }
        }
        // VIL-19 no evidence, VIL-20 document outside the year, VIL-15 a higher level for the same work
        assertEquals(List.of("NO_EVIDENCE", "DOC_DATE_2025-12-30_NOT_IN_2026", "SUPERSEDED_BY_HIGHER_LEVEL"), reasons);
        assertEquals("不予加分：未附佐证材料", ScoringMessages.refusal(Locale.SIMPLIFIED_CHINESE, reasons.get(0)));
        assertEquals("refused: the document is dated 2025-12-30, not in 2026",
                ScoringMessages.refusal(Locale.ENGLISH, reasons.get(1)));
        assertEquals("不予计分：文件日期 2025-12-30 不在 2026 年度",
                ScoringMessages.refusal(Locale.SIMPLIFIED_CHINESE, reasons.get(1)));
        assertTrue(CJK.matcher(ScoringMessages.refusal(Locale.CHINA, reasons.get(2))).find());
        assertEquals("UNKNOWN_REASON", ScoringMessages.refusal(Locale.ENGLISH, "UNKNOWN_REASON"));
    }

    @Test
    void everyMethodBoundAndInputOfTheLinesIsTranslated() throws Exception {
        UnitResult result = village();
        assertFalse(result.indicators().isEmpty());
        boolean floored = false;
        for (IndicatorLine line : result.indicators()) {
            assertTrue(ScoringMessages.has(Locale.ENGLISH, "explain.method." + line.method()), line.method());
            assertTrue(CJK.matcher(ScoringMessages.method(Locale.SIMPLIFIED_CHINESE, line.method())).find());
            if (line.bound() != null) {
                floored |= line.bound().equals("FLOOR");
                assertTrue(ScoringMessages.has(Locale.ENGLISH, "explain.bound." + line.bound()), line.bound());
            }
            for (String name : line.inputs().keySet()) {
                if (!CJK.matcher(name).find()) { // rating labels are the scheme's own words
                    assertTrue(ScoringMessages.has(Locale.ENGLISH, "explain.input." + name), name);
                }
            }
        }
        // VIL-31: 120 deducted from 100 points is floored at zero (扣完为止)
        assertTrue(floored, result.indicators().toString());
        assertEquals("扣完为止", ScoringMessages.bound(Locale.SIMPLIFIED_CHINESE, "FLOOR"));
        assertEquals("", ScoringMessages.bound(Locale.ENGLISH, null));
    }
}
