package cn.kaohe.scoring.ranking;

import java.util.Objects;

/**
 * Why a unit may not receive a quota place or an award although it keeps its score and rank: a disqualifier
 * (ZD-31: 特大生产安全事故, 黄牌警告, 腐败案件) or a one-vote veto that blocks honours (TB-20: 安全生产 …).
 *
 * @param reason what happened, as the scheme or the data names it
 * @param ruleId the rule that gives it this effect, e.g. {@code ZD-31}
 */
public record Exclusion(String reason, String ruleId) {

    public Exclusion {
        if (reason == null || reason.isBlank()) {
            throw InvalidConfigurationException.of("exclusion.reason.missing", String.valueOf(ruleId));
        }
        Objects.requireNonNull(ruleId, "ruleId");
    }

    public static Exclusion of(String reason, String ruleId) {
        return new Exclusion(reason, ruleId);
    }
}
