package cn.kaohe.exchange.control;

import cn.kaohe.platform.json.CanonicalJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One unit's stored result of a scoring run, as exports read it: what the run recorded (score, grade, rank, award,
 * standing) and, from scoring-core's stored explanation, flags, contributions, adjustment lines and indicator lines.
 * Nothing is computed here: every figure is scoring-core's, as stored.
 */
public record StoredResult(String unitCode, String unitName, String category, String categoryName, String status,
        String finalScore, String grade, Integer rank, String award, String quotaStatus, String standing,
        List<String> flags, Map<String, String> contributions, List<Adjustment> adjustments, List<Line> lines,
        String bonus, String deduction) {

    /** A bonus or deduction line of the explanation. */
    public record Adjustment(String table, String key, String work, boolean bonus, String value, boolean applied,
            String reason, String ruleId) {
    }

    /** An indicator line of the explanation. */
    public record Line(String path, String name, String method, String factor, String bound, String ruleId,
            String value, String contribution) {
    }

    /** Reads the stored explanation JSON (scoring-core's {@code UnitResult}, decimals as strings). */
    public static StoredResult of(String unitCode, String unitName, String category, String categoryName, String status,
            String finalScore, String grade, Integer rank, String award, String quotaStatus, String standing,
            String explanationJson) {
        JsonNode x = explanationJson == null ? CanonicalJson.parse("{}") : CanonicalJson.parse(explanationJson);
        List<String> flags = new ArrayList<>();
        x.path("flags").forEach(f -> flags.add(f.asText()));
        Map<String, String> contributions = new LinkedHashMap<>();
        x.path("contributions").fields().forEachRemaining(e -> contributions.put(e.getKey(), text(e.getValue())));
        List<Adjustment> adjustments = new ArrayList<>();
        for (JsonNode a : x.path("adjustments")) {
            adjustments.add(new Adjustment(a.path("table").asText(), textOrNull(a.get("key")), textOrNull(a.get("work")),
                    a.path("bonus").asBoolean(), text(a.get("value")), a.path("applied").asBoolean(),
                    textOrNull(a.get("reason")), textOrNull(a.get("ruleId"))));
        }
        List<Line> lines = new ArrayList<>();
        for (JsonNode l : x.path("indicators")) {
            lines.add(new Line(l.path("path").asText(), l.path("name").asText(), textOrNull(l.get("method")),
                    text(l.get("factor")), textOrNull(l.get("bound")), textOrNull(l.get("ruleId")), text(l.get("value")),
                    text(l.get("contribution"))));
        }
        return new StoredResult(unitCode, unitName, category, categoryName, status, finalScore, grade, rank, award,
                quotaStatus, standing, List.copyOf(flags), contributions, List.copyOf(adjustments), List.copyOf(lines),
                text(x.get("bonus")), text(x.get("deduction")));
    }

    /** Whether a one-vote veto struck the unit (TS-13 and the schemes' veto areas). */
    public boolean vetoed() {
        return flags.stream().anyMatch(f -> f.startsWith("VETO:"));
    }

    private static String text(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        return v.isNumber() ? v.decimalValue().toPlainString() : v.asText();
    }

    private static String textOrNull(JsonNode v) {
        return v == null || v.isNull() ? null : v.asText();
    }
}
