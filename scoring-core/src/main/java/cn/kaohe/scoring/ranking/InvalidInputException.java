package cn.kaohe.scoring.ranking;

import cn.kaohe.scoring.input.InputException;
import cn.kaohe.scoring.input.InputProblem;
import java.util.List;

/**
 * The data of one unit (or of one population) is wrong: this record is rejected, the configuration stays usable.
 * An {@link InputException} with one {@link InputProblem}, so callers that handle input errors handle these too; it
 * also exposes the unit (or data item), the stable message key and its arguments directly.
 */
public final class InvalidInputException extends InputException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient List<Object> args;
    private final String unitId;

    private InvalidInputException(String key, String unitId, List<Object> args) {
        super(List.of(new InputProblem(unitId, "population", key,
                args.stream().map(String::valueOf).toList(), key + " " + args)));
        this.key = key;
        this.unitId = unitId;
        this.args = args;
    }

    /**
     * @param key    stable message key, e.g. {@code ranking.unit.duplicate}
     * @param unitId the unit (or data item) whose data is wrong
     * @param args   message arguments
     */
    public static InvalidInputException of(String key, String unitId, Object... args) {
        return new InvalidInputException(key, unitId, java.util.Collections.unmodifiableList(java.util.Arrays.asList(args.clone())));
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }

    public String unitId() {
        return unitId;
    }
}
