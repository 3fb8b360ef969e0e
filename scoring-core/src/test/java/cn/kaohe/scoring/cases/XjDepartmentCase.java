package cn.kaohe.scoring.cases;

import cn.kaohe.scoring.explain.UnitResult;
import cn.kaohe.scoring.input.UnitData;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Kind {@code xj_department}: a level-2 department (XJ-04 30/30/20 + 专项 + 公众) through {@code xj.json}. */
public class XjDepartmentCase implements WorkedCase {

    static final List<String> AREAS = List.of("key_work", "annual_targets", "conduct_efficiency");

    @Override
    public void verify(JsonNode c) {
        JsonNode in = c.get("inputs");
        UnitData.Builder b = UnitData.builder(c.get("id").asText(), "department");
        AREAS.forEach(a -> XjInputs.area(b, "core/" + a, in.get(a)));
        b.value("special", CaseSupport.score(in.get("special_project_score")));
        b.value("public", CaseSupport.score(in.get("public")));
        XjInputs.adjustments(b, in);

        UnitResult r = CaseSupport.engine("xj").score(b.build());
        CaseSupport.Expectations e = new CaseSupport.Expectations(c);
        AREAS.forEach(a -> e.decimal(a, r.value("core/" + a)));
        e.decimal("weighted_80", r.contribution("core"));
        e.text("special_grade", r.leafGrades().get("special"));
        e.decimal("special_contribution", r.value("special"));
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
