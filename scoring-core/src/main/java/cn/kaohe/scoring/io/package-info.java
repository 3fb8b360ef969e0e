/**
 * Scheme files in JSON: {@link cn.kaohe.scoring.io.SchemeReader} reads a file (or a shipped template under
 * {@code cn/kaohe/scoring/schemes/}) and collects every problem — unknown fields, text where a number belongs,
 * unknown enum values, and everything {@link cn.kaohe.scoring.scheme.SchemeValidator} finds — into one
 * {@link cn.kaohe.scoring.scheme.SchemeException}; {@link cn.kaohe.scoring.io.SchemeWriter} writes a scheme back.
 * {@link cn.kaohe.scoring.io.UnitDataReader} reads one unit's data, rejecting bad values with an
 * {@link cn.kaohe.scoring.input.InputException}. The format is documented in {@code docs/scheme-format.md}.
 */
package cn.kaohe.scoring.io;
