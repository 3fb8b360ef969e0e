package cn.kaohe.scoring.cases;

import cn.kaohe.scoring.ScoringEngine;
import cn.kaohe.scoring.explain.UnitResult;
import cn.kaohe.scoring.input.Claim;
import cn.kaohe.scoring.input.UnitData;
import cn.kaohe.scoring.io.SchemeReader;
import cn.kaohe.scoring.io.SchemeWriter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;

/** Kind {@code ts_unit}: one Taishun unit through {@code ts.json} (TS-11..23). */
public class TsUnitCase implements WorkedCase {

    @Override
    public void verify(JsonNode c) {
        JsonNode in = c.get("inputs");
        UnitData.Builder b = UnitData.builder(c.get("id").asText(), in.path("class").asText("二类"))
                .year(in.path("assessment_year").asInt(0));
        b.value("items", CaseSupport.deductionSheet(in.get("items")));
        for (JsonNode x : in.path("commendations")) {
            b.claim(Claim.of("commendation", x.get("issuer").asText()).withWork(x.path("work").asText(null))
                    .withEvidence(x.has("evidence") ? x.get("evidence").asBoolean() : null)
                    .withDocDate(x.has("doc_date") ? LocalDate.parse(x.get("doc_date").asText()) : null));
        }
        for (JsonNode x : in.path("demerit_cases")) {
            b.claim(Claim.entered("demerit", x.asText())); // TS-18: 1–5 per case
        }
        in.path("gating").fields().forEachRemaining(f -> b.fact(f.getKey(), f.getValue().asText()));
        in.path("veto").forEach(v -> b.veto(v.asText()));

        ScoringEngine engine = CaseSupport.engine("ts");
        if (in.has("normalise_to_100") && !in.get("normalise_to_100").asBoolean()) {
            // TS-20 option (§12 #14): the same scheme without rescaling to 百分制
            ObjectNode json = SchemeWriter.toJson(engine.scheme());
            json.get("categories").forEach(cat -> cat.get("root").get("children").forEach(
                    ch -> ((ObjectNode) ch.get("sheet")).remove("normaliseTo")));
            json.get("categories").forEach(cat -> ((ObjectNode) cat.get("root")).remove("points"));
            engine = ScoringEngine.builder().scheme(SchemeReader.fromJson(json, "ts-without-normalisation")).build();
        }
        UnitResult r = engine.score(b.build());
        CaseSupport.Expectations e = new CaseSupport.Expectations(c);
        e.decimal("actual_score", r.base());
        e.strings("floored_items", r.flooredItems());
        e.decimal("overfulfilment_bonus", r.tableTotal("overfulfilment"));
        e.decimals("overfulfilment_by_item", r.tableByWork("overfulfilment"));
        e.decimal("commendation_bonus", r.tableTotal("commendation"));
        e.decimals("commendation_by_work", r.tableByWork("commendation"));
        e.decimal("demerit", r.tableTotal("demerit"));
        e.decimal("leader_demerit", r.leaderDemerit());
        e.decimal("raw_total", r.rawTotal());
        e.decimal("total", r.finalScore());
        e.text("grade", r.grade());
        e.text("status", r.status().name());
        e.flags("flags", r.flags());
        e.done();
    }
}
