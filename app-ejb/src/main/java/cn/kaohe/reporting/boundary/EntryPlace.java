package cn.kaohe.reporting.boundary;

import cn.kaohe.reporting.control.EntrySlots;
import java.time.LocalDate;
import java.util.List;

/**
 * One place of a unit's data-entry form: where it sits in the indicator tree, how it is scored, what to enter, the
 * entry made (or null) and the sub-period's deadline.
 *
 * @param path          the unit-data path
 * @param group         the first-level indicator (一级指标)
 * @param name          the leaf or sheet
 * @param method        scoring-core's method ({@code PRORATION}, {@code SURVEY}, {@code SHEET_DEDUCTION} …)
 * @param points        full marks on the node's own scale, or null
 * @param weight        weight in the parent
 * @param input         {@code NUMBER}, {@code TARGET_ACTUAL}, {@code VOTES} or {@code ITEMS}
 * @param labels        the rating labels of a survey
 * @param subPeriod     the sub-period, or null
 * @param deadline      its deadline, or null
 * @param pastDeadline  the deadline has passed (a reporter can no longer enter it)
 * @param ruleId        the RULES.md id
 * @param openSplit     under a monthly or per-rater split: further instances come by import
 * @param entry         the entry made, or null
 * @param evidence      evidence files of the entry
 * @param coveredWhole  not entered itself, but the whole split is entered at once ({@code acceptWhole})
 */
public record EntryPlace(String path, String group, String name, String method, String points, String weight,
        String input, List<String> labels, String subPeriod, LocalDate deadline, boolean pastDeadline, String ruleId,
        boolean openSplit, EntryView entry, List<EvidenceView> evidence, boolean coveredWhole) {

    static EntryPlace of(EntrySlots.Slot s, LocalDate deadline, boolean pastDeadline, EntryView entry,
            List<EvidenceView> evidence, boolean coveredWhole) {
        return new EntryPlace(s.path(), s.group(), s.name(), s.method(), s.points(), s.weight(), s.input().name(),
                s.labels(), s.subPeriod(), deadline, pastDeadline, s.ruleId(), s.openSplit(), entry, evidence,
                coveredWhole);
    }

    /** Entered, or covered by a whole-split entry. */
    public boolean done() {
        return entry != null || coveredWhole;
    }
}
