package cn.kaohe.scoring.cases;

import cn.kaohe.scoring.input.Claim;
import cn.kaohe.scoring.input.UnitData;
import com.fasterxml.jackson.databind.JsonNode;

/** Maps the XJ case inputs shared by the unit, department and township kinds onto unit data. */
final class XjInputs {

    private XjInputs() {
    }

    /** An area given as one score or as {half_year, year_end} (XJ-12: 30 + 60 of the concentrated 90). */
    static void area(UnitData.Builder b, String path, JsonNode value) {
        if (value == null || value.isNull()) {
            return;
        }
        if (value.isObject()) {
            if (value.has("half_year")) {
                b.value(path + "[half_year]/score", CaseSupport.score(value.get("half_year")));
            }
            if (value.has("year_end")) {
                b.value(path + "[year_end]/score", CaseSupport.score(value.get("year_end")));
            }
        } else {
            b.value(path + "/score", CaseSupport.score(value));
        }
    }

    /** 查访核验 and 投诉查处 deductions (XJ-11/15), vetoes (XJ-32). */
    static void adjustments(UnitData.Builder b, JsonNode in) {
        in.path("inspection_deductions").forEach(d -> b.claim(Claim.entered("inspection", d.asText())));
        in.path("complaint_deductions").forEach(d -> b.claim(Claim.entered("complaint", d.asText())));
        in.path("veto").forEach(v -> b.veto(v.asText()));
    }
}
