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
