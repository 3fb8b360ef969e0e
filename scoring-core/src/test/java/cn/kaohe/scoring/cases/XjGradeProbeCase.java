package cn.kaohe.scoring.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.kaohe.scoring.outcome.GradeScale;
import com.fasterxml.jackson.databind.JsonNode;

/** Kind {@code xj_grade_probe}: XJ-20 percent-of-total bands of {@code xj.json}, probed score by score. */
public class XjGradeProbeCase implements WorkedCase {

    @Override
    public void verify(JsonNode c) {
        GradeScale grades = CaseSupport.scheme("xj").grades();
        JsonNode expected = c.get("expected").get("grades");
        assertEquals(c.get("inputs").get("probes").size(), expected.size(), c.get("id").asText() + " probe count");
        for (JsonNode probe : expected) {
            String grade = grades.grade(CaseSupport.dec(probe.get("score")), CaseSupport.dec(probe.get("total")));
            assertEquals(probe.get("grade").asText(), grade,
                    c.get("id").asText() + " " + probe.get("score").asText() + "/" + probe.get("total").asText());
        }
        assertEquals(1, c.get("expected").size(), "only 'grades' is expected");
    }
}
