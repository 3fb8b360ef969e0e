package cn.kaohe.grid.control;

import cn.kaohe.grid.boundary.GridColumn;
import cn.kaohe.period.boundary.Assignment;
import cn.kaohe.scoring.aggregation.Period;
import cn.kaohe.scoring.aggregation.PeriodMode;
import cn.kaohe.scoring.method.Discretionary;
import cn.kaohe.scoring.method.ScoringMethod;
import cn.kaohe.scoring.rounding.Decimals;
import cn.kaohe.scoring.scheme.Category;
import cn.kaohe.scoring.scheme.Indicator;
import cn.kaohe.scoring.scheme.NodeKind;
import cn.kaohe.scoring.scheme.Scheme;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The grid's columns: every leaf below an assigned indicator, once per label of each fixed split above it (ZD-06
 * mid/year_end, ZD-10 q1..q4), as the entry path scoring-core reads ({@code public[q1]/score}). Sheets (lists of items)
 * and splits with free labels (ZD-14) cannot be a cell and are left to the reporting forms.
 */
public final class GridColumns {

    private GridColumns() {
    }

    /** Columns of {@code category} for the given assignments (of any category; others are ignored), in scheme order. */
    public static List<GridColumn> of(Scheme scheme, String category, Collection<Assignment> assignments) {
        List<GridColumn> out = new ArrayList<>();
        Category c = scheme.category(category).orElse(null);
        if (c == null) {
            return out;
        }
        List<String> assigned = assignments.stream().filter(a -> a.category().equals(category))
                .map(Assignment::indicatorPath).toList();
        if (assigned.isEmpty()) {
            return out;
        }
        for (Indicator child : c.root().children()) {
            walk(category, child, "", "", "", assigned, out);
        }
        return out;
    }

    private static void walk(String category, Indicator node, String path, String plain, String name,
            List<String> assigned, List<GridColumn> out) {
        String nodePath = path.isEmpty() ? node.id() : path + "/" + node.id();
        String nodePlain = plain.isEmpty() ? node.id() : plain + "/" + node.id();
        String nodeName = name.isEmpty() ? node.name() : name + " · " + node.name();
        switch (node.kind()) {
            case LEAF -> {
                String owner = owner(nodePlain, assigned);
                if (owner != null) {
                    ScoringMethod m = node.method();
                    String min = m instanceof Discretionary d ? Decimals.text(d.min()) : null;
                    String max = m instanceof Discretionary d ? Decimals.text(d.max()) : null;
                    boolean numeric = !(m instanceof cn.kaohe.scoring.method.Proration)
                            && !(m instanceof cn.kaohe.scoring.method.Survey);
                    out.add(new GridColumn(category, nodePath, owner, nodeName, method(m), min, max, numeric));
                }
            }
            case GROUP -> node.children().forEach(ch -> walk(category, ch, nodePath, nodePlain, nodeName, assigned, out));
            case PERIODS -> {
                if (node.periods().mode() == PeriodMode.FIXED) {
                    for (Period p : node.periods().periods()) {
                        for (Indicator ch : node.children()) {
                            walk(category, ch, nodePath + "[" + p.id() + "]", nodePlain, nodeName + " [" + p.id() + "]",
                                    assigned, out);
                        }
                    }
                }
            }
            case SHEET -> {
                // a list of items is no cell
            }
            default -> {
            }
        }
    }

    /** The assignment a plain leaf path falls under, or null. */
    private static String owner(String plain, List<String> assigned) {
        for (String a : assigned) {
            if (plain.equals(a) || plain.startsWith(a + "/")) {
                return a;
            }
        }
        return null;
    }

    private static String method(ScoringMethod m) {
        return m == null ? null : m.name();
    }

    /** Whether a leaf path of an explanation (labels and sheet items allowed) falls under one of the paths. */
    public static boolean under(String explainedPath, Collection<String> indicatorPaths) {
        String plain = explainedPath.replaceAll("\\[[^\\]]*\\]", "").replaceAll("#.*$", "");
        return indicatorPaths.stream().anyMatch(a -> plain.equals(a) || plain.startsWith(a + "/"));
    }
}
