package cn.kaohe.scoring.cases;

import cn.kaohe.scoring.explain.AdjustmentLine;
import cn.kaohe.scoring.explain.UnitResult;
import cn.kaohe.scoring.input.Claim;
import cn.kaohe.scoring.input.UnitData;
import cn.kaohe.scoring.rounding.Decimals;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Kind {@code tb_unit}: one TB13 unit through {@code tb13.json} (TB-04..09). */
public class TbUnitCase implements WorkedCase {

    @Override
    public void verify(JsonNode c) {
        JsonNode in = c.get("inputs");
        String tier = in.path("tier").asText("1");
        String category = tier.contains("2") || tier.contains("二") ? "tier2" : "tier1";
        UnitData.Builder b = UnitData.builder(c.get("id").asText(), category);
        b.value("team", CaseSupport.score(in.get("team")));
        JsonNode peer = in.get("peer");
        if (peer != null && peer.isArray()) {
            // TB-09 note: several raters → arithmetic mean
            for (int i = 0; i < peer.size(); i++) {
                b.value("peer[" + (i + 1) + "]/score", CaseSupport.score(peer.get(i)));
            }
        } else {
            b.value("peer/score", CaseSupport.score(peer));
        }
        b.value("leaders", CaseSupport.score(in.get("leaders")));
        var scheme = CaseSupport.scheme("tb13");
        for (JsonNode x : in.path("bonuses")) {
            String category0 = x.path("category").asText("commendation");
            // TB-07: bonuses derived from city-system results are the deferrable ones
            String table = scheme.adjustments().table(category0).isPresent() ? category0
                    : category0.contains("city") ? "city_system" : "other";
            b.claim(Claim.entered(table, x.get("value").asText())
                    .withEvidence(x.has("evidence") ? x.get("evidence").asBoolean() : null)
                    .withWork(category0));
        }
        in.path("conduct_violations").fields().forEachRemaining(f -> {
            if (f.getValue().asInt() > 0) {
                b.claim(Claim.of("conduct", f.getKey()).withCount(f.getValue().asInt()));
            }
        });
        if (in.path("city_rank_last").asBoolean(false)) {
            b.claim(Claim.of("city_rank", "last")); // TB-04
        }
        // TB-07: the tier lacks a unit's city-system result → deferrable bonuses move to next year
        boolean defer = false;
        for (var f : in.properties()) {
            String k = f.getKey();
            if (f.getValue().isBoolean() && (k.contains("tier") || k.contains("defer"))) {
                boolean v = f.getValue().asBoolean();
                defer |= k.contains("missing") || k.contains("defer") ? v : (k.contains("complete")
                        || k.contains("all")) && !v;
            }
        }
        b.deferBonuses(defer);
        in.path("veto").forEach(v -> b.veto(v.asText()));

        UnitResult r = CaseSupport.engine("tb13").score(b.build());
        CaseSupport.Expectations e = new CaseSupport.Expectations(c);
        e.decimal("base", r.base());
        e.decimal("bonus", r.bonus());
        e.decimal("bonus_deferred_to_next_year", r.deferredBonus());
        e.decimal("deduction", r.deduction());
        e.decimal("final", r.finalScore());
        e.strings("excluded_bonus_items", excluded(r));
        e.text("status", r.status().name());
        e.bool("honours_eligible", r.honoursEligible());
        e.flags("flags", r.flags());
        e.done();
    }

    /** Refused bonuses other than deferrals, as {@code category:value:REASON}. */
    private static List<String> excluded(UnitResult r) {
        List<String> out = new ArrayList<>();
        for (AdjustmentLine l : r.adjustments()) {
            if (l.bonus() && !l.applied() && !"DEFERRED_TO_NEXT_YEAR".equals(l.reason())) {
                out.add(l.work() + ":" + Decimals.text(l.value()) + ":" + l.reason());
            }
        }
        return out;
    }
}
