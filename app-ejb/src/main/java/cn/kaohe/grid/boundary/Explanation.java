package cn.kaohe.grid.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * scoring-core's explanation of a unit, scored from the values entered so far (a preview: nothing is stored). For an
 * assessor, only the lines of their assigned indicators are shown ({@code partial}) and no total.
 *
 * @param unitCode   the unit
 * @param category   its category
 * @param status     {@code COMPLETE}, {@code INCOMPLETE} or {@code INVALID} (scoring-core refused the data)
 * @param finalScore the final score (exact decimal text) or null (incomplete, invalid or partial)
 * @param grade      the grade or null
 * @param flags      scoring-core's flags (untranslated; the web layer words them)
 * @param lines      per leaf or item: inputs, method, factor, cap/floor, rule id, value, contribution
 * @param problems   scoring-core's input problems when the data is invalid
 * @param partial    whether lines were limited to the caller's assigned indicators
 */
public record Explanation(String unitCode, String category, String status, String finalScore, String grade,
        List<String> flags, List<Line> lines, List<Problem> problems, boolean partial) implements Serializable {

    /** One explained leaf; decimals as exact text. */
    public record Line(String path, String name, String method, Map<String, String> inputs, String factor,
            String bound, String ruleId, String value, String contribution) implements Serializable {
    }

    /** A unit-data problem: where, scoring-core's key, its English text and arguments. */
    public record Problem(String indicator, String key, String message, List<String> args) implements Serializable {
    }
}
