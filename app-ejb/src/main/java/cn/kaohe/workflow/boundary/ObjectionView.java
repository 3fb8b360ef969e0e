package cn.kaohe.workflow.boundary;

import cn.kaohe.workflow.entity.Objection;
import java.time.LocalDateTime;

/** An objection and, once given, its answer. */
public record ObjectionView(long id, String periodCode, String unitCode, String filedBy, LocalDateTime filedAt,
        String text, String answer, Boolean upheld, String answeredBy, LocalDateTime answeredAt) {

    static ObjectionView of(Objection o) {
        return new ObjectionView(o.getId(), o.getWorkflow().getPeriod().getCode(), o.getWorkflow().getUnitCode(),
                o.getFiledBy(), o.getFiledAt(), o.getText(), o.getAnswer(), o.getUpheld(), o.getAnsweredBy(),
                o.getAnsweredAt());
    }
}
