package cn.kaohe.scoring.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The population-level rules of the seed schemes as data ({@code population-rules.json} beside this class), bound to
 * the value types of {@code ranking} and {@code reward} with Jackson: the verifiers configure the engine from data,
 * never from hard-coded answers.
 */
final class PopulationRules {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNode ROOT = load();

    private PopulationRules() {
    }

    private static JsonNode load() {
        try (InputStream in = PopulationRules.class.getResourceAsStream("population-rules.json")) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The node at a JSON pointer such as {@code /ZD/groups/township}. */
    static JsonNode node(String pointer) {
        JsonNode n = ROOT.at(pointer);
        if (n.isMissingNode()) {
            throw new IllegalArgumentException("no population rule at " + pointer);
        }
        return n;
    }

    static <T> T read(String pointer, Class<T> type) {
        try {
            return MAPPER.treeToValue(node(pointer), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- helpers for reading case inputs ----

    static BigDecimal decimal(JsonNode n) {
        return new BigDecimal(n.asText());
    }

    /**
     * Asserts a decimal of a case against a computed one. The oracle computes with Python's {@code decimal} (28
     * significant digits, half-even); a 28-digit expected value is compared with the computed value rounded the same
     * way, every other one exactly.
     */
    static void assertDecimal(JsonNode expected, BigDecimal actual, String message) {
        BigDecimal want = decimal(expected);
        BigDecimal got = want.precision() >= 28
                ? actual.round(new java.math.MathContext(want.precision(), java.math.RoundingMode.HALF_EVEN))
                : actual;
        org.junit.jupiter.api.Assertions.assertEquals(0, want.compareTo(got),
                message + ": expected " + want.toPlainString() + " but was " + actual.toPlainString());
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(e -> out.add(e.asText()));
        }
        return out;
    }

    static List<BigDecimal> decimals(JsonNode array) {
        List<BigDecimal> out = new ArrayList<>();
        array.forEach(e -> out.add(decimal(e)));
        return out;
    }
}
