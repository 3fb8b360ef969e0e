package cn.kaohe.scoring.cases;

import static cn.kaohe.scoring.cases.CaseSupport.deductionSheet;
import static cn.kaohe.scoring.cases.CaseSupport.votes;

import cn.kaohe.scoring.explain.AdjustmentLine;
import cn.kaohe.scoring.explain.UnitResult;
import cn.kaohe.scoring.input.Claim;
import cn.kaohe.scoring.input.Growth;
import cn.kaohe.scoring.input.UnitData;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Kind {@code vil_unit}: one village through {@code vil.json} (VIL-03..31). */
public class VilUnitCase implements WorkedCase {

    static final String SUPERSEDED = "SUPERSEDED_BY_HIGHER_LEVEL";

    @Override
    public void verify(JsonNode c) {
        JsonNode in = c.get("inputs");
        UnitData.Builder b = UnitData.builder(c.get("id").asText(), in.path("category").asText("village"))
                .year(in.path("assessment_year").asInt(0));
        if (in.has("common_items")) {
            b.value("quantitative/common/sheet", deductionSheet(in.get("common_items")));
        }
        if (in.has("common_split")) {
            // VIL-04: 年底集中考核 60% / 平时分散考核 40% of 共性部分
            JsonNode split = in.get("common_split");
            b.value("quantitative/common[year_end]/sheet", deductionSheet(split.get("year_end_items")));
            b.value("quantitative/common[usual]/sheet", deductionSheet(split.get("usual_items")));
        }
        if (in.has("stage_items")) {
            b.value("quantitative/stage", deductionSheet(in.get("stage_items")));
        }
        if (in.has("leadership_votes")) {
            b.value("qualitative/leadership", votes(in.get("leadership_votes")));
        }
        if (in.has("social_votes")) {
            b.value("qualitative/social", votes(in.get("social_votes")));
        }
        if (in.has("member_rep_votes")) {
            b.value("qualitative/member_rep", votes(in.get("member_rep_votes")));
        }
        for (JsonNode x : in.path("commendations")) {
            b.claim(dated(Claim.of("commendation", x.get("issuer").asText() + "/" + x.get("level").asText())
                    .withWork(x.path("work").asText(null)), x));
        }
        for (JsonNode x : in.path("promotions")) {
            b.claim(dated(Claim.of("promotion", x.get("level").asText())
                    .withWork(x.has("project") ? x.get("project").asText() : x.path("work").asText(null)), x));
        }
        for (JsonNode x : in.path("criticisms")) {
            b.claim(Claim.of("criticism", x.get("level").asText()).withCount(x.path("count").asInt(1)));
        }
        for (JsonNode x : in.path("inspections")) {
            b.claim(Claim.of("inspection", x.get("level").asText()).withCount(x.path("count").asInt(1))
                    .withRectified(x.has("rectified") ? x.get("rectified").asBoolean() : null));
        }
        if (in.has("collective_economy")) {
            JsonNode ce = in.get("collective_economy");
            b.growth("collective_economy", new Growth(CaseSupport.dec(ce.get("net_income_wan")),
                    CaseSupport.dec(ce.get("prev_net_income_wan"))));
        }
        in.path("veto").forEach(v -> b.veto(v.asText()));

        UnitResult r = CaseSupport.engine("vil").score(b.build());
        CaseSupport.Expectations e = new CaseSupport.Expectations(c);
        e.decimal("common_year_end", r.value("quantitative/common[year_end]"));
        e.decimal("common_usual", r.value("quantitative/common[usual]"));
        e.decimal("common", r.value("quantitative/common"));
        e.decimal("stage", r.value("quantitative/stage"));
        e.decimal("leadership", r.value("qualitative/leadership"));
        e.decimal("social", r.value("qualitative/social"));
        e.decimal("member_rep", r.value("qualitative/member_rep"));
        java.util.Map<String, Integer> respondents = new java.util.LinkedHashMap<>();
        r.respondents().forEach((path, n) -> respondents.put(path.substring(path.lastIndexOf('/') + 1), n));
        e.integers("respondents", respondents);
        e.strings("floored_items", r.flooredItems());
        e.decimal("bonus_commendation", r.tableTotal("commendation"));
        e.decimals("bonus_commendation_by_work", r.tableByWork("commendation"));
        e.decimal("bonus_promotion", r.tableTotal("promotion"));
        e.decimal("collective_economy_adjustment", r.growth());
        AdjustmentLine growth = r.adjustments().stream().filter(l -> l.table().equals("collective_economy"))
                .findFirst().orElse(null);
        e.decimal("collective_growth_pct", growth == null ? null : CaseSupport.decOrNull(growth.details().get("growthPercent")));
        e.integer("collective_steps", growth == null || growth.details().get("steps") == null ? null
                : Integer.valueOf(growth.details().get("steps")));
        e.decimal("deduction_criticism", r.tableTotal("criticism"));
        e.decimal("deduction_inspection", r.tableTotal("inspection"));
        e.strings("excluded_bonus_items", excluded(r));
        e.decimal("quantitative", r.value("quantitative"));
        e.decimal("qualitative", r.value("qualitative"));
        e.decimal("weighted", r.base());
        e.decimal("final", r.finalScore());
        e.text("grade", r.grade());
        e.text("status", r.status().name());
        e.bool("honours_eligible", r.honoursEligible());
        e.flags("flags", r.flags());
        e.done();
    }

    private static Claim dated(Claim claim, JsonNode x) {
        return claim.withEvidence(x.has("evidence") ? x.get("evidence").asBoolean() : null)
                .withDocDate(x.has("doc_date") ? LocalDate.parse(x.get("doc_date").asText()) : null);
    }

    /** Refused bonus claims (not merely superseded by a higher level), as {@code work:issuer/level:REASON}. */
    static List<String> excluded(UnitResult r) {
        List<String> out = new ArrayList<>();
        for (AdjustmentLine l : r.adjustments()) {
            if (l.bonus() && !l.applied() && !SUPERSEDED.equals(l.reason())) {
                String key = l.table().equals("commendation") ? l.key() : l.table() + "/" + l.key();
                out.add(l.work() + ":" + key + ":" + l.reason());
            }
        }
        return out;
    }
}
