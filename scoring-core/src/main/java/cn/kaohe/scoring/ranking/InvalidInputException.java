package cn.kaohe.scoring.ranking;

import java.util.List;

/**
 * The data of one unit (or of one population) is wrong: this record is rejected, the configuration stays usable.
 * Names the unit (or data item) with a stable message key and arguments.
 */
public final class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final List<Object> args;
    private final String unitId;

    private InvalidInputException(String key, String unitId, List<Object> args) {
        super(key + " " + args + " for " + unitId);
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
        return new InvalidInputException(key, unitId, List.of(args));
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
