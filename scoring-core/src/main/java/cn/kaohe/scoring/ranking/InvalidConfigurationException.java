package cn.kaohe.scoring.ranking;

import java.util.List;

/**
 * A population-level rule (quota, award ladder, trigger, reward table, check…) is configured wrongly: the scheme must
 * be fixed before it can be used. Carries a stable message key (translated by the web bundles), its arguments and the
 * offending configuration item.
 *
 * <p>Used by the packages {@code ranking}, {@code reward}, {@code compliance}, {@code peer} and {@code statistics},
 * which were written before the engine-wide exception types existed.
 */
public final class InvalidConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final List<Object> args;
    private final String item;

    private InvalidConfigurationException(String key, String item, List<Object> args) {
        super(key + " " + args + " at " + item);
        this.key = key;
        this.item = item;
        this.args = args;
    }

    /**
     * @param key  stable message key, e.g. {@code quota.percent.outOfRange}
     * @param item the offending configuration item, e.g. {@code quota ZD-29}
     * @param args message arguments, in the order the bundle text uses them
     */
    public static InvalidConfigurationException of(String key, String item, Object... args) {
        return new InvalidConfigurationException(key, item, List.of(args));
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }

    public String item() {
        return item;
    }
}
