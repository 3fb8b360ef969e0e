package cn.kaohe.scoring.peer;

import cn.kaohe.scoring.ranking.InvalidConfigurationException;
import cn.kaohe.scoring.ranking.RankedUnit;
import cn.kaohe.scoring.ranking.Ranking;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 排名赋分 by table: "排名1-5名依次赋予60分、57分、54分、51分、48分", places beyond the table get
 * {@code beyondTable}. Tied units either all get the points of their shared (best) place, or the mean of the points
 * of the places they occupy. Exact.
 *
 * @param ruleId        the rule or scheme item
 * @param pointsByPlace points for place 1, 2, … (non-increasing, none negative)
 * @param beyondTable   points for places after the table (default 0)
 * @param ties          how tied units share
 * @param direction     which values are better
 */
public record RankPointsTable(String ruleId, List<BigDecimal> pointsByPlace, BigDecimal beyondTable, TieSharing ties,
        Direction direction) {

    /** How tied units share the points of the places they occupy. */
    public enum TieSharing {
        /** All tied units get the points of their shared rank (the best of the places). Default. */
        SHARED_RANK,
        /** Each gets the mean of the points of the places the tie occupies. */
        AVERAGE_OF_PLACES
    }

    public RankPointsTable {
        Objects.requireNonNull(ruleId, "ruleId");
        if (pointsByPlace == null || pointsByPlace.isEmpty()) {
            throw InvalidConfigurationException.of("rankPoints.table.empty", "rank points " + ruleId);
        }
        pointsByPlace = List.copyOf(pointsByPlace);
        beyondTable = beyondTable == null ? BigDecimal.ZERO : beyondTable;
        ties = ties == null ? TieSharing.SHARED_RANK : ties;
        direction = direction == null ? Direction.HIGHER_IS_BETTER : direction;
        BigDecimal previous = null;
        for (int i = 0; i < pointsByPlace.size(); i++) {
            BigDecimal p = pointsByPlace.get(i);
            if (p.signum() < 0) {
                throw InvalidConfigurationException.of("rankPoints.points.negative", "rank points " + ruleId, i + 1);
            }
            if (previous != null && p.compareTo(previous) > 0) {
                throw InvalidConfigurationException.of("rankPoints.points.increasing", "rank points " + ruleId,
                        i + 1);
            }
            previous = p;
        }
        if (beyondTable.signum() < 0 || beyondTable.compareTo(previous) > 0) {
            throw InvalidConfigurationException.of("rankPoints.beyond.invalid", "rank points " + ruleId,
                    beyondTable.toPlainString());
        }
    }

    /** Points for the values of one tier (unit → value), in ranking order. */
    public Map<String, PeerScore> score(Map<String, BigDecimal> values) {
        PeerInput.validate(values, ruleId);
        Ranking ranking = PeerInput.rank(values, direction);
        Map<String, PeerScore> out = new LinkedHashMap<>();
        for (RankedUnit u : ranking.units()) {
            BigDecimal points;
            String detail;
            int tieSize = u.tiedWith().size() + 1;
            if (ties == TieSharing.AVERAGE_OF_PLACES && tieSize > 1) {
                BigDecimal sum = BigDecimal.ZERO;
                for (int place = u.rank(); place < u.rank() + tieSize; place++) {
                    sum = sum.add(pointsAt(place));
                }
                points = sum.divide(BigDecimal.valueOf(tieSize), MathContext.DECIMAL128);
                detail = "places " + u.rank() + "-" + (u.rank() + tieSize - 1) + " tied: mean points "
                        + points.toPlainString();
            } else {
                points = pointsAt(u.rank());
                detail = "place " + u.rank() + (tieSize > 1 ? " (tied)" : "") + " → " + points.toPlainString();
            }
            out.put(u.unitId(), new PeerScore(u.unitId(), values.get(u.unitId()), u.rank(), points,
                    detail + " [" + ruleId + "]"));
        }
        return out;
    }

    private BigDecimal pointsAt(int place) {
        return place <= pointsByPlace.size() ? pointsByPlace.get(place - 1) : beyondTable;
    }
}
