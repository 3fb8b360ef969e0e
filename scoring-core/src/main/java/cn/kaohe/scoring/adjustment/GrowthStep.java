package cn.kaohe.scoring.adjustment;

import cn.kaohe.scoring.rounding.Decimals;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * VIL-18/25: {@code +bonusPerStep} per whole {@code stepPercent} points of growth when this year's figure is at
 * least {@code minCurrent} (5万元以上 includes 5; this year's figure is tested, §12 #17), and
 * {@code −penaltyPerStep} per whole step of decline (no threshold). Partial steps count for nothing; a previous
 * figure ≤ 0 makes growth undefined (no adjustment, flagged). No cap.
 *
 * <p>§12 #17 options: {@code thresholdOnPrevious} tests last year's figure against {@code minCurrent} instead of this
 * year's (default false); {@code partialSteps} counts fractions of a step (default false: whole steps only).
 * {@code undefinedFlag} is the flag raised when growth is undefined (default {@code GROWTH_UNDEFINED:<id>}).
 */
public record GrowthStep(String id, String ruleId, BigDecimal minCurrent, BigDecimal stepPercent,
                         BigDecimal bonusPerStep, BigDecimal penaltyPerStep, boolean thresholdOnPrevious,
                         boolean partialSteps, String undefinedFlag) {

    /** Growth options without a custom flag. */
    public GrowthStep(String id, String ruleId, BigDecimal minCurrent, BigDecimal stepPercent, BigDecimal bonusPerStep,
                      BigDecimal penaltyPerStep, boolean thresholdOnPrevious, boolean partialSteps) {
        this(id, ruleId, minCurrent, stepPercent, bonusPerStep, penaltyPerStep, thresholdOnPrevious, partialSteps,
                null);
    }

    /** The oracle's reading: this year's figure is tested, whole steps only. */
    public GrowthStep(String id, String ruleId, BigDecimal minCurrent, BigDecimal stepPercent, BigDecimal bonusPerStep,
                      BigDecimal penaltyPerStep) {
        this(id, ruleId, minCurrent, stepPercent, bonusPerStep, penaltyPerStep, false, false, null);
    }

    public GrowthStep {
        Objects.requireNonNull(id, "id");
        minCurrent = Decimals.canon(minCurrent == null ? BigDecimal.ZERO : minCurrent);
        stepPercent = Decimals.canon(Objects.requireNonNull(stepPercent, "stepPercent"));
        bonusPerStep = Decimals.canon(bonusPerStep == null ? BigDecimal.ZERO : bonusPerStep);
        penaltyPerStep = Decimals.canon(penaltyPerStep == null ? BigDecimal.ZERO : penaltyPerStep);
        undefinedFlag = undefinedFlag == null ? "GROWTH_UNDEFINED:" + id : undefinedFlag;
    }
}
