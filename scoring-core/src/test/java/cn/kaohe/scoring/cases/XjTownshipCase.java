package cn.kaohe.scoring.cases;

import cn.kaohe.scoring.explain.UnitResult;
import cn.kaohe.scoring.input.UnitData;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Kind {@code xj_township}: a township (XJ-05 15/20/15/20/10 + 专项 + 公众) through {@code xj.json}. */
public class XjTownshipCase implements WorkedCase {

    static final List<String> AREAS = List.of("key_work", "economic", "social", "public_service",
            "conduct_efficiency");

    @Override
    public void verify(JsonNode c) {
        JsonNode in = c.get("inputs");
        UnitData.Builder b = UnitData.builder(c.get("id").asText(), "township");
        AREAS.forEach(a -> XjInputs.area(b, "core/" + a, in.get(a)));
        b.value("special", CaseSupport.score(in.get("special_project_score")));
        b.value("public", CaseSupport.score(in.get("public")));
        XjInputs.adjustments(b, in);

        UnitResult r = CaseSupport.engine("xj").score(b.build());
        CaseSupport.Expectations e = new CaseSupport.Expectations(c);
        Map<String, BigDecimal> parts = new LinkedHashMap<>();
        AREAS.forEach(a -> parts.put(a, r.contribution("core/" + a)));
        parts.put("public", r.contribution("public"));
        e.decimals("parts", parts);
        e.text("special_grade", r.leafGrades().get("special"));
        e.decimal("special_contribution", r.value("special"));
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
