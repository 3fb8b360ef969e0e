package cn.kaohe.scoring.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaohe.scoring.ranking.InvalidConfigurationException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PeerScoringTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static Map<String, BigDecimal> values(String... v) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (int i = 0; i < v.length; i++) {
            out.put("U" + (i + 1), d(v[i]));
        }
        return out;
    }

    private static final RankPointsTable SIXTY = new RankPointsTable("排名赋分",
            List.of(d("60"), d("57"), d("54"), d("51"), d("48")), BigDecimal.ZERO, null, null);

    @Test
    void placesOneToFiveGetSixtyFiftySevenAndSoOn() {
        Map<String, PeerScore> s = SIXTY.score(values("10", "30", "20", "5", "40", "1"));
        assertEquals(0, d("60").compareTo(s.get("U5").points()));
        assertEquals(0, d("57").compareTo(s.get("U2").points()));
        assertEquals(0, d("48").compareTo(s.get("U4").points()));
        assertEquals(0, BigDecimal.ZERO.compareTo(s.get("U6").points()), "beyond the table");
    }

    @Test
    void tiedUnitsShareTheirRanksPointsOrTheMeanOfTheirPlaces() {
        assertEquals(0, d("60").compareTo(SIXTY.score(values("9", "9", "1")).get("U2").points()));
        RankPointsTable avg = new RankPointsTable("x", SIXTY.pointsByPlace(), null,
                RankPointsTable.TieSharing.AVERAGE_OF_PLACES, null);
        assertEquals(0, d("58.5").compareTo(avg.score(values("9", "9", "1")).get("U2").points()));
    }

    @Test
    void increasingTableIsRejected() {
        assertThrows(InvalidConfigurationException.class,
                () -> new RankPointsTable("x", List.of(d("1"), d("2")), null, null, null));
    }

    @Test
    void firstGetsSixAndRanksTwoToFiveInProportionToTheFirst() {
        ProportionalToFirst p = new ProportionalToFirst("第1名得6分", d("6"), 5, null, null);
        Map<String, PeerScore> s = p.score(values("200", "150", "100", "50", "40", "10"));
        assertEquals(0, d("6").compareTo(s.get("U1").points()));
        assertEquals(0, d("4.5").compareTo(s.get("U2").points()));
        assertEquals(0, d("1.2").compareTo(s.get("U5").points()));
        assertEquals(0, BigDecimal.ZERO.compareTo(s.get("U6").points()));
    }

    @Test
    void lowerIsBetterProportionInvertsTheRatio() {
        ProportionalToFirst p = new ProportionalToFirst("投诉", d("6"), 5, null, Direction.LOWER_IS_BETTER);
        Map<String, PeerScore> s = p.score(values("2", "4"));
        assertEquals(0, d("6").compareTo(s.get("U1").points()));
        assertEquals(0, d("3").compareTo(s.get("U2").points()));
    }

    @Test
    void minMaxMapsTheRangeOntoTheScale() {
        MinMaxNormalisation m = new MinMaxNormalisation("x", d("100"), null, null);
        Map<String, PeerScore> s = m.score(values("50", "75", "100"));
        assertEquals(0, BigDecimal.ZERO.compareTo(s.get("U1").points()));
        assertEquals(0, d("50").compareTo(s.get("U2").points()));
        assertEquals(0, d("100").compareTo(m.score(values("7", "7")).get("U1").points()), "all equal → full scale");
    }

    @Test
    void zScoresOfAKnownSample() {
        Map<String, PeerScore> s = ZScoreNormalisation.of("x").score(values("2", "4", "4", "4", "5", "5", "7", "9"));
        // mean 5, population sd 2
        assertEquals(0, d("-1.5").compareTo(s.get("U1").points()));
        assertEquals(0, d("2").compareTo(s.get("U8").points()));
        ZScoreNormalisation t = new ZScoreNormalisation("T", false, null, d("50"), d("10"));
        assertEquals(0, d("70").compareTo(t.score(values("2", "4", "4", "4", "5", "5", "7", "9")).get("U8").points()));
    }
}
