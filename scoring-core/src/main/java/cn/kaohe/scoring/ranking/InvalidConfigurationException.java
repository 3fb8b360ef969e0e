package cn.kaohe.scoring.ranking;

import cn.kaohe.scoring.scheme.Problem;
import cn.kaohe.scoring.scheme.SchemeException;
import java.util.List;

/**
 * A population-level rule (quota, award ladder, trigger, reward table, check…) is configured wrongly: the scheme must
 * be fixed before it can be used. A {@link SchemeException} with one {@link Problem}, so callers that handle scheme
 * errors handle these too; it also exposes the stable message key (translated by the web bundles), its arguments and
 * the offending configuration item directly.
 *
 * <p>Thrown by the packages {@code ranking}, {@code reward}, {@code compliance}, {@code peer} and {@code statistics}.
 */
public final class InvalidConfigurationException extends SchemeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient List<Object> args;
    private final String item;

    private InvalidConfigurationException(String key, String item, List<Object> args) {
        super(List.of(Problem.at(item, key, key + " " + args, "correct " + item + " in the scheme",
                args.stream().map(String::valueOf).toArray(String[]::new))));
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
        return new InvalidConfigurationException(key, item, java.util.Collections.unmodifiableList(java.util.Arrays.asList(args.clone())));
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
