package cn.kaohe.scoring.peer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Properties of the normalisations over random tiers. */
class PeerPropertiesTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Property
    void minMaxStaysWithinZeroAndTheScale(@ForAll @Size(min = 1, max = 30) List<@IntRange(min = -500, max = 500) Integer> raw) {
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            v.put("U" + i, BigDecimal.valueOf(raw.get(i), 1));
        }
        for (PeerScore p : new MinMaxNormalisation("x", d("30"), Direction.LOWER_IS_BETTER, null).score(v).values()) {
            assertTrue(p.points().signum() >= 0 && p.points().compareTo(d("30")) <= 0);
        }
    }

    @Property
    void zScoresSumToZero(@ForAll @Size(min = 2, max = 30) List<@IntRange(min = 0, max = 1000) Integer> raw) {
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            v.put("U" + i, BigDecimal.valueOf(raw.get(i)));
        }
        BigDecimal sum = ZScoreNormalisation.of("x").score(v).values().stream().map(PeerScore::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertTrue(sum.abs().compareTo(new BigDecimal("1E-25")) < 0, sum.round(MathContext.DECIMAL64).toString());
    }
}
