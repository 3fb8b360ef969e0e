package cn.kaohe.period.control;

import cn.kaohe.period.entity.SubPeriod;
import cn.kaohe.scoring.aggregation.Period;
import cn.kaohe.scoring.aggregation.PeriodMode;
import cn.kaohe.scoring.scheme.Category;
import cn.kaohe.scoring.scheme.Indicator;
import cn.kaohe.scoring.scheme.NodeKind;
import cn.kaohe.scoring.scheme.Scheme;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** The sub-periods a scheme needs: the labels of its fixed splits (ZD-06 mid/year_end, ZD-10 q1..q4, …). */
public final class SubPeriods {

    private static final Pattern QUARTER = Pattern.compile("q[1-4]");
    private static final Pattern MONTH = Pattern.compile("(m)?(0?[1-9]|1[0-2])");

    private SubPeriods() {
    }

    /** Every fixed split label of every category, in scheme order. */
    public static Set<String> labels(Scheme scheme) {
        Set<String> out = new LinkedHashSet<>();
        for (Category c : scheme.categories()) {
            collect(c.root(), out);
        }
        return out;
    }

    /** Whether labels under a split of this category may be free (a mean of the present instances, ZD-14). */
    public static boolean hasOpenSplit(Scheme scheme) {
        for (Category c : scheme.categories()) {
            if (open(c.root())) {
                return true;
            }
        }
        return false;
    }

    public static SubPeriod.Kind kind(String label) {
        String l = label.toLowerCase(java.util.Locale.ROOT);
        if (l.equals("mid") || l.equals("mid_year")) {
            return SubPeriod.Kind.MID_YEAR;
        }
        if (l.equals("year_end")) {
            return SubPeriod.Kind.YEAR_END;
        }
        if (l.startsWith("half")) {
            return SubPeriod.Kind.HALF_YEAR;
        }
        if (QUARTER.matcher(l).matches()) {
            return SubPeriod.Kind.QUARTER;
        }
        if (MONTH.matcher(l).matches()) {
            return SubPeriod.Kind.MONTH;
        }
        return SubPeriod.Kind.OTHER;
    }

    private static void collect(Indicator node, Set<String> out) {
        if (node.kind() == NodeKind.PERIODS && node.periods().mode() == PeriodMode.FIXED) {
            for (Period p : node.periods().periods()) {
                out.add(p.id());
            }
        }
        node.children().forEach(child -> collect(child, out));
    }

    private static boolean open(Indicator node) {
        if (node.kind() == NodeKind.PERIODS && node.periods().mode() != PeriodMode.FIXED) {
            return true;
        }
        return node.children().stream().anyMatch(SubPeriods::open);
    }
}
