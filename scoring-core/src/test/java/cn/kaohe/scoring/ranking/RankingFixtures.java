package cn.kaohe.scoring.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Small builders for ranking tests. */
final class RankingFixtures {

    private RankingFixtures() {
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** Candidates named U1, U2, … with the given scores. */
    static List<Candidate> units(String... scores) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            out.add(Candidate.of("U" + (i + 1), d(scores[i])));
        }
        return out;
    }
}
