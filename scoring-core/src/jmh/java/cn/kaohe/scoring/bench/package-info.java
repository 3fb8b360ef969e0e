/**
 * JMH benchmarks and the correctness harness for the synthetic province workload of
 * {@code shared/perf/gen_province.py} (issue 3, item 14).
 *
 * <p>What lives here:
 * <ul>
 *   <li>{@link cn.kaohe.scoring.bench.ProvinceCsv}: a fast loader of the neutral province CSV files into a
 *       {@link cn.kaohe.scoring.bench.Province};</li>
 *   <li>{@link cn.kaohe.scoring.bench.PlainBigDecimalScorer}: the yardstick, a plain loop over {@code BigDecimal}
 *       values implementing the generator's semantics directly;</li>
 *   <li>{@link cn.kaohe.scoring.bench.KaoheProvinceScorer}: the same province scored by the Kaohe engine from a
 *       scheme equivalent to the generator's semantics, with full explanations, then ranked;</li>
 *   <li>{@link cn.kaohe.scoring.bench.ReferenceCheck}: compares both with the oracle's {@code results.csv};</li>
 *   <li>the JMH benchmarks {@link cn.kaohe.scoring.bench.ProvinceBenchmark} (calculation only) and
 *       {@link cn.kaohe.scoring.bench.WholeProcessBenchmark} (load CSV + score + rank);</li>
 *   <li>{@link cn.kaohe.scoring.bench.ExplanationFootprint}: the heap the explained results retain per unit.</li>
 * </ul>
 * These sources are compiled only in the Maven profile {@code bench}; see {@code docs/performance.md}.
 */
package cn.kaohe.scoring.bench;
