package cn.kaohe.exchange.boundary;

/**
 * Texts in the caller's language for workbooks and PDFs, supplied by the web layer from its bundles (app-ejb has none):
 * labels by key, and scoring-core's flags in words.
 */
public interface Wording {

    /** The text of a bundle key with arguments ({@code exchange.results.rank} → 排名). */
    String text(String key, Object... args);

    /** A scoring-core result flag in words ({@code VETO:安全生产} → 一票否决：安全生产). */
    String flag(String flag);
}
