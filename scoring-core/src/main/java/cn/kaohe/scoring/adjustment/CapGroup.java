package cn.kaohe.scoring.adjustment;

import cn.kaohe.scoring.rounding.Decimals;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A cap on the raw sum of the tables that name it (§12 #5: each raw sum capped separately, then netted):
 * ZD-18 累计加分不超过4分, ZD-23 累计扣分不超过4分, XJ-11 查访核验倒扣分不超过2分, XJ-15 投诉查处倒扣分不超过2分.
 *
 * @param id     group id
 * @param max    the cap (≥ 0)
 * @param ruleId RULES.md id
 * @param flag   the flag raised when the cap binds (e.g. {@code BONUS_CAPPED_AT_4})
 */
public record CapGroup(String id, BigDecimal max, String ruleId, String flag) {

    public CapGroup {
        Objects.requireNonNull(id, "id");
        max = Decimals.canon(Objects.requireNonNull(max, "max"));
    }
}
