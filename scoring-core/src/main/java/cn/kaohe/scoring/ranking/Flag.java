package cn.kaohe.scoring.ranking;

import java.util.Objects;

/**
 * A condition an office must look at before publishing: an unfilled quota, fewer qualifiers than the minimum, a tie at
 * a cutoff.
 *
 * @param code   stable machine code, e.g. {@code QUOTA_NOT_FILLED}
 * @param ruleId the rule it comes from, e.g. {@code ZD-29}
 * @param text   the stable rendered form with its figures, e.g. {@code QUOTA_NOT_FILLED:1_of_2}
 */
public record Flag(String code, String ruleId, String text) {

    public Flag {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(text, "text");
    }

    public static Flag of(String code, String ruleId, String text) {
        return new Flag(code, ruleId, text);
    }

    @Override
    public String toString() {
        return text + " (" + ruleId + ")";
    }
}
