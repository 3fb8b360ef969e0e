package cn.kaohe.scoring.bench;

import cn.kaohe.scoring.explain.UnitResult;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;

/**
 * Measures the heap that the explained results of a province occupy once scored (retained size per unit), by
 * comparing the used heap after full collections before and after scoring.
 *
 * <pre>
 * java -Xms4g -XX:+UseParallelGC -cp target/scoring-core-*-benchmarks.jar cn.kaohe.scoring.bench.ExplanationFootprint target/perf/p1k
 * </pre>
 */
public final class ExplanationFootprint {

    private ExplanationFootprint() {
    }

    /**
     * @param args the province directory
     */
    public static void main(String[] args) {
        Province p = ProvinceCsv.load(Path.of(args[0]));
        KaoheProvinceScorer scorer = KaoheProvinceScorer.of(p);
        scorer.scoreAndRank(p, false); // warm up the classes
        long before = usedAfterGc();
        KaoheProvinceScorer.Run run = scorer.scoreAndRank(p, true);
        long after = usedAfterGc();
        long perUnit = (after - before) / p.unitCount();
        System.out.printf("%d units: explained results retain %d MB, %d bytes per unit (%d indicator lines per unit)%n",
                p.unitCount(), (after - before) >> 20, perUnit, run.units().get(0).indicators().size());
        if (run.units().size() != p.unitCount()) {
            throw new IllegalStateException("results not retained");
        }
        // the explanation's decimals and text are made when first read (Deferred, InputValues): read all of them
        long chars = 0;
        for (UnitResult r : run.units()) {
            chars += r.indicators().toString().length() + r.values().toString().length()
                    + r.contributions().toString().length() + r.breakdown().toString().length();
        }
        long read = usedAfterGc();
        System.out.printf("after reading every explanation (%d MB of text made and dropped): %d MB, %d bytes per unit%n",
                chars >> 20, (read - before) >> 20, (read - before) / p.unitCount());
    }

    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
