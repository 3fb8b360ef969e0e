package cn.kaohe.scoring.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A less load-sensitive companion to the JMH figures: on a machine shared with other builds, wall-clock time
 * measures the neighbours as much as the code, so this driver also reports the <em>CPU time the JVM process
 * used</em> (scoring thread, collector and JIT together) per run, and the bytes allocated by the scoring thread.
 * Plain loop and Kaohe alternate run by run, side by side, in one warmed-up JVM.
 *
 * <pre>
 * taskset -c 1 java -Xms4g -Xmx8g -XX:+UseParallelGC -cp target/scoring-core-*-benchmarks.jar \
 *     cn.kaohe.scoring.bench.CpuTime target/perf/p10k calc 5 10      # or: whole; warm-up runs, measured runs
 * </pre>
 */
public final class CpuTime {

    private CpuTime() {
    }

    /**
     * @param args province directory, {@code calc} (scoring and ranking of a loaded province) or {@code whole}
     *             (load + build + score + rank), warm-up runs, measured runs, optionally {@code retain}
     */
    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        boolean whole = "whole".equals(args[1]);
        int warm = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        boolean retain = args.length > 4 && "retain".equals(args[4]);
        Province loaded = ProvinceCsv.load(dir);
        KaoheProvinceScorer scorer = KaoheProvinceScorer.of(loaded);
        Supplier<Object> plain = whole ? () -> PlainBigDecimalScorer.score(ProvinceCsv.load(dir))
                : () -> PlainBigDecimalScorer.score(loaded);
        Supplier<Object> kaohe = whole ? () -> {
            Province p = ProvinceCsv.load(dir);
            return KaoheProvinceScorer.of(p).scoreAndRank(p, retain);
        } : () -> scorer.scoreAndRank(loaded, retain);
        for (int i = 0; i < warm; i++) {
            plain.get();
            kaohe.get();
        }
        double[] p = new double[4];
        double[] k = new double[4];
        for (int i = 0; i < runs; i++) {
            add(p, measure(plain));
            add(k, measure(kaohe));
        }
        int n = loaded.unitCount();
        System.out.printf(Locale.ROOT, "%s %s, %d units, mean of %d runs after %d warm-up runs%n", dir.getFileName(),
                whole ? "whole process" : "calculation", n, runs, warm);
        print("plain BigDecimal loop", p, runs, n);
        print("Kaohe engine" + (retain ? " (retain)" : ""), k, runs, n);
        System.out.printf(Locale.ROOT, "Kaohe / plain: wall %.2fx, process CPU %.2fx%n", k[0] / p[0], k[1] / p[1]);
    }

    private static void add(double[] sum, double[] one) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += one[i];
        }
    }

    private static void print(String name, double[] s, int runs, int units) {
        System.out.printf(Locale.ROOT, "  %-28s wall %8.1f ms  process CPU %8.1f ms  GC %6.1f ms  alloc %7.1f KiB/unit%n",
                name, s[0] / runs, s[1] / runs, s[2] / runs, s[3] / runs / units / 1024);
    }

    /** wall ms, process CPU ms, GC ms, bytes allocated by this thread. */
    private static double[] measure(Supplier<Object> work) {
        System.gc();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        long gc0 = gcMillis();
        long a0 = threads.getThreadAllocatedBytes(tid);
        long c0 = os.getProcessCpuTime();
        long w0 = System.nanoTime();
        Object result = work.get();
        long w1 = System.nanoTime();
        long c1 = os.getProcessCpuTime();
        long a1 = threads.getThreadAllocatedBytes(tid);
        if (result == null) {
            throw new IllegalStateException();
        }
        return new double[] {(w1 - w0) / 1e6, (c1 - c0) / 1e6, gcMillis() - gc0, a1 - a0};
    }

    private static long gcMillis() {
        long t = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            t += Math.max(0, b.getCollectionTime());
        }
        return t;
    }
}
