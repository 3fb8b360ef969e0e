package cn.kaohe.scoringrun.control;

import cn.kaohe.platform.json.CanonicalJson;
import cn.kaohe.scoring.ScoringEngine;
import cn.kaohe.scoring.explain.UnitResult;
import cn.kaohe.scoring.input.InputException;
import cn.kaohe.scoring.io.UnitDataReader;
import cn.kaohe.scoring.rounding.Decimals;
import java.util.List;
import java.util.Map;

/** Scores one unit's input snapshot with scoring-core. All arithmetic is scoring-core's; this only records it. */
public final class UnitScorer {

    /** Status of a unit whose snapshot scoring-core refused as invalid data. */
    public static final String INVALID = "INVALID";

    private UnitScorer() {
    }

    /** What a run stores for a unit. */
    public record Scored(long runUnitId, String status, String finalScore, String grade, boolean honoursEligible,
            String explanationJson) {
    }

    public static Scored score(long runUnitId, ScoringEngine engine, String inputJson) {
        try {
            UnitResult result = engine.score(UnitDataReader.read(CanonicalJson.parse(inputJson)));
            return new Scored(runUnitId, result.status().name(),
                    result.finalScore() == null ? null : Decimals.text(result.finalScore()), result.grade(),
                    result.honoursEligible(), ResultJson.write(result));
        } catch (InputException invalid) {
            return new Scored(runUnitId, INVALID, null, null, false,
                    ResultJson.write(Map.of("problems", List.copyOf(invalid.problems()))));
        }
    }
}
