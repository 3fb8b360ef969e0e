package cn.kaohe.scoring.ranking;

import java.math.BigDecimal;

/** Scale-insensitive equality and hashing of decimals for the value types of this package. */
final class Decimals {

    private Decimals() {
    }

    static boolean same(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.compareTo(b) == 0;
    }

    static int hash(BigDecimal a) {
        return a == null ? 0 : a.stripTrailingZeros().hashCode();
    }
}
