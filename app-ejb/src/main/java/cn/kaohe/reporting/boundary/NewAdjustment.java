package cn.kaohe.reporting.boundary;

import java.time.LocalDate;

/**
 * A bonus claim or deduction record against one of the scheme's adjustment tables.
 *
 * @param unitCode     the unit
 * @param table        the table id ({@code commendation}, {@code conduct} …); bonus or deduction follows its sign
 * @param key          the row (award level or issuer, e.g. {@code party_gov/province}); null for entered-value tables
 * @param work         the piece of work it is for (highest-per-work tables)
 * @param value        the entered points, for tables without rows
 * @param count        how many times (e.g. number of criticisms), default 1
 * @param documentDate the document's date (VIL-20, TS-16)
 * @param rectified    for deductions: whether the problem was rectified (VIL-24)
 * @param reason       why (mandatory for deductions, TS-07)
 */
public record NewAdjustment(String unitCode, String table, String key, String work, String value, Integer count,
        LocalDate documentDate, Boolean rectified, String reason) {
}
