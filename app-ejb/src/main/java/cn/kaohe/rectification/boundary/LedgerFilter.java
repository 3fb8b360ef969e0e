package cn.kaohe.rectification.boundary;

/**
 * Which notices the ledger lists; every field optional.
 *
 * @param periodCode only this period
 * @param unitCode   only this unit
 * @param status     only this status ({@code ISSUED}, {@code RESPONDED}, {@code REJECTED}, {@code CLOSED})
 * @param overdue    only overdue ({@code true}) or only not overdue ({@code false}) notices
 */
public record LedgerFilter(String periodCode, String unitCode, String status, Boolean overdue) {

    public static LedgerFilter all() {
        return new LedgerFilter(null, null, null, null);
    }
}
