package cn.kaohe.web.admin;

import java.io.Serializable;
import java.time.LocalDate;

/** One sub-period of a period form with its deadline as typed (a mutable row of the page's table). */
public class DeadlineRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String subPeriod;
    private LocalDate deadline;

    DeadlineRow(String subPeriod, LocalDate deadline) {
        this.subPeriod = subPeriod;
        this.deadline = deadline;
    }

    public String getSubPeriod() {
        return subPeriod;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }
}
