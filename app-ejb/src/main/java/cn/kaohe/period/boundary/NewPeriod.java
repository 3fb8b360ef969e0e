package cn.kaohe.period.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * A request to open an assessment period. Sub-periods are those the scheme's splits need; {@code deadlines} sets
 * a reporting deadline per sub-period code (optional).
 *
 * @param code          unique period code ({@code ZD-2026})
 * @param name          display name
 * @param year          assessment year
 * @param schemeKey     the scheme's key
 * @param schemeVersion the version to bind (frozen from now on)
 * @param deadlines     deadlines per sub-period
 */
public record NewPeriod(String code, String name, Integer year, String schemeKey, Integer schemeVersion,
        List<Deadline> deadlines) {

    /** A reporting deadline of one sub-period. */
    public record Deadline(String subPeriod, LocalDate deadline) {
    }
}
