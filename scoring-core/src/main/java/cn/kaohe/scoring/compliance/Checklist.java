package cn.kaohe.scoring.compliance;

import cn.kaohe.scoring.ranking.InvalidConfigurationException;
import cn.kaohe.scoring.ranking.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * CHECKLIST: binary compliance items without points that must all hold (SAFE6-02: the 三个100% — 入户走访率,
 * 意见收集率, 意见整改和反馈率 — are met only when each is). The items are rate targets, evaluated together.
 *
 * @param id     the checklist's name
 * @param ruleId the rule
 * @param items  the rate targets, each must have a target
 */
public record Checklist(String id, String ruleId, List<RateTarget> items) {

    public Checklist {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ruleId, "ruleId");
        if (items == null || items.isEmpty()) {
            throw InvalidConfigurationException.of("checklist.items.empty", "checklist " + id);
        }
        items = List.copyOf(items);
        for (RateTarget t : items) {
            if (t.targetPercent() == null) {
                throw InvalidConfigurationException.of("checklist.item.noTarget", "checklist " + id, t.id());
            }
        }
    }

    /**
     * @param figures per item id, what was done out of the total
     */
    public Result evaluate(Map<String, Tally> figures) {
        Map<String, RateResult> results = new LinkedHashMap<>();
        for (RateTarget t : items) {
            Tally f = figures.get(t.id());
            if (f == null) {
                throw InvalidInputException.of("checklist.item.missing", t.id());
            }
            results.put(t.id(), t.evaluate(f));
        }
        if (!figures.keySet().equals(results.keySet())) {
            List<String> unknown = new ArrayList<>(figures.keySet());
            unknown.removeAll(results.keySet());
            throw InvalidInputException.of("checklist.item.unknown", String.join(",", unknown), id);
        }
        return new Result(id, ruleId, results);
    }

    /**
     * @param id      the checklist
     * @param ruleId  its rule
     * @param results each item's result, in configuration order
     */
    public record Result(String id, String ruleId, Map<String, RateResult> results) {

        public Result {
            results = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(results));
        }

        public boolean allMet() {
            return results.values().stream().allMatch(r -> Boolean.TRUE.equals(r.met()));
        }
    }
}
