package cn.kaohe.reporting.control;

import cn.kaohe.platform.json.CanonicalJson;
import cn.kaohe.reporting.entity.AdjustmentRecord;
import cn.kaohe.reporting.entity.DataEntry;
import cn.kaohe.reporting.entity.VetoRecord;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds scoring-core's unit data (the JSON {@code UnitDataReader} reads, docs/scheme-format.md) from what a unit
 * reported: entries become {@code values}, adjustment records {@code claims} (with {@code evidence} true when a file
 * is attached), veto records {@code vetoes}. No arithmetic: values pass through as entered.
 */
public final class UnitInputs {

    private static final JsonNodeFactory F = JsonNodeFactory.withExactBigDecimals(true);

    private UnitInputs() {
    }

    public static ObjectNode unit(String unitCode, String category, int year, List<DataEntry> entries,
            List<AdjustmentRecord> adjustments, Set<Long> adjustmentsWithEvidence, Collection<VetoRecord> vetoes) {
        return unit(unitCode, category, year, entries, adjustments, adjustmentsWithEvidence, Map.of(), vetoes);
    }

    /**
     * As {@link #unit(String, String, int, List, List, Set, Collection)}, with the "rectified" status that
     * rectification notices decided for some adjustment records (VIL-24: id → rectified); it replaces the record's
     * own flag.
     */
    public static ObjectNode unit(String unitCode, String category, int year, List<DataEntry> entries,
            List<AdjustmentRecord> adjustments, Set<Long> adjustmentsWithEvidence, Map<Long, Boolean> rectified,
            Collection<VetoRecord> vetoes) {
        ObjectNode unit = F.objectNode();
        unit.put("unit", unitCode);
        unit.put("category", category);
        unit.put("year", year);
        ObjectNode values = unit.putObject("values");
        for (DataEntry e : entries) {
            values.set(e.getIndicatorPath(), CanonicalJson.parse(e.getValueJson()));
        }
        ArrayNode claims = unit.putArray("claims");
        for (AdjustmentRecord a : adjustments) {
            ObjectNode claim = claim(a, adjustmentsWithEvidence.contains(a.getId()));
            Boolean decided = rectified.get(a.getId());
            if (decided != null) {
                claim.put("rectified", decided);
            }
            claims.add(claim);
        }
        ArrayNode vetoAreas = unit.putArray("vetoes");
        Set<String> areas = new TreeSet<>();
        vetoes.forEach(v -> areas.add(v.getArea()));
        areas.forEach(vetoAreas::add);
        return unit;
    }

    /** One adjustment record as a scoring-core claim. */
    public static ObjectNode claim(AdjustmentRecord a, boolean evidence) {
        ObjectNode c = F.objectNode();
        c.put("table", a.getTableId());
        if (a.getRowKey() != null) {
            c.put("key", a.getRowKey());
        }
        if (a.getWorkItem() != null) {
            c.put("work", a.getWorkItem());
        }
        if (a.getEnteredValue() != null) {
            c.put("value", a.getEnteredValue());
        }
        if (a.getItemCount() != null) {
            c.put("count", a.getItemCount());
        }
        if (a.getDocumentDate() != null) {
            c.put("docDate", a.getDocumentDate().toString());
        }
        if (a.getRectified() != null) {
            c.put("rectified", a.getRectified());
        }
        c.put("evidence", evidence);
        return c;
    }
}
