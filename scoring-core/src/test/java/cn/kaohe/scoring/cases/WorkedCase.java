package cn.kaohe.scoring.cases;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Verifies one worked case of {@code ../shared/spec/cases.json} against scoring-core.
 *
 * <p>One implementation per case {@code kind}, named after it: kind {@code zd_rank} is verified by
 * {@code ZdRankCase}. An implementation maps the case's {@code inputs} onto a shipped scheme file and unit
 * data, runs the engine, and asserts every field of {@code expected} (never a hard-coded answer).
 */
public interface WorkedCase {

    /**
     * @param workedCase the whole case object: {@code id}, {@code scheme}, {@code kind}, {@code rules},
     *                   {@code inputs}, {@code expected}
     */
    void verify(JsonNode workedCase) throws Exception;
}
