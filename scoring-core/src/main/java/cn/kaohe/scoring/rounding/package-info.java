/**
 * Exact numbers: the one explicit {@link cn.kaohe.scoring.rounding.RoundingPolicy} a scheme may declare
 * (RULES.md TS-20 is the only seed rule that rounds), the exact fraction {@link cn.kaohe.scoring.rounding.Ratio}
 * the engine computes with, and {@link cn.kaohe.scoring.rounding.Decimals}, the single place where a
 * {@link java.math.MathContext} ({@code DECIMAL128}) turns a fraction into a decimal.
 *
 * <p>No binary floating-point type is used anywhere in scoring-core; decimals enter as strings.
 */
package cn.kaohe.scoring.rounding;
