package cn.kaohe.rectification.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * The rectification ledger (整改台账, XJ-18, SDO-01): the notices that match a filter, with counts per status and
 * overdue, as of a date (today in China).
 */
public record Ledger(LocalDate asOf, Counts counts, List<NoticeView> notices) {

    /** Counts over the listed notices. */
    public record Counts(int total, int issued, int responded, int rejected, int closed, int overdue) {

        static Counts of(List<NoticeView> notices) {
            int issued = 0;
            int responded = 0;
            int rejected = 0;
            int closed = 0;
            int overdue = 0;
            for (NoticeView n : notices) {
                switch (n.status()) {
                    case "ISSUED" -> issued++;
                    case "RESPONDED" -> responded++;
                    case "REJECTED" -> rejected++;
                    default -> closed++;
                }
                if (n.overdue()) {
                    overdue++;
                }
            }
            return new Counts(notices.size(), issued, responded, rejected, closed, overdue);
        }
    }
}
