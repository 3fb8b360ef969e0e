package cn.kaohe.scoring.method;

import cn.kaohe.scoring.input.NodeInput;
import cn.kaohe.scoring.rounding.Division;
import cn.kaohe.scoring.rounding.Ratio;
import java.math.BigDecimal;

/** How a leaf indicator turns its input into points. Implementations are immutable and thread-safe. */
public sealed interface ScoringMethod permits Proration, Deduction, Survey, Discretionary, TierContribution {

    /** The method's name in scheme files and explanations ({@code PRORATION}, {@code SURVEY} …). */
    String name();

    /** Full marks of the leaf. */
    BigDecimal maxPoints();

    /** Evaluates one instance of the leaf; reports flags, incompleteness and rejections to {@code eval}. */
    LeafOutcome evaluate(NodeInput input, Evaluation eval);

    /**
     * The leaf's value alone, when the method can tell it from {@code input} with nothing to report (no flag, no
     * incompleteness, no rejection): the same number as {@code division.settle(evaluate(input, eval).value())},
     * made without the explanation's parts. The engine scores with it and re-derives the rest of the indicator line
     * (inputs, factor, bound) from the same input by {@link #evaluate} when the explanation is read, so the
     * explanation is the same as if it had been made while scoring. Null when the method has no such shortcut or
     * the input needs {@link #evaluate} (missing, invalid or flagged values): the engine then calls it.
     *
     * @param input    the leaf's input
     * @param division the scheme's division policy (how a quotient is kept)
     * @return the value, or null
     */
    default Ratio valueOnly(NodeInput input, Division division) {
        return null;
    }
}
