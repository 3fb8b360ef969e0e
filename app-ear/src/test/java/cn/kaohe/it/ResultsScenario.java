package cn.kaohe.it;

import static cn.kaohe.it.Api.expect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A VIL period for the results tests, made through the REST API as the assessment office: villages with different
 * deductions in their inspection sheet (so scores and grades differ), one with a county inspection finding (VIL-23/24)
 * and one vetoed (VIL-26), plus a community in a tier of its own.
 */
final class ResultsScenario {

    final Api api;
    final String schemeKey;
    final String period;
    final List<String> villages = new ArrayList<>();
    final String community;

    private ResultsScenario(Api api, String schemeKey, String period, String community) {
        this.api = api;
        this.schemeKey = schemeKey;
        this.period = period;
        this.community = community;
    }

    /** A scheme, a 2026 period, {@code villages} villages (deductions 0, 10, 20 …), a community, their entries. */
    static ResultsScenario prepare(Api api, int villages) throws Exception {
        String key = Api.unique("VILR");
        api.importTemplate("vil", key, null);
        String period = Api.unique("R2026");
        api.period(period, key, 1);
        String community = Api.unique("RC");
        ResultsScenario s = new ResultsScenario(api, key, period, community);
        ArrayNode rows = Api.array();
        for (int i = 0; i < villages; i++) {
            String v = Api.unique("RV" + (i + 1));
            api.unit(v, "结果村" + (i + 1), "村");
            api.enrol(period, v, "village");
            report(rows, v, 10 * i);
            s.villages.add(v);
        }
        api.unit(community, "结果社区", "社区");
        api.enrol(period, community, "community");
        report(rows, community, 0);
        api.importRows(period, rows);
        if (villages >= 3) {
            expect(201, api.post("periods/" + period + "/adjustments", Api.object()
                    .put("unitCode", s.villages.get(1)).put("table", "inspection").put("key", "county")
                    .put("rectified", false).put("reason", "明察暗访发现环境卫生问题")));
        }
        if (villages >= 4) {
            expect(201, api.post("periods/" + period + "/vetoes", Api.object()
                    .put("unitCode", s.villages.get(villages - 1)).put("area", "安全生产")
                    .put("reason", "发生安全生产责任事故")));
        }
        return s;
    }

    /** Another period of the same units in {@code year} on the same scheme, every village with {@code deduction}. */
    String earlierPeriod(int year, int deduction) throws Exception {
        String code = Api.unique("R" + year);
        expect(201, api.post("periods", Api.object().put("code", code).put("name", "考核期 " + code).put("year", year)
                .put("schemeKey", schemeKey).put("schemeVersion", 1)));
        ArrayNode rows = Api.array();
        for (String v : villages) {
            api.enrol(code, v, "village");
            report(rows, v, deduction);
        }
        api.importRows(code, rows);
        return code;
    }

    /** Runs the period to completion through the API; returns the run id. */
    long run() throws Exception {
        return api.runToCompletion(period, null).get("id").asLong();
    }

    /**
     * Takes {@code unit} to approved (审定), the state from which its result is released to its reporters: the office
     * submits it, an assessor scores, a second office user reviews (the first entered the data), a leader approves.
     */
    void approve(java.net.URL base, String unit) throws Exception {
        Api assessor = new Api(base, java.util.List.of("ASSESSOR"), java.util.List.of());
        Api reviewer = new Api(base);
        Api leader = new Api(base, java.util.List.of("LEADER"), java.util.List.of());
        step(api, unit, "SUBMIT");
        step(assessor, unit, "SCORE");
        step(reviewer, unit, "REVIEW");
        step(leader, unit, "APPROVE");
    }

    private void step(Api as, String unit, String action) throws Exception {
        String path = "workflow/" + period + "/units/" + unit;
        long version = expect(200, api.get(path)).get("version").asLong();
        expect(200, as.post(path + "/transitions", Api.object().put("action", action).put("version", version)));
    }

    static void report(ArrayNode rows, String unit, int deduction) {
        rows.add(Api.row(unit, "quantitative/common/sheet", sheet(String.valueOf(deduction), "0")));
        rows.add(Api.row(unit, "quantitative/stage", sheet("0")));
        rows.add(Api.row(unit, "qualitative/leadership", votes("好", 12)));
        rows.add(Api.row(unit, "qualitative/social", votes("满意", 40)));
        rows.add(Api.row(unit, "qualitative/member_rep", votes("满意", 30)));
    }

    private static JsonNode sheet(String... deductions) {
        ObjectNode value = Api.object();
        ArrayNode items = value.putArray("items");
        int i = 1;
        for (String d : deductions) {
            items.add(Api.object().put("name", "考核项目" + i++).put("points", String.valueOf(100 / deductions.length))
                    .put("deductions", d));
        }
        return value;
    }

    private static JsonNode votes(String label, int count) {
        ObjectNode value = Api.object();
        value.putObject("votes").put(label, count);
        return value;
    }
}
