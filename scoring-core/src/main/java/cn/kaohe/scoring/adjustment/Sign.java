package cn.kaohe.scoring.adjustment;

/** Whether a table adds to (加分) or subtracts from (扣分/差分) the total. */
public enum Sign { BONUS, DEDUCTION }
