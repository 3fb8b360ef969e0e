package cn.kaohe.reporting.boundary;

import java.util.List;

/**
 * What a unit reports in a period: the places of its form, entries outside them (a whole split, further instances of
 * an open split), the scheme's bonus tables it may claim from, and its claims with their evidence.
 *
 * @param desk         the dashboard line of the unit
 * @param places       the form, in tree order
 * @param otherEntries entries at paths that are not one of the places
 * @param bonusTables  bonus tables (id, rows) the unit may claim
 * @param claims       the unit's adjustment records (bonus claims and deductions) with their evidence
 * @param evidenceMaxBytes the largest evidence file accepted
 * @param evidenceTypes    the file types accepted as evidence
 */
public record UnitWorkbook(UnitDesk desk, List<EntryPlace> places, List<EntryView> otherEntries,
        List<BonusTable> bonusTables, List<Claim> claims, long evidenceMaxBytes, List<String> evidenceTypes) {

    /**
     * A bonus table of the scheme.
     *
     * @param id               the table id ({@code commendation})
     * @param ruleId           the RULES.md id
     * @param rows             row keys (award levels), empty when the points are entered
     * @param evidenceRequired a claim without evidence is refused (VIL-19)
     * @param documentYear     the document date decides the year (VIL-20)
     * @param highestPerWork   only the highest level per piece of work counts (VIL-15)
     */
    public record BonusTable(String id, String ruleId, List<String> rows, boolean evidenceRequired,
            boolean documentYear, boolean highestPerWork) {
    }

    /** An adjustment record and its evidence files. */
    public record Claim(AdjustmentView record, List<EvidenceView> evidence) {
    }
}
