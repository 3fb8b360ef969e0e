package cn.kaohe.scoring.input;

import cn.kaohe.scoring.rounding.Decimals;
import java.math.BigDecimal;

/** This year's and last year's figure for a growth-step rule (VIL-18/25: 集体经济纯收入, 万元). */
public record Growth(BigDecimal current, BigDecimal previous) {

    public Growth {
        current = Decimals.canon(current);
        previous = Decimals.canon(previous);
    }

    public static Growth of(String current, String previous) {
        return new Growth(Decimals.of(current), Decimals.of(previous));
    }
}
