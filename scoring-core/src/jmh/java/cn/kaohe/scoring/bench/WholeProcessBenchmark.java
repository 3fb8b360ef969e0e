package cn.kaohe.scoring.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole process as an office runs it: read the five CSV files, score every unit, grade, rank per tier with
 * the 先进 quota. Single-shot: each iteration is one complete run (the warm-up iterations let the JIT compile the
 * code, as a long-running server would have it; the first, cold run is reported separately in
 * {@code docs/performance.md}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx8g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class WholeProcessBenchmark {

    /** Province size, the sub-directory {@code p<size>}. */
    @Param({"1k", "10k", "100k"})
    public String size;

    /** @return load + Kaohe scheme/engine build + score with explanations + rank with quotas */
    @Benchmark
    public KaoheProvinceScorer.Run kaoheEngine() {
        Province p = ProvinceCsv.load(ProvinceBenchmark.provinceDir(size));
        return KaoheProvinceScorer.of(p).scoreAndRank(p);
    }

    /** @return load + plain loop */
    @Benchmark
    public ProvinceResults plainBigDecimalLoop() {
        return PlainBigDecimalScorer.score(ProvinceCsv.load(ProvinceBenchmark.provinceDir(size)));
    }
}
