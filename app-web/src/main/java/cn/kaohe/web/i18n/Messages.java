package cn.kaohe.web.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Translates message keys with the application bundles. Only two languages exist: {@code en} for a request
 * that asks for English, Simplified Chinese for everything else (the default).
 */
public final class Messages {

    public static final String BUNDLE = "cn.kaohe.web.i18n.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Messages() {
    }

    /** The supported locale closest to the requested one. */
    public static Locale supported(Locale requested) {
        return requested != null && ENGLISH.getLanguage().equals(requested.getLanguage()) ? ENGLISH : CHINESE;
    }

    public static String text(Locale locale, String key, List<String> args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key + args;
        }
        return new MessageFormat(pattern, supported(locale)).format(args.toArray());
    }
}
