package cn.kaohe.scoring.cases;

import cn.kaohe.scoring.explain.UnitResult;
import cn.kaohe.scoring.input.NodeInput;
import cn.kaohe.scoring.input.UnitData;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Kind {@code hos_dept}: a hospital department through {@code hos.json} (HOS-04..09). */
public class HosDeptCase implements WorkedCase {

    @Override
    public void verify(JsonNode c) {
        JsonNode in = c.get("inputs");
        UnitData.Builder b = UnitData.builder(c.get("id").asText(), in.path("dept_kind").asText("clinical"));
        List<String> categories = new ArrayList<>();
        in.get("categories").fields().forEachRemaining(f -> {
            categories.add(f.getKey());
            List<NodeInput.Sheet> sheets = new ArrayList<>();
            for (JsonNode s : f.getValue()) {
                // HOS-04/06: one 减分制 sheet per assessing department, rescaled to 100
                String assessor = s.path("assessor").asText("assessor");
                sheets.add(new NodeInput.Sheet(assessor, List.of(new NodeInput.SheetItem(assessor, null,
                        CaseSupport.dec(s.get("sheet_total")), CaseSupport.dec(s.get("deductions")), null, null,
                        List.of()))));
            }
            b.value(f.getKey(), new NodeInput.Sheets(sheets));
        });

        UnitResult r = CaseSupport.engine("hos").score(b.build());
        CaseSupport.Expectations e = new CaseSupport.Expectations(c);
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        Map<String, BigDecimal> parts = new LinkedHashMap<>();
        categories.forEach(k -> {
            scores.put(k, r.value(k));
            parts.put(k, r.contribution(k));
        });
        e.decimals("category_scores_100", scores);
        e.decimals("weighted_parts", parts);
        e.decimal("final", r.finalScore());
        e.text("status", r.status().name());
        e.flags("flags", r.flags());
        e.done();
    }
}
