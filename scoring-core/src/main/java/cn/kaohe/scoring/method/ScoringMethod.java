package cn.kaohe.scoring.method;

import cn.kaohe.scoring.input.NodeInput;
import java.math.BigDecimal;

/** How a leaf indicator turns its input into points. Implementations are immutable and thread-safe. */
public sealed interface ScoringMethod permits Proration, Deduction, Survey, Discretionary, TierContribution {

    /** The method's name in scheme files and explanations ({@code PRORATION}, {@code SURVEY} …). */
    String name();

    /** Full marks of the leaf. */
    BigDecimal maxPoints();

    /** Evaluates one instance of the leaf; reports flags, incompleteness and rejections to {@code eval}. */
    LeafOutcome evaluate(NodeInput input, Evaluation eval);
}
