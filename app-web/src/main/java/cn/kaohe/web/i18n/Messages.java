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
    /**
     * Feature bundles, searched after {@link #BUNDLE} for a service key; pages reach them through the variables
     * declared in faces-config.xml. A key lives in exactly one bundle (BundlesTest checks it).
     */
    public static final List<String> FEATURE_BUNDLES = List.of("office", "reporting", "grid", "results", "workflow",
            "rectification");
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Messages() {
    }

    /** The supported locale closest to the requested one. */
    public static Locale supported(Locale requested) {
        return requested != null && ENGLISH.getLanguage().equals(requested.getLanguage()) ? ENGLISH : CHINESE;
    }

    public static String text(Locale locale, String key, List<String> args) {
        String pattern = find(BUNDLE, locale, key);
        for (int i = 0; pattern == null && i < FEATURE_BUNDLES.size(); i++) {
            pattern = find("cn.kaohe.web.i18n." + FEATURE_BUNDLES.get(i), locale, key);
        }
        if (pattern == null) {
            return key + args;
        }
        return new MessageFormat(pattern, supported(locale)).format(args.toArray());
    }

    private static String find(String baseName, Locale locale, String key) {
        ResourceBundle bundle = ResourceBundle.getBundle(baseName, supported(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
