package cn.kaohe.scoring.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Verifies, before anything is timed, that a scorer's results equal the oracle's {@code results.csv} exactly:
 * every score compared numerically ({@code compareTo}), grade, tier rank and 先进 flag.
 *
 * <pre>
 * java -cp target/scoring-core-*-benchmarks.jar cn.kaohe.scoring.bench.ReferenceCheck target/perf/p10k
 * </pre>
 * Exit code 0 when both the plain loop and the Kaohe engine match, 1 otherwise (mismatches are listed).
 */
public final class ReferenceCheck {

    private ReferenceCheck() {
    }

    /**
     * Reads {@code results.csv} written by {@code reference.py}.
     *
     * @param file the results file
     * @return the rows in file order
     */
    public static ProvinceResults readReference(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        String header = "unit_id,tier,indicator_total,bonus,deduction,veto,final_score,grade,tier_rank,xianjin";
        if (lines.isEmpty() || !lines.get(0).equals(header)) {
            throw new IllegalArgumentException(file + ": expected header " + header);
        }
        List<ProvinceResults.Row> rows = new ArrayList<>(lines.size());
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            rows.add(new ProvinceResults.Row(f[0], f[1], new BigDecimal(f[2]), new BigDecimal(f[3]),
                    new BigDecimal(f[4]), "1".equals(f[5]), new BigDecimal(f[6]), f[7], Integer.parseInt(f[8]),
                    "1".equals(f[9])));
        }
        return new ProvinceResults(rows.toArray(new ProvinceResults.Row[0]));
    }

    /**
     * Compares two result sets field by field.
     *
     * @param expected the oracle's results
     * @param actual   a scorer's results
     * @param limit    at most this many mismatches are described
     * @return descriptions of the mismatches (empty when equal)
     */
    public static List<String> compare(ProvinceResults expected, ProvinceResults actual, int limit) {
        List<String> out = new ArrayList<>();
        if (expected.size() != actual.size()) {
            out.add("unit count: expected " + expected.size() + ", got " + actual.size());
            return out;
        }
        int count = 0;
        java.util.Map<String, Integer> perField = new java.util.TreeMap<>();
        BigDecimal maxScoreDiff = BigDecimal.ZERO;
        for (int u = 0; u < expected.size(); u++) {
            ProvinceResults.Row e = expected.row(u);
            ProvinceResults.Row a = actual.row(u);
            List<String> diffs = new ArrayList<>();
            if (!e.unitId().equals(a.unitId())) {
                diffs.add("unit_id " + a.unitId());
            }
            if (!e.tier().equals(a.tier())) {
                diffs.add("tier " + a.tier());
            }
            num(diffs, "indicator_total", e.indicatorTotal(), a.indicatorTotal());
            num(diffs, "bonus", e.bonus(), a.bonus());
            num(diffs, "deduction", e.deduction(), a.deduction());
            if (e.veto() != a.veto()) {
                diffs.add("veto " + a.veto());
            }
            num(diffs, "final_score", e.finalScore(), a.finalScore());
            if (!e.grade().equals(a.grade())) {
                diffs.add("grade " + a.grade() + " != " + e.grade());
            }
            if (e.tierRank() != a.tierRank()) {
                diffs.add("tier_rank " + a.tierRank() + " != " + e.tierRank());
            }
            if (e.xianjin() != a.xianjin()) {
                diffs.add("xianjin " + a.xianjin() + " != " + e.xianjin());
            }
            if (a.finalScore() != null) {
                maxScoreDiff = maxScoreDiff.max(e.finalScore().subtract(a.finalScore()).abs());
            }
            for (String d : diffs) {
                perField.merge(d.substring(0, d.indexOf(' ')), 1, Integer::sum);
            }
            if (!diffs.isEmpty()) {
                count++;
                if (out.size() < limit) {
                    out.add(e.unitId() + ": " + String.join("; ", diffs));
                }
            }
        }
        if (count > out.size()) {
            out.add("... " + (count - out.size()) + " more units differ (" + count + " in all)");
        }
        if (count > 0) {
            out.add("units differing per field: " + perField + "; largest |final_score difference| = "
                    + maxScoreDiff.toEngineeringString());
        }
        return out;
    }

    private static void num(List<String> diffs, String field, BigDecimal e, BigDecimal a) {
        if (a == null || e.compareTo(a) != 0) {
            diffs.add(field + " " + (a == null ? "missing" : a.toPlainString()) + " != " + e.toPlainString());
        }
    }

    /**
     * Loads a province directory, scores it with the plain loop and with Kaohe, and compares both with
     * {@code results.csv}.
     *
     * @param args the province directory
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ReferenceCheck <province-dir>   (with results.csv from reference.py)");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        ProvinceResults expected = readReference(dir.resolve("results.csv"));
        long t0 = System.nanoTime();
        Province p = ProvinceCsv.load(dir);
        long t1 = System.nanoTime();
        System.out.printf("loaded %d units x %d indicators in %d ms%n", p.unitCount(), p.indicatorCount(),
                (t1 - t0) / 1_000_000);
        boolean ok = report("plain BigDecimal loop", expected, PlainBigDecimalScorer.score(p));
        KaoheProvinceScorer kaohe = KaoheProvinceScorer.of(p);
        long t2 = System.nanoTime();
        // explained results are kept for 10k units; at 100k they would not fit the heap (see docs/performance.md)
        ProvinceResults kaoheResults = kaohe.scoreAndRank(p, p.unitCount() <= 20_000).results();
        long t3 = System.nanoTime();
        System.out.printf("Kaohe engine scored and ranked in %d ms (cold, single run)%n", (t3 - t2) / 1_000_000);
        ok &= report("Kaohe engine", expected, kaoheResults);
        System.out.println(ok ? "REFERENCE CHECK PASSED" : "REFERENCE CHECK FAILED");
        System.exit(ok ? 0 : 1);
    }

    private static boolean report(String name, ProvinceResults expected, ProvinceResults actual) {
        List<String> diffs = compare(expected, actual, 20);
        if (diffs.isEmpty()) {
            System.out.printf("%s: all %d units equal results.csv (score, grade, rank, quota)%n", name,
                    expected.size());
            return true;
        }
        System.out.printf("%s: MISMATCH%n", name);
        diffs.forEach(d -> System.out.println("  " + d));
        return false;
    }
}
