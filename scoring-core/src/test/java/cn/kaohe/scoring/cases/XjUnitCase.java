package cn.kaohe.scoring.cases;

import cn.kaohe.scoring.explain.UnitResult;
import cn.kaohe.scoring.input.UnitData;
import com.fasterxml.jackson.databind.JsonNode;

/** Kind {@code xj_unit}: the XJ-09 master formula through {@code xj.json}, category {@code general}. */
public class XjUnitCase implements WorkedCase {

    @Override
    public void verify(JsonNode c) {
        JsonNode in = c.get("inputs");
        UnitData.Builder b = UnitData.builder(c.get("id").asText(), "general");
        if (in.has("key_score")) {
            XjInputs.area(b, "key", in.get("key_score"));
        } else {
            if (in.has("key_half_year")) {
                b.value("key[half_year]/score", CaseSupport.score(in.get("key_half_year")));
            }
            if (in.has("key_year_end")) {
                b.value("key[year_end]/score", CaseSupport.score(in.get("key_year_end")));
            }
        }
        b.value("public", CaseSupport.score(in.get("public")));
        XjInputs.adjustments(b, in);

        UnitResult r = CaseSupport.engine("xj").score(b.build());
        CaseSupport.Expectations e = new CaseSupport.Expectations(c);
        e.decimal("key_part", r.contribution("key"));
        e.decimal("public_part", r.contribution("public"));
        e.decimal("inspection_deduction", r.capApplied().get("inspection"));
        e.decimal("complaint_deduction", r.capApplied().get("complaint"));
        e.decimal("final", r.finalScore());
        e.text("grade", r.grade());
        e.bool("honours_eligible", r.honoursEligible());
        e.text("status", r.status().name());
        e.flags("flags", r.flags());
        e.done();
    }
}
