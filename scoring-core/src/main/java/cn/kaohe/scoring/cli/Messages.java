package cn.kaohe.scoring.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders {@link Message}s from the bundle {@code cn/kaohe/scoring/cli/messages} (English now; a {@code zh_CN}
 * bundle with the same keys can be added later). A key missing from the bundle is shown as the key and its
 * arguments, never as an exception.
 */
final class Messages {

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    static Messages english() {
        return new Messages(ResourceBundle.getBundle("cn.kaohe.scoring.cli.messages", Locale.ROOT), Locale.ROOT);
    }

    String render(Message m) {
        return get(m.key(), m.args().toArray());
    }

    String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            StringBuilder sb = new StringBuilder(key);
            for (Object a : args) {
                sb.append(' ').append(a);
            }
            return sb.toString();
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(stringify(args));
    }

    private static Object[] stringify(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // numbers are rendered exactly as the engine gives them, never with locale grouping
            out[i] = args[i] instanceof java.math.BigDecimal d ? d.toPlainString() : String.valueOf(args[i]);
        }
        return out;
    }
}
