package cn.kaohe.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.kaohe.scoring.explain.UnitResult;
import cn.kaohe.scoring.input.NodeInput;
import cn.kaohe.scoring.input.UnitData;
import cn.kaohe.scoring.io.SchemeReader;
import cn.kaohe.scoring.scheme.SchemeException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The engine is built once, validated, and shared between threads. */
class ScoringEngineTest {

    private static UnitData xjUnit(int i) {
        return UnitData.builder("U" + i, "general")
                .value("key[half_year]/score", NodeInput.Score.of(String.valueOf(60 + i % 40)))
                .value("key[year_end]/score", NodeInput.Score.of(String.valueOf(99 - i % 37)))
                .value("public", NodeInput.Score.of("88.5"))
                .build();
    }

    @Test
    void buildingWithoutASchemeIsASchemeError() {
        SchemeException e = assertThrows(SchemeException.class, () -> ScoringEngine.builder().build());
        assertEquals("scheme.missing", e.problems().get(0).key());
    }

    @Test
    void concurrentScoringGivesTheSameResultsAsSequential() throws Exception {
        ScoringEngine engine = ScoringEngine.builder().scheme(SchemeReader.template("xj")).build();
        List<BigDecimal> sequential = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            sequential.add(engine.score(xjUnit(i)).finalScore());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<UnitResult>> futures = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int n = i;
                futures.add(pool.submit(() -> engine.score(xjUnit(n))));
            }
            for (int i = 0; i < 400; i++) {
                assertEquals(0, sequential.get(i).compareTo(futures.get(i).get().finalScore()), "unit " + i);
            }
        } finally {
            pool.shutdown();
        }
    }
}
