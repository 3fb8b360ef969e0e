package cn.kaohe.scoring.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the five CSV files written by {@code gen_province.py} into a {@link Province}.
 *
 * <p>The files are read as bytes and parsed in place: decimals become {@code BigDecimal.valueOf(unscaled, scale)}
 * without an intermediate {@code String}. Ids are resolved by a hash map, with a fast path for the usual
 * unit-major row order (the next row names the same unit, and the next indicator); the fast path only
 * short-cuts the look-up, so any row order is read correctly. The data must be dense: a missing or duplicated
 * (unit, indicator) row is an error.
 */
public final class ProvinceCsv {

    private ProvinceCsv() {
    }

    /** Thrown for a file that does not follow the generator's format. */
    public static final class FormatException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FormatException(String file, int line, String message) {
            super(file + ":" + line + ": " + message);
        }
    }

    /**
     * Loads a province directory.
     *
     * @param dir directory holding units.csv, indicators.csv, data.csv, adjustments.csv, veto.csv
     * @return the loaded province
     */
    public static Province load(Path dir) {
        Cursor uc = open(dir.resolve("units.csv"), "unit_id,tier,name");
        List<String> unitIds = new ArrayList<>();
        List<String> tiers = new ArrayList<>();
        while (uc.hasLine()) {
            unitIds.add(uc.text());
            tiers.add(uc.text());
            uc.text();
            uc.endLine();
        }
        int n = unitIds.size();
        Map<String, Integer> unitIndex = index(unitIds, "units.csv");

        Cursor ic = open(dir.resolve("indicators.csv"), "indicator_id,group,group_weight,method,points");
        List<String> ids = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        List<Province.Method> methods = new ArrayList<>();
        List<BigDecimal> points = new ArrayList<>();
        while (ic.hasLine()) {
            ids.add(ic.text());
            groups.add(ic.text());
            weights.add(ic.decimal().intValueExact());
            String m = ic.text();
            try {
                methods.add(Province.Method.valueOf(m));
            } catch (IllegalArgumentException e) {
                throw ic.error("unknown method " + m);
            }
            points.add(ic.decimal());
            ic.endLine();
        }
        int m = ids.size();
        Map<String, Integer> indicatorIndex = index(ids, "indicators.csv");
        byte[][] indicatorBytes = new byte[m][];
        for (int i = 0; i < m; i++) {
            indicatorBytes[i] = ids.get(i).getBytes(StandardCharsets.UTF_8);
        }
        byte[][] unitBytes = new byte[n][];
        for (int u = 0; u < n; u++) {
            unitBytes[u] = unitIds.get(u).getBytes(StandardCharsets.UTF_8);
        }

        BigDecimal[] target = new BigDecimal[n * m];
        BigDecimal[] actual = new BigDecimal[n * m];
        BigDecimal[] deductions = new BigDecimal[n * m];
        Cursor dc = open(dir.resolve("data.csv"), "unit_id,indicator_id,target,actual,deductions");
        int u = -1;
        int i = -1;
        int rows = 0;
        while (dc.hasLine()) {
            u = dc.id(unitBytes, u, unitIndex);
            i = dc.id(indicatorBytes, i + 1 < m ? i + 1 : 0, indicatorIndex);
            int k = u * m + i;
            if (target[k] != null) {
                throw dc.error("duplicate row for " + unitIds.get(u) + "/" + ids.get(i));
            }
            target[k] = dc.decimal();
            actual[k] = dc.decimal();
            deductions[k] = dc.decimal();
            dc.endLine();
            rows++;
        }
        if (rows != n * m) {
            throw new FormatException("data.csv", dc.line, "expected " + (n * m) + " rows (dense), found " + rows);
        }

        Cursor ac = open(dir.resolve("adjustments.csv"), "unit_id,kind,level,work_id,points");
        List<List<Province.Adjustment>> adj = new ArrayList<>(n);
        for (int x = 0; x < n; x++) {
            adj.add(new ArrayList<>(4));
        }
        int au = -1;
        while (ac.hasLine()) {
            au = ac.id(unitBytes, au, unitIndex);
            String kind = ac.text();
            String level = ac.text();
            String work = ac.text();
            BigDecimal pts = ac.decimal();
            ac.endLine();
            int lv = Province.LEVELS.indexOf(level);
            if (lv < 0) {
                throw ac.error("unknown level " + level);
            }
            Province.Kind k;
            try {
                k = Province.Kind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                throw ac.error("unknown kind " + kind);
            }
            adj.get(au).add(new Province.Adjustment(k, lv, work, pts));
        }
        Province.Adjustment[][] adjustments = new Province.Adjustment[n][];
        for (int x = 0; x < n; x++) {
            adjustments[x] = adj.get(x).toArray(new Province.Adjustment[0]);
        }

        Cursor vc = open(dir.resolve("veto.csv"), "unit_id");
        boolean[] vetoed = new boolean[n];
        int vu = -1;
        while (vc.hasLine()) {
            vu = vc.id(unitBytes, vu, unitIndex);
            vetoed[vu] = true;
            vc.endLine();
        }

        return new Province(unitIds.toArray(new String[0]), tiers.toArray(new String[0]),
                ids.toArray(new String[0]), groups.toArray(new String[0]),
                weights.stream().mapToInt(Integer::intValue).toArray(),
                methods.toArray(new Province.Method[0]), points.toArray(new BigDecimal[0]),
                target, actual, deductions, adjustments, vetoed);
    }

    private static Map<String, Integer> index(List<String> ids, String file) {
        Map<String, Integer> map = new HashMap<>(ids.size() * 2);
        for (int x = 0; x < ids.size(); x++) {
            if (map.put(ids.get(x), x) != null) {
                throw new FormatException(file, x + 2, "duplicate id " + ids.get(x));
            }
        }
        return map;
    }

    private static Cursor open(Path file, String header) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Cursor c = new Cursor(file.getFileName().toString(), bytes);
        String h = c.restOfLine();
        if (!h.equals(header)) {
            throw new FormatException(c.file, 1, "expected header '" + header + "' but found '" + h + "'");
        }
        return c;
    }

    /** A position in a file's bytes; fields end at ',' or '\n'. */
    private static final class Cursor {
        final String file;
        final byte[] b;
        int pos;
        int line = 1;

        Cursor(String file, byte[] b) {
            this.file = file;
            this.b = b;
        }

        boolean hasLine() {
            while (pos < b.length && (b[pos] == '\n' || b[pos] == '\r')) {
                if (b[pos] == '\n') {
                    line++;
                }
                pos++;
            }
            return pos < b.length;
        }

        private int fieldEnd() {
            int e = pos;
            while (e < b.length && b[e] != ',' && b[e] != '\n' && b[e] != '\r') {
                e++;
            }
            return e;
        }

        private void skipSeparator(int e) {
            pos = e < b.length && b[e] == ',' ? e + 1 : e;
        }

        String text() {
            int e = fieldEnd();
            String s = new String(b, pos, e - pos, StandardCharsets.UTF_8);
            skipSeparator(e);
            return s;
        }

        String restOfLine() {
            int e = pos;
            while (e < b.length && b[e] != '\n') {
                e++;
            }
            int end = e > pos && b[e - 1] == '\r' ? e - 1 : e;
            String s = new String(b, pos, end - pos, StandardCharsets.UTF_8);
            pos = e;
            return s;
        }

        /** Resolves an id field: first tries {@code ids[guess]}, then the map. */
        int id(byte[][] ids, int guess, Map<String, Integer> map) {
            int e = fieldEnd();
            int len = e - pos;
            if (guess >= 0 && guess < ids.length && Arrays.equals(ids[guess], 0, ids[guess].length, b, pos, e)) {
                pos = e;
                skipSeparator(e);
                return guess;
            }
            String s = new String(b, pos, len, StandardCharsets.UTF_8);
            Integer x = map.get(s);
            if (x == null) {
                throw error("unknown id " + s);
            }
            skipSeparator(e);
            return x;
        }

        BigDecimal decimal() {
            int e = fieldEnd();
            if (e == pos) {
                throw error("empty number");
            }
            long unscaled = 0;
            int scale = -1;
            for (int x = pos; x < e; x++) {
                byte c = b[x];
                if (c >= '0' && c <= '9') {
                    if (unscaled > (Long.MAX_VALUE - 9) / 10) {
                        return slow(e);
                    }
                    unscaled = unscaled * 10 + (c - '0');
                    if (scale >= 0) {
                        scale++;
                    }
                } else if (c == '.' && scale < 0) {
                    scale = 0;
                } else {
                    throw error("not a decimal: " + new String(b, pos, e - pos, StandardCharsets.UTF_8));
                }
            }
            skipSeparator(e);
            if (unscaled == 0) {
                return BigDecimal.ZERO;
            }
            return BigDecimal.valueOf(unscaled, Math.max(scale, 0));
        }

        private BigDecimal slow(int e) {
            BigDecimal d = new BigDecimal(new String(b, pos, e - pos, StandardCharsets.US_ASCII));
            skipSeparator(e);
            return d;
        }

        void endLine() {
            if (pos < b.length && b[pos] != '\n' && b[pos] != '\r') {
                throw error("unexpected extra field");
            }
        }

        FormatException error(String message) {
            return new FormatException(file, line, message);
        }
    }
}
