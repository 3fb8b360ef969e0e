package cn.kaohe.reporting.boundary;

import cn.kaohe.reporting.entity.VetoRecord;
import java.time.LocalDateTime;

/** A recorded veto. */
public record VetoView(long id, String unitCode, String area, String reason, String enteredBy,
        LocalDateTime enteredAt) {

    static VetoView of(VetoRecord v) {
        return new VetoView(v.getId(), v.getUnitCode(), v.getArea(), v.getReason(), v.getEnteredBy(),
                v.getEnteredAt());
    }
}
