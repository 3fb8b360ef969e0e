package cn.kaohe.reporting.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * One unit in one period, as its reporter's dashboard shows it: the sub-periods with their deadlines, how many places
 * are entered, and what is still due.
 *
 * @param periodCode  the period
 * @param periodName  its name
 * @param year        its year
 * @param unitCode    the unit
 * @param category    the unit's scheme category
 * @param subPeriods  the period's sub-periods with their deadlines and counts for this unit
 * @param places      places to enter (leaves and sheets, splits expanded)
 * @param entered     places entered
 * @param due         the places not yet entered (paths)
 */
public record UnitDesk(String periodCode, String periodName, int year, String unitCode, String category,
        List<SubPeriodDue> subPeriods, int places, int entered, List<String> due) {

    /** Whether every place is entered. */
    public boolean complete() {
        return entered == places;
    }

    /**
     * A sub-period of the period for this unit.
     *
     * @param code     the label ({@code year_end}, {@code q3} …)
     * @param kind     its kind
     * @param deadline its deadline (inclusive, China Standard Time), or null
     * @param overdue  the deadline has passed with places still missing
     * @param places   places of this sub-period
     * @param entered  of them entered
     */
    public record SubPeriodDue(String code, String kind, LocalDate deadline, boolean overdue, int places,
            int entered) {
    }
}
