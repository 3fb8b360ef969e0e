package cn.kaohe.reporting.boundary;

import cn.kaohe.platform.json.JsonValues;
import cn.kaohe.reporting.entity.DataEntry;
import jakarta.json.JsonValue;
import java.time.LocalDateTime;

/** A data entry as the web layer sees it; {@code version} must be sent back with an edit. */
public record EntryView(long id, String periodCode, String unitCode, String path, String subPeriod, JsonValue value,
        String enteredBy, LocalDateTime enteredAt, long version) {

    static EntryView of(DataEntry e) {
        return new EntryView(e.getId(), e.getPeriod().getCode(), e.getUnitCode(), e.getIndicatorPath(),
                e.getSubPeriod(), JsonValues.of(e.getValueJson()), e.getEnteredBy(), e.getEnteredAt(), e.getVersion());
    }
}
