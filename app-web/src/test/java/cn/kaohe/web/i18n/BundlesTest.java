package cn.kaohe.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Set<String> zh = new TreeSet<>(load("messages_zh_CN.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
        assertFalse(zh.isEmpty());
        assertEquals(zh, en);
    }

    @Test
    void everyKeyAPageUsesExists() throws IOException {
        Set<String> keys = load("messages_zh_CN.properties").stringPropertyNames();
        Pattern use = Pattern.compile("msg\\['([^']+)'\\]");
        int uses = 0;
        for (Path page : pages()) {
            Matcher m = use.matcher(Files.readString(page));
            while (m.find()) {
                uses++;
                assertTrue(keys.contains(m.group(1)), page + " uses a missing key " + m.group(1));
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
