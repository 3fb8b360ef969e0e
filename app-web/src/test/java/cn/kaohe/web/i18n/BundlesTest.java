package cn.kaohe.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/cn/kaohe/web/i18n");
    private static final Path PAGES = Path.of("src/main/webapp");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(PAGES)) {
            return files.filter(p -> p.toString().endsWith(".xhtml")).toList();
        }
    }

    /** Page variable → bundle base name, as faces-config.xml declares them. */
    private static Map<String, String> pageBundles() throws IOException {
        String config = Files.readString(PAGES.resolve("WEB-INF/faces-config.xml"));
        Matcher m = Pattern.compile("<base-name>cn\\.kaohe\\.web\\.i18n\\.(\\w+)</base-name>\\s*<var>(\\w+)</var>")
                .matcher(config);
        Map<String, String> bundles = new LinkedHashMap<>();
        while (m.find()) {
            bundles.put(m.group(2), m.group(1));
        }
        return bundles;
    }

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.list(BUNDLES)) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("_zh_CN.properties"))
                    .map(n -> n.substring(0, n.length() - "_zh_CN.properties".length())).sorted().toList();
        }
        assertTrue(names.containsAll(List.of("messages", "scoring", "office", "reporting", "grid", "results",
                "workflow", "rectification")), names::toString);
        for (String name : names) {
            Set<String> zh = new TreeSet<>(load(name + "_zh_CN.properties").stringPropertyNames());
            Set<String> en = new TreeSet<>(load(name + "_en.properties").stringPropertyNames());
            assertEquals(zh, en, name + ": the Chinese and English bundles must hold the same keys");
        }
        assertFalse(load("messages_zh_CN.properties").isEmpty());
    }

    @Test
    void aServiceKeyLivesInExactlyOneBundle() throws IOException {
        Map<String, String> owner = new HashMap<>();
        for (String name : pageBundles().values()) {
            for (String key : load(name + "_zh_CN.properties").stringPropertyNames()) {
                String before = owner.put(key, name);
                assertTrue(before == null, () -> key + " is in both " + before + " and " + name);
            }
        }
        assertEquals(Messages.FEATURE_BUNDLES.size() + 1, pageBundles().size(),
                "every feature bundle must be declared in faces-config.xml and listed in Messages.FEATURE_BUNDLES");
    }

    @Test
    void everyKeyAPageUsesExists() throws IOException {
        Map<String, String> bundles = pageBundles();
        Map<String, Set<String>> keys = new HashMap<>();
        for (Map.Entry<String, String> e : bundles.entrySet()) {
            keys.put(e.getKey(), load(e.getValue() + "_zh_CN.properties").stringPropertyNames());
        }
        Pattern use = Pattern.compile("\\b(" + String.join("|", bundles.keySet()) + ")\\['([^']+)'\\]");
        int uses = 0;
        for (Path page : pages()) {
            Matcher m = use.matcher(Files.readString(page));
            while (m.find()) {
                uses++;
                String var = m.group(1);
                String key = m.group(2);
                assertTrue(keys.get(var).contains(key), page + " uses a missing key " + var + "['" + key + "']");
            }
        }
        assertTrue(uses > 10, "pages should take their text from the bundles");
    }

    @Test
    void pagesHoldNoLiteralText() throws IOException {
        Pattern literal = Pattern.compile("(value|headerText|label|title|placeholder|emptyMessage|itemLabel)"
                + "=\"([^\"#]*\\p{L}{2,}[^\"#]*)\"");
        for (Path page : pages()) {
            Matcher m = literal.matcher(Files.readString(page));
            assertFalse(m.find(), () -> page + " holds literal text: " + m.group());
        }
    }

    @Test
    void translatesServiceKeysInBothLanguagesAndFallsBackToChinese() {
        assertEquals("代码 Z-1 已被其他单位使用，请换一个代码。",
                Messages.text(Locale.SIMPLIFIED_CHINESE, "unit.code.duplicate", List.of("Z-1")));
        assertEquals("code Z-1 is already used by another unit; choose another code.",
                Messages.text(Locale.ENGLISH, "unit.code.duplicate", List.of("Z-1")));
        assertEquals(Messages.text(Locale.SIMPLIFIED_CHINESE, "field.required", List.of()),
                Messages.text(Locale.GERMAN, "field.required", List.of()));
    }
}
