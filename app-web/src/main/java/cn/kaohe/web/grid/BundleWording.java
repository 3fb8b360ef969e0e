package cn.kaohe.web.grid;

import cn.kaohe.exchange.boundary.Wording;
import cn.kaohe.web.i18n.Messages;
import cn.kaohe.web.i18n.ScoringMessages;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;

/** Texts of workbooks and PDFs in one language, from the application bundles and scoring-core's flag texts. */
public final class BundleWording implements Wording, Serializable {

    private static final long serialVersionUID = 1L;

    private final Locale locale;

    public BundleWording(Locale locale) {
        this.locale = Messages.supported(locale);
    }

    @Override
    public String text(String key, Object... args) {
        return Messages.text(locale, key, Arrays.stream(args).map(String::valueOf).toList());
    }

    @Override
    public String flag(String flag) {
        return ScoringMessages.flag(locale, flag);
    }
}
