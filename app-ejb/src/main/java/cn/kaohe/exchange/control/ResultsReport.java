package cn.kaohe.exchange.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A scoring run's stored results arranged as offices publish them: tiers (categories) in scheme order, units by rank
 * within each (unranked units last, by code), and each category's first-level indicators for the components.
 *
 * @param title       the period's name
 * @param periodCode  the period
 * @param runId       the run
 * @param runHash     the run's input hash (printed so a reader can verify the run)
 * @param tiers       category id → units in rank order
 * @param tierNames   category id → name
 * @param components  category id → first-level indicators (id → name), in scheme order
 */
public record ResultsReport(String title, String periodCode, long runId, String runHash,
        Map<String, List<StoredResult>> tiers, Map<String, String> tierNames,
        Map<String, Map<String, String>> components) {

    public static ResultsReport of(String title, String periodCode, long runId, String runHash,
            List<String> categoryOrder, Map<String, String> tierNames, Map<String, Map<String, String>> components,
            List<StoredResult> results) {
        Map<String, List<StoredResult>> tiers = new LinkedHashMap<>();
        for (String c : categoryOrder) {
            List<StoredResult> in = new ArrayList<>(results.stream().filter(r -> r.category().equals(c)).toList());
            if (!in.isEmpty()) {
                in.sort(Comparator.comparing(StoredResult::rank, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(StoredResult::unitCode));
                tiers.put(c, in);
            }
        }
        return new ResultsReport(title, periodCode, runId, runHash, tiers, tierNames, components);
    }

    /** Whether the unit holds the last rank of its tier (末位) among at least two ranked units. */
    public boolean bottomOfTier(StoredResult r) {
        List<StoredResult> tier = tiers.getOrDefault(r.category(), List.of());
        List<Integer> ranks = tier.stream().map(StoredResult::rank).filter(Objects::nonNull).toList();
        return r.rank() != null && ranks.size() > 1 && r.rank().equals(ranks.stream().max(Integer::compare).orElse(null));
    }

    /** Units ranked in the tier. */
    public long ranked(String category) {
        return tiers.getOrDefault(category, List.of()).stream().filter(r -> r.rank() != null).count();
    }

    public List<StoredResult> all() {
        List<StoredResult> out = new ArrayList<>();
        tiers.values().forEach(out::addAll);
        return out;
    }

    public StoredResult unit(String unitCode) {
        return all().stream().filter(r -> r.unitCode().equals(unitCode)).findFirst().orElse(null);
    }
}
