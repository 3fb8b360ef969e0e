package cn.kaohe.scoringrun.control;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;

/**
 * scoring-core's explained {@code UnitResult} as JSON: every component of the record, decimals as exact strings
 * ({@code "89.96"}), never binary numbers. The same result always gives the same text (the engine's maps keep their
 * order), which is what "verify run" compares.
 */
public final class ResultJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        MAPPER.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
        MAPPER.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    private ResultJson() {
    }

    public static String write(Object result) {
        try {
            return MAPPER.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a result as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
