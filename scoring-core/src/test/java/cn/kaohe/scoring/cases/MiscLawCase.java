package cn.kaohe.scoring.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.kaohe.scoring.compliance.PeriodicQuota;
import cn.kaohe.scoring.compliance.RateResult;
import cn.kaohe.scoring.compliance.RateTarget;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * Kind {@code misc_law}: LAW-04 mediation success rate, LAW-03 monthly information quota, LAW-01 review and filing
 * rates, from {@code population-rules.json}.
 */
public class MiscLawCase implements WorkedCase {

    @Override
    public void verify(JsonNode workedCase) {
        String id = workedCase.get("id").asText();
        JsonNode in = workedCase.get("inputs");
        JsonNode expected = workedCase.get("expected");

        RateTarget mediationRule = PopulationRules.read("/LAW/mediation", RateTarget.class);
        JsonNode mediation = in.get("mediation");
        RateResult success = mediationRule.evaluate(PopulationRules.decimal(mediation.get("succeeded")),
                PopulationRules.decimal(mediation.get("handled")));
        PopulationRules.assertDecimal(expected.get("mediation_success_pct_2dp"), success.displayPercent(),
                id + " mediation_success_pct_2dp " + success.explain());

        PeriodicQuota quota = PopulationRules.read("/LAW/infoQuota", PeriodicQuota.class);
        JsonNode info = in.get("info_reporting");
        if (info.hasNonNull("monthly_quota")) {
            // the report states its own monthly quota: that figure is the data
            quota = new PeriodicQuota(quota.id(), quota.ruleId(), PopulationRules.decimal(info.get("monthly_quota")));
        }
        PeriodicQuota.Result q = quota.evaluate(info.get("months").asInt(), PopulationRules.decimal(info.get("reported")));
        PopulationRules.assertDecimal(expected.get("info_required"), q.required(), id + " info_required");
        assertEquals(expected.get("info_met").asBoolean(), q.met(), id + " info_met");
        PopulationRules.assertDecimal(expected.get("info_surplus"), q.surplus(), id + " info_surplus");

        JsonNode docs = in.get("normative_docs");
        BigDecimal issued = PopulationRules.decimal(docs.get("issued"));
        RateResult review = PopulationRules.read("/LAW/review", RateTarget.class)
                .evaluate(PopulationRules.decimal(docs.get("reviewed")), issued);
        RateResult filing = PopulationRules.read("/LAW/filing", RateTarget.class)
                .evaluate(PopulationRules.decimal(docs.get("filed")), issued);
        PopulationRules.assertDecimal(expected.get("review_rate_pct"), review.exactPercent(),
                id + " review_rate_pct " + review.explain());
        PopulationRules.assertDecimal(expected.get("filing_rate_pct"), filing.exactPercent(),
                id + " filing_rate_pct " + filing.explain());
    }
}
