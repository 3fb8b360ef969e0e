package cn.kaohe.platform.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The one canonical JSON form used for hashing: object members sorted by name, no insignificant whitespace, numbers
 * written as plain decimals without trailing zeros ({@code 90.50} → {@code 90.5}, {@code 1E+2} → {@code 100}),
 * strings and array order unchanged. Two documents that mean the same to scoring-core and differ only in member
 * order, spacing or number notation have the same canonical text, so the same SHA-256.
 */
public final class CanonicalJson {

    /** Reads numbers as BigDecimal, so no binary floating point ever touches an input. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private CanonicalJson() {
    }

    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The canonical text of a document. */
    public static String canonical(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(canonicalNode(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String canonical(String json) {
        return canonical(parse(json));
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes of a text. */
    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static JsonNode canonicalNode(JsonNode node) {
        JsonNodeFactory f = JsonNodeFactory.withExactBigDecimals(true);
        if (node == null || node.isNull() || node.isMissingNode()) {
            return f.nullNode();
        }
        if (node.isObject()) {
            ObjectNode out = f.objectNode();
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            for (String name : names) {
                out.set(name, canonicalNode(node.get(name)));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = f.arrayNode();
            node.forEach(child -> out.add(canonicalNode(child)));
            return out;
        }
        if (node.isNumber()) {
            BigDecimal value = node.decimalValue();
            BigDecimal canon = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
            if (canon.scale() < 0) {
                canon = canon.setScale(0);
            }
            return f.numberNode(canon);
        }
        return node;
    }
}
