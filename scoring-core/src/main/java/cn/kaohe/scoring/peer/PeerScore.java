package cn.kaohe.scoring.peer;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One unit's peer-relative result, explaining itself.
 *
 * @param unitId the unit
 * @param value  its indicator value
 * @param rank   its competition rank among the peers (1 = best in the configured direction)
 * @param points the points (or normalised value, or z-score) it receives
 * @param detail the arithmetic, written out
 */
public record PeerScore(String unitId, BigDecimal value, int rank, BigDecimal points, String detail) {

    @Override
    public boolean equals(Object o) {
        return o instanceof PeerScore p && unitId.equals(p.unitId) && value.compareTo(p.value) == 0
                && rank == p.rank && points.compareTo(p.points) == 0 && detail.equals(p.detail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(unitId, value.stripTrailingZeros(), rank, points.stripTrailingZeros());
    }
}
