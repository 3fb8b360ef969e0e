/**
 * Peer-relative scoring of one indicator across the units of a tier:
 * {@link cn.kaohe.scoring.peer.RankPointsTable} (排名赋分 by table: "排名1-5名依次赋予60分、57分…"),
 * {@link cn.kaohe.scoring.peer.ProportionalToFirst} ("第1名得6分，第2-5名按第1名的比例得分"),
 * {@link cn.kaohe.scoring.peer.MinMaxNormalisation} and {@link cn.kaohe.scoring.peer.ZScoreNormalisation}.
 *
 * <p>Every method is configuration data (a record), takes {@code unit → value} for one tier and returns a
 * {@link cn.kaohe.scoring.peer.PeerScore} per unit with its rank and the arithmetic written out. Exact
 * {@code BigDecimal} with {@code MathContext.DECIMAL128} (the z-score's square root too); ties share their rank as in
 * {@link cn.kaohe.scoring.ranking.Ranking}. Immutable and thread-safe.
 */
package cn.kaohe.scoring.peer;
