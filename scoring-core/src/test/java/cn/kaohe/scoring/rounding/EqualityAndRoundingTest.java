package cn.kaohe.scoring.rounding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.kaohe.scoring.aggregation.Period;
import cn.kaohe.scoring.input.NodeInput;
import cn.kaohe.scoring.outcome.GradeBand;
import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

/** Value types compare numbers, not scales; rounding is explicit and never UNNECESSARY. */
class EqualityAndRoundingTest {

    @Property
    void equalityAndHashingIgnoreScale(@ForAll @BigRange(min = "-1000", max = "1000") @Scale(3) BigDecimal v,
                                       @ForAll @IntRange(min = 0, max = 6) int extra) {
        BigDecimal wider = v.setScale(v.scale() + extra);
        assertEquals(new NodeInput.Score(v), new NodeInput.Score(wider));
        assertEquals(new NodeInput.Score(v).hashCode(), new NodeInput.Score(wider).hashCode());
        assertEquals(new Period("p", v), new Period("p", wider));
        assertEquals(new GradeBand("g", v, null, true, false), new GradeBand("g", wider, null, true, false));
        assertEquals(Ratio.of(v), Ratio.of(wider));
        assertEquals(Ratio.of(v).hashCode(), Ratio.of(wider).hashCode());
    }

    @Test
    void roundsHalfUpToOneDecimalTs20() {
        RoundingPolicy ts = RoundingPolicy.oneDecimalHalfUp();
        assertEquals(0, new BigDecimal("80.0").compareTo(ts.apply(new BigDecimal("79.95"))));
        assertEquals(0, new BigDecimal("59.9").compareTo(ts.apply(new BigDecimal("59.94"))));
    }

    @Test
    void rejectsUnnecessaryRounding() {
        assertThrows(IllegalArgumentException.class, () -> RoundingPolicy.of(1, RoundingMode.UNNECESSARY));
    }

    @Test
    void exactFractionsAvoidDivisionDriftXj12() {
        Ratio key = Ratio.of(new BigDecimal("7950"), new BigDecimal("90")); // (85·30 + 90·60) / 90
        assertEquals(0, new BigDecimal("79.5").compareTo(key.times(new BigDecimal("0.9")).value()));
    }

    @Test
    void aWeightOrDivisorOfOneInAnyScaleLeavesAFractionUnchangedXj12() {
        Ratio third = Ratio.of(BigDecimal.ONE, new BigDecimal("3"));
        for (String one : new String[] {"1", "1.0", "1.00"}) {
            assertEquals(third, third.times(new BigDecimal(one)));
            assertEquals(third, third.dividedBy(new BigDecimal(one)));
        }
        assertEquals(Ratio.of("0.7"), third.times(new BigDecimal("2.1")));
        assertEquals(0, Ratio.of(new BigDecimal("1.5"), BigDecimal.ONE).compareTo(Ratio.ONE) > 0 ? 0 : 1);
        assertEquals(0, Ratio.of(new BigDecimal("2"), new BigDecimal("3")).compareTo(Ratio.ONE) < 0 ? 0 : 1);
    }

    @Property
    void wholeDecimalsCompareAsDecimals(@ForAll @Scale(3) @BigRange(min = "-1000", max = "1000") BigDecimal a,
                                        @ForAll @Scale(2) @BigRange(min = "-1000", max = "1000") BigDecimal b) {
        assertEquals(Integer.signum(a.compareTo(b)), Integer.signum(Ratio.of(a).compareTo(Ratio.of(b))));
        assertEquals(Integer.signum(a.compareTo(BigDecimal.ONE)), Integer.signum(Ratio.of(a).compareTo(Ratio.ONE)));
    }
}
