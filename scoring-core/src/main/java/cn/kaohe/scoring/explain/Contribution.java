package cn.kaohe.scoring.explain;

import java.math.BigDecimal;

/**
 * A signed amount the final score is made of. Sources: {@code indicator:<path>}, {@code adjustment:<table>},
 * {@code cap:<group>}, {@code growth:<rule>}, {@code veto}, {@code rounding}, and {@code residual} (the last
 * digit of a 34-digit division, only when non-zero). They add up exactly to the final score.
 */
public record Contribution(String source, BigDecimal amount) {
}
