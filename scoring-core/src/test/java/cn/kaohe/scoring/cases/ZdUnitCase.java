package cn.kaohe.scoring.cases;

import cn.kaohe.scoring.explain.UnitResult;
import cn.kaohe.scoring.input.Claim;
import cn.kaohe.scoring.input.UnitData;
import cn.kaohe.scoring.scheme.Scheme;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Kind {@code zd_unit}: one ZD unit (township, department or old town) through {@code zd.json} (ZD-04..27). */
public class ZdUnitCase implements WorkedCase {

    private static final List<String> PERIODS = List.of("mid", "year_end");
    private static final List<String> QUARTERS = List.of("q1", "q2", "q3", "q4");

    @Override
    public void verify(JsonNode c) {
        JsonNode in = c.get("inputs");
        UnitData.Builder b = UnitData.builder(c.get("id").asText(), in.path("category").asText("township"));
        for (String period : PERIODS) {
            JsonNode p = in.get(period);
            if (p == null || p.isNull()) {
                continue;
            }
            if (p.has("indicators")) {
                b.value("indicator[" + period + "]/items", CaseSupport.prorationSheet(p.get("indicators")));
            }
            if (p.has("leader")) {
                b.value("leader[" + period + "]/score", CaseSupport.score(p.get("leader")));
            }
        }
        JsonNode quarters = in.path("public_quarters");
        for (int i = 0; i < quarters.size() && i < QUARTERS.size(); i++) {
            if (!quarters.get(i).isNull()) {
                b.value("public[" + QUARTERS.get(i) + "]/score", CaseSupport.score(quarters.get(i)));
            }
        }
        JsonNode months = in.path("months");
        for (int i = 0; i < months.size(); i++) {
            JsonNode m = months.get(i);
            String label = m.has("month") ? m.get("month").asText() : String.valueOf(i + 1);
            b.value("indicator[" + label + "]/score", CaseSupport.score(m.get("indicator_score")));
            b.value("leader[" + label + "]/score", CaseSupport.score(m.get("leader")));
        }
        Scheme scheme = CaseSupport.scheme("zd");
        for (JsonNode x : in.path("bonuses")) {
            String kind = x.get("kind").asText();
            Boolean evidence = x.has("evidence") ? x.get("evidence").asBoolean() : null;
            var table = scheme.adjustments().table(kind);
            Claim claim;
            if (table.isPresent() && table.get().entered()) {
                claim = Claim.entered(kind, x.get("value").asText());
            } else if (table.isPresent()) {
                claim = Claim.of(kind, x.path("level").asText());
            } else {
                claim = Claim.of("commendation", kind + "/" + x.path("level").asText());
            }
            b.claim(claim.withEvidence(evidence).withCount(x.path("count").asInt(1)));
        }
        for (JsonNode x : in.path("deductions")) {
            String kind = x.get("kind").asText();
            String key = x.has("level") ? kind + "/" + x.get("level").asText() : kind;
            b.claim(Claim.of("conduct", key).withCount(x.path("count").asInt(1)));
        }
        for (String field : List.of("veto", "disqualifications", "disqualifiers")) {
            in.path(field).forEach(v -> b.veto(v.asText()));
        }
        if (in.hasNonNull("determined_unqualified") && in.get("determined_unqualified").asBoolean()) {
            b.gradeOverride("不合格"); // ZD-33 (2)
        }

        UnitResult r = CaseSupport.engine("zd").score(b.build());
        CaseSupport.Expectations e = new CaseSupport.Expectations(c);
        e.integer("months", r.periods().getOrDefault("indicator", List.of()).size());
        e.decimal("indicator_mid", r.value("indicator[mid]"));
        e.decimal("indicator_year_end", r.value("indicator[year_end]"));
        e.decimal("indicator", r.value("indicator"));
        e.decimal("leader", r.value("leader"));
        e.decimal("public", r.value("public"));
        e.decimal("bonus_raw", r.capRaw().get("bonus"));
        e.decimal("bonus", r.capApplied().get("bonus"));
        e.decimal("deduction_raw", r.capRaw().get("deduction"));
        e.decimal("deduction", r.capApplied().get("deduction"));
        e.decimal("final", r.finalScore());
        e.text("grade_before_ranking", r.grade());
        e.bool("advanced_eligible", r.honoursEligible());
        e.text("status", r.status().name());
        e.flags("flags", r.flags());
        e.done();
    }
}
