package cn.kaohe.scoring.ranking;

import static cn.kaohe.scoring.ranking.RankingFixtures.d;
import static cn.kaohe.scoring.ranking.RankingFixtures.units;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaohe.scoring.input.InputException;
import cn.kaohe.scoring.scheme.SchemeException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class TierRulesTest {

    private static final String TOWNSHIP_JSON = """
            {
              "tierId": "township",
              "quota": { "ruleId": "ZD-29", "award": "先进", "percent": "25", "rounding": "HALF_UP", "scoreFloor": "90" },
              "triggers": [
                { "ruleId": "ZD-37", "scope": "BOTTOM", "places": 3, "threshold": "60", "inclusive": false,
                  "outcome": "REFER_TO_CADRE_MANAGEMENT", "consequences": [] }
              ]
            }
            """;

    @Test
    void tierRulesAreConfigurationDataThatJsonBindsTo() throws Exception {
        TierRules rules = new ObjectMapper().readValue(TOWNSHIP_JSON, TierRules.class);
        assertEquals(QuotaRule.percentOfGroup("ZD-29", "先进", d("25")).withFloor(d("90.0")), rules.quota());
        assertEquals(RoundingMode.HALF_UP, rules.quota().rounding());
        assertEquals(TiePolicy.REPORT, rules.quota().tiePolicy(), "REPORT is the default tie policy");
        assertEquals(RankTrigger.bottomBelow("ZD-37", 3, d("60"), "REFER_TO_CADRE_MANAGEMENT", List.of()),
                rules.triggers().get(0));
    }

    @Test
    void invalidJsonConfigurationFailsWithTheStableKey() {
        String bad = TOWNSHIP_JSON.replace("\"25\"", "\"125\"");
        Exception e = assertThrows(Exception.class, () -> new ObjectMapper().readValue(bad, TierRules.class));
        Throwable cause = e;
        while (cause != null && !(cause instanceof InvalidConfigurationException)) {
            cause = cause.getCause();
        }
        assertEquals("quota.percent.outOfRange", ((InvalidConfigurationException) cause).key());
    }

    @Test
    void eachUnitsStandingExplainsItselfWithRuleIds_ZD29_ZD37() throws Exception {
        TierRules rules = new ObjectMapper().readValue(TOWNSHIP_JSON, TierRules.class);
        TierEvaluation t = rules.evaluate(units("92.5", "89.96", "88", "75", "60", "60", "59.5"));
        UnitStanding top = t.standing("U1");
        assertTrue(top.quota().placed());
        assertTrue(top.explain().contains("[ZD-29]"), top.explain());
        UnitStanding below = t.standing("U2");
        assertEquals(QuotaStatus.BELOW_FLOOR, below.quota().status());
        assertTrue(below.explain().contains("89.96 < floor 90"), below.explain());
        UnitStanding referred = t.standing("U7");
        assertTrue(referred.hasOutcome("REFER_TO_CADRE_MANAGEMENT"));
        assertTrue(referred.explain().contains("[ZD-37]"), referred.explain());
        assertEquals(List.of("U6"), t.standing("U5").ranked().tiedWith());
    }

    @Test
    void configurationErrorsAreSchemeExceptionsAndDataErrorsAreInputExceptions() {
        InvalidConfigurationException config = assertThrows(InvalidConfigurationException.class,
                () -> QuotaRule.percentOfGroup("ZD-29", "先进", d("0")));
        assertInstanceOf(SchemeException.class, config);
        assertEquals("quota ZD-29", config.item());
        assertEquals("quota ZD-29", ((SchemeException) config).problems().get(0).path());
        InvalidInputException input = assertThrows(InvalidInputException.class,
                () -> Candidate.of("T9", null));
        assertInstanceOf(InputException.class, input);
        assertEquals("T9", ((InputException) input).problems().get(0).unit());
    }

    @Test
    void decidedCountOnATierWithoutQuotaIsRejected() {
        TierRules noQuota = new TierRules("一档", null, null, List.of());
        assertThrows(InvalidInputException.class, () -> noQuota.evaluate(units("90"), 3));
        assertThrows(InvalidConfigurationException.class, () -> noQuota.evaluate(units("90")).quota());
    }
}
