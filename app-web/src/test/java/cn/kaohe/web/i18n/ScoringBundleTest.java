package cn.kaohe.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The scoring bundles against each other and against every key scoring-core's sources can produce. */
class ScoringBundleTest {

    private static Properties zh;
    private static Properties en;
    private static List<CallSites.Site> sites;

    @BeforeAll
    static void load() throws IOException {
        zh = load("scoring_zh_CN.properties");
        en = load("scoring_en.properties");
        sites = CallSites.scan();
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ScoringBundleTest.class.getResourceAsStream("/cn/kaohe/web/i18n/" + name)) {
            assertTrue(in != null, name + " is on the classpath");
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothBundlesHaveTheSameKeys() {
        assertEquals(new TreeSet<>(zh.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        zh.stringPropertyNames().forEach(k -> {
            assertTrue(!zh.getProperty(k).isBlank(), "zh " + k + " is empty");
            assertTrue(!en.getProperty(k).isBlank(), "en " + k + " is empty");
        });
    }

    @Test
    void theScanReallyFindsTheCallSites() {
        Set<String> keys = sites.stream().map(CallSites.Site::key).collect(Collectors.toSet());
        assertTrue(sites.size() >= 220, "call sites found: " + sites.size());
        assertTrue(keys.size() >= 160, "distinct keys found: " + keys.size());
        // one from each kind of call
        for (String k : List.of("weights.notAddingUp", "field.unknown", "file.notJson", "input.unknownIndicator",
                "input.outOfRange", "quota.percent.outOfRange", "ranking.unit.duplicate", "whatif.unknownIndicator",
                "scheme.missing", "bands.overlap", "input.wrongKind", "input.notADate")) {
            assertTrue(keys.contains(k), "scan finds " + k);
        }
        long counted = sites.stream().filter(s -> s.argCount() >= 0).count();
        assertTrue(counted >= sites.size() - 5, "argument counts known for " + counted + " of " + sites.size());
    }

    @Test
    void everyProducedKeyHasAnEntry() {
        List<String> missing = new ArrayList<>();
        for (CallSites.Site s : sites) {
            if (!zh.containsKey(s.key()) || !en.containsKey(s.key())) {
                missing.add(s.key() + " (" + s.where() + ")");
            }
            if (s.hasFix() && (!zh.containsKey(s.key() + ".fix") || !en.containsKey(s.key() + ".fix"))) {
                missing.add(s.key() + ".fix (" + s.where() + ")");
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void placeholdersFitTheArgumentsOfEveryCallSite() {
        List<String> wrong = new ArrayList<>();
        for (CallSites.Site s : sites) {
            if (s.argCount() < 0) {
                continue;
            }
            for (Properties p : List.of(zh, en)) {
                String pattern = p.getProperty(s.key() + ".args" + s.argCount(), p.getProperty(s.key()));
                if (pattern == null) {
                    continue; // reported by everyProducedKeyHasAnEntry
                }
                Set<Integer> used = placeholders(pattern);
                if (!used.isEmpty() && used.stream().mapToInt(Integer::intValue).max().getAsInt() >= s.argCount()) {
                    wrong.add(s.key() + " uses " + used + " but " + s.where() + " passes " + s.argCount());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void zhAndEnUseTheSamePlaceholdersAndFixesUseNone() {
        Map<String, String> wrong = new TreeMap<>();
        for (String k : zh.stringPropertyNames()) {
            Set<Integer> z = placeholders(zh.getProperty(k));
            Set<Integer> e = placeholders(en.getProperty(k));
            if (!z.equals(e)) {
                wrong.put(k, "zh " + z + " en " + e);
            }
            if ((k.endsWith(".fix") || k.equals("arg.none")) && !z.isEmpty()) {
                wrong.put(k, "a fix gets no arguments: " + z);
            }
            if (k.matches(".*\\.args\\d+")) {
                String base = k.substring(0, k.lastIndexOf(".args"));
                int n = Integer.parseInt(k.substring(k.lastIndexOf(".args") + 5));
                if (!zh.containsKey(base)) {
                    wrong.put(k, "variant without base key");
                }
                if (!z.isEmpty() && z.stream().mapToInt(Integer::intValue).max().getAsInt() >= n) {
                    wrong.put(k, "variant for " + n + " arguments uses " + z);
                }
            }
        }
        assertEquals(Map.of(), wrong);
    }

    /** The argument indexes a pattern really uses (quoting respected), checked by formatting with markers. */
    static Set<Integer> placeholders(String pattern) {
        MessageFormat f = new MessageFormat(pattern, Locale.ROOT); // throws on a malformed pattern
        int n = f.getFormatsByArgumentIndex().length;
        Object[] markers = new Object[n];
        for (int i = 0; i < n; i++) {
            markers[i] = "\u0001" + i + "\u0002";
        }
        String out = f.format(markers);
        Set<Integer> used = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            if (out.contains("\u0001" + i + "\u0002")) {
                used.add(i);
            }
        }
        assertTrue(!out.matches("(?s).*\\{\\d+}.*"), "no unresolved placeholder in " + pattern);
        return used;
    }
}
