package cn.kaohe.scoring.input;

import cn.kaohe.scoring.rounding.Decimals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One bonus or deduction claimed for a unit: a row of an adjustment table of the scheme.
 *
 * @param table     the scheme's adjustment table id ("commendation", "criticism", "demerit" …)
 * @param key       the row of the table (level or issuer, e.g. "party_gov/province"); null for entered values
 * @param work      the piece of work or project it concerns (for highest-level-only rules), may be null
 * @param count     occurrences (按次累计), ≥ 1
 * @param value     the points when the table takes entered values (TB bonus, TS-18 demerit), else null
 * @param evidence  whether the document was provided and confirmed (TB-06, VIL-19); null = not stated
 * @param docDate   the document's issue date (VIL-20, TS-16); null = not stated
 * @param rectified for inspection problems: whether rectified (VIL-24); null = not applicable
 */
public record Claim(String table, String key, String work, int count, BigDecimal value, Boolean evidence,
                    LocalDate docDate, Boolean rectified) {

    public Claim {
        Objects.requireNonNull(table, "table");
        value = Decimals.canon(value);
    }

    public static Claim of(String table, String key) {
        return new Claim(table, key, null, 1, null, null, null, null);
    }

    public static Claim entered(String table, String value) {
        return new Claim(table, null, null, 1, Decimals.of(value), null, null, null);
    }

    public Claim withWork(String work) {
        return new Claim(table, key, work, count, value, evidence, docDate, rectified);
    }

    public Claim withCount(int count) {
        return new Claim(table, key, work, count, value, evidence, docDate, rectified);
    }

    public Claim withEvidence(Boolean evidence) {
        return new Claim(table, key, work, count, value, evidence, docDate, rectified);
    }

    public Claim withDocDate(LocalDate docDate) {
        return new Claim(table, key, work, count, value, evidence, docDate, rectified);
    }

    public Claim withRectified(Boolean rectified) {
        return new Claim(table, key, work, count, value, evidence, docDate, rectified);
    }
}
