package cn.kaohe.scoring.peer;

import cn.kaohe.scoring.ranking.Candidate;
import cn.kaohe.scoring.ranking.InvalidInputException;
import cn.kaohe.scoring.ranking.Ranking;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Validation and ranking of the values of one tier, shared by the peer methods. */
final class PeerInput {

    private PeerInput() {
    }

    static void validate(Map<String, BigDecimal> values, String ruleId) {
        if (values.isEmpty()) {
            throw InvalidInputException.of("peer.values.empty", "peer " + ruleId);
        }
        values.forEach((unit, v) -> {
            if (v == null) {
                throw InvalidInputException.of("peer.value.missing", unit, ruleId);
            }
        });
    }

    /** Ranks by value in the direction: best first; ties share the rank. */
    static Ranking rank(Map<String, BigDecimal> values, Direction direction) {
        List<Candidate> candidates = new ArrayList<>();
        values.forEach((unit, v) -> candidates.add(
                Candidate.of(unit, direction == Direction.HIGHER_IS_BETTER ? v : v.negate())));
        return Ranking.of(candidates);
    }
}
