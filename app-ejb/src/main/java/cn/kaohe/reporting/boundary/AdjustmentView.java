package cn.kaohe.reporting.boundary;

import cn.kaohe.reporting.entity.AdjustmentRecord;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A bonus claim or deduction record. */
public record AdjustmentView(long id, String unitCode, String kind, String table, String key, String work,
        String value, Integer count, LocalDate documentDate, Boolean rectified, String reason, String enteredBy,
        LocalDateTime enteredAt, long version) {

    static AdjustmentView of(AdjustmentRecord a) {
        return new AdjustmentView(a.getId(), a.getUnitCode(), a.getKind().name(), a.getTableId(), a.getRowKey(),
                a.getWorkItem(), a.getEnteredValue(), a.getItemCount(), a.getDocumentDate(), a.getRectified(),
                a.getReason(), a.getEnteredBy(), a.getEnteredAt(), a.getVersion());
    }
}
