package cn.kaohe.scoring.compliance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of DATA_CONSISTENCY checks over one report's {@link Figures}, as data (SDO-06, LAW-08).
 *
 * @param sums   sum checks
 * @param ratios ratio checks
 */
public record ConsistencySpec(List<SumCheck> sums, List<RatioCheck> ratios) {

    public ConsistencySpec {
        sums = sums == null ? List.of() : List.copyOf(sums);
        ratios = ratios == null ? List.of() : List.copyOf(ratios);
    }

    /** Runs every check; the report is consistent when all pass. */
    public Report evaluate(Figures figures) {
        Map<String, CheckResult> results = new LinkedHashMap<>();
        sums.forEach(c -> results.put(c.id(), c.evaluate(figures)));
        ratios.forEach(c -> results.put(c.id(), c.evaluate(figures)));
        return new Report(results);
    }

    /**
     * The checks' results by id, in configuration order.
     *
     * @param results results by check id
     */
    public record Report(Map<String, CheckResult> results) {

        public Report {
            results = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(results));
        }

        public boolean consistent() {
            return results.values().stream().allMatch(CheckResult::passed);
        }

        public CheckResult result(String id) {
            CheckResult r = results.get(id);
            if (r == null) {
                throw cn.kaohe.scoring.ranking.InvalidConfigurationException.of("consistency.check.unknown",
                        "check " + id);
            }
            return r;
        }

        public List<CheckResult> failures() {
            List<CheckResult> out = new ArrayList<>();
            results.values().stream().filter(r -> !r.passed()).forEach(out::add);
            return out;
        }
    }
}
