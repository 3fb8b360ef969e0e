package cn.kaohe.scoring.method;

/** How a contribution range (XJ-24: 良好 8–9, 一般 5–6) is resolved; RULES.md §12 #3. */
public enum ContributionMode {
    /** Oracle default: linear between the band's bounds (良好: 8 + (s − 80)/10). */
    INTERPOLATE,
    /** The lower end of the range. */
    MIN,
    /** The upper end of the range. */
    MAX
}
