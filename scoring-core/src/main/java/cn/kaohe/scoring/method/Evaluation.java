package cn.kaohe.scoring.method;

/** What a method may report while it evaluates one indicator instance (implemented by the engine). */
public interface Evaluation {

    /** The indicator instance's label for flags, e.g. {@code year_end:I2} or {@code social}. */
    String label();

    /** Adds a result flag (e.g. {@code TARGET_MISSING:year_end:I2}). */
    void flag(String flag);

    /** Marks the unit's result INCOMPLETE (missing target, survey below minimum …) with a flag. */
    void incomplete(String flag);

    /** Rejects the unit's data: this indicator's input is invalid ({@code key} is a stable message key). */
    void reject(String key, String message, String... args);
}
