package cn.kaohe.scoring.reward;

import java.math.BigDecimal;
import java.util.Map;

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

    static boolean sameValues(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        return a.entrySet().stream().allMatch(e -> same(e.getValue(), b.get(e.getKey())));
    }

    static int hashValues(Map<String, BigDecimal> a) {
        return a.entrySet().stream().mapToInt(e -> e.getKey().hashCode() ^ hash(e.getValue())).sum();
    }
}
