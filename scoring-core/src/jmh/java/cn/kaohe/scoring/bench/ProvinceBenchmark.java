package cn.kaohe.scoring.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Calculation only: the province is loaded once per trial; each invocation scores, grades and ranks every unit.
 * {@code plainBigDecimalLoop} is the yardstick; the Kaohe engine must stay within 1.5&times; of it.
 *
 * <p>The directory is {@code -Dkaohe.province.dir=...} (default {@code target/perf}); {@code size} picks the
 * sub-directory {@code p<size>} written by {@code src/jmh/prepare-province.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx8g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ProvinceBenchmark {

    /** Province size, the sub-directory {@code p<size>}. */
    @Param({"10k"})
    public String size;

    /** Keep every unit's explained result until the run ends (true), or drop it once ranked (false). */
    @Param({"true"})
    public boolean retain;

    private Province province;
    private KaoheProvinceScorer kaohe;

    /** Loads the province once per trial. */
    @Setup(Level.Trial)
    public void load() {
        province = ProvinceCsv.load(provinceDir(size));
        kaohe = KaoheProvinceScorer.of(province);
    }

    /** @return Kaohe's results: every unit scored with full explanations, then every tier ranked with its quota */
    @Benchmark
    public KaoheProvinceScorer.Run kaoheEngine() {
        return kaohe.scoreAndRank(province, retain);
    }

    /**
     * @param sink receives every explanation read
     * @return as {@link #kaoheEngine()} (explanations not retained), but every unit's explanation is read in full as
     *         it is made ({@link KaoheProvinceScorer#readExplanation}): what a batch that writes them all out pays
     */
    @Benchmark
    public KaoheProvinceScorer.Run kaoheEngineReadingExplanations(Blackhole sink) {
        return kaohe.scoreAndRank(province, false, r -> sink.consume(KaoheProvinceScorer.readExplanation(r)));
    }

    /** @return the plain {@code BigDecimal} loop's results */
    @Benchmark
    public ProvinceResults plainBigDecimalLoop() {
        return PlainBigDecimalScorer.score(province);
    }

    static Path provinceDir(String size) {
        return Path.of(System.getProperty("kaohe.province.dir", "target/perf")).resolve("p" + size);
    }
}
