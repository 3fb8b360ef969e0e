package cn.kaohe.scoring.reward;

/** How a deputy county head's portfolio (分管口) of unit scores is graded (XJ-25; RULES.md §12 #23). */
public enum PortfolioAggregation {
    /** Default: the mean of the unit scores, graded with the unit bands. */
    MEAN,
    /** The grade of the worst unit. */
    WORST,
    /** The most frequent unit grade; a tie between grades goes to the lower grade. */
    MAJORITY
}
