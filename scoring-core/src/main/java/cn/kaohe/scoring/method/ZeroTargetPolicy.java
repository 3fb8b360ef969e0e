package cn.kaohe.scoring.method;

/** What a target ≤ 0 means (RULES.md §12 #8; the seed is silent). */
public enum ZeroTargetPolicy {
    /** Oracle default: reaching the target (actual ≥ target, or ≤ for lower-is-better) earns full marks, flagged. */
    FULL_IF_REACHED,
    /** The indicator cannot be scored: the unit's result is INCOMPLETE. */
    INCOMPLETE
}
