package cn.kaohe.scoring.aggregation;

import cn.kaohe.scoring.rounding.Division;
import cn.kaohe.scoring.scheme.Indicator;
import cn.kaohe.scoring.scheme.NodeKind;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the tree walk can know before any unit is scored: the path of every node reached from the root through groups
 * only (no period or rater split on the way), so that scoring a unit neither builds nor hashes these path strings
 * again — every unit's explanation shares them. Built once per category by the engine; immutable and thread-safe.
 *
 * <pre>{@code
 * TreePlan plan = TreePlan.of(category.root());
 * TreeOutcome tree = TreeEvaluator.evaluate(plan, unitData);
 * }</pre>
 */
public final class TreePlan {

    private final Indicator root;
    private final Division division;
    /** Nodes below the root on fixed paths (at least 10): the expected size of a unit's per-path lists. */
    private final int nodeCount;
    /** Per group on a fixed path: that path and its children's paths, in child order. */
    private final Map<Indicator, Paths> groups;

    private record Paths(String path, String[] children) {
    }

    private TreePlan(Indicator root, Division division, Map<Indicator, Paths> groups) {
        this.root = root;
        this.division = division;
        this.groups = groups;
        this.nodeCount = Math.max(10, groups.values().stream().mapToInt(p -> p.children().length).sum());
    }

    /**
     * A plan with exact division ({@link Division#EXACT}).
     *
     * @param root the category's root (its own id is not part of the paths)
     * @return the plan
     */
    public static TreePlan of(Indicator root) {
        return of(root, Division.EXACT);
    }

    /**
     * @param root     the category's root (its own id is not part of the paths)
     * @param division the scheme's division policy
     * @return the plan
     */
    public static TreePlan of(Indicator root, Division division) {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(division, "division");
        Map<Indicator, Paths> groups = new IdentityHashMap<>();
        Map<Indicator, Boolean> twice = new IdentityHashMap<>();
        walk(root, "", groups, twice);
        // a node object used at two places of the tree has two paths: it gets none here (joined while scoring)
        twice.keySet().forEach(groups::remove);
        return new TreePlan(root, division, Collections.unmodifiableMap(groups));
    }

    private static void walk(Indicator node, String path, Map<Indicator, Paths> groups, Map<Indicator, Boolean> twice) {
        if (node.kind() != NodeKind.GROUP) {
            return;
        }
        if (groups.containsKey(node)) {
            twice.put(node, Boolean.TRUE);
            return;
        }
        List<Indicator> children = node.children();
        String[] paths = new String[children.size()];
        for (int i = 0; i < paths.length; i++) {
            paths[i] = TreeEvaluator.join(path, children.get(i).id());
        }
        groups.put(node, new Paths(path, paths));
        for (int i = 0; i < paths.length; i++) {
            walk(children.get(i), paths[i], groups, twice);
        }
    }

    /** @return the root this plan was made for */
    public Indicator root() {
        return root;
    }

    /** @return the number of nodes below the root on fixed paths (at least 10) */
    public int nodeCount() {
        return nodeCount;
    }

    /** @return how quotients are kept while this tree is evaluated */
    public Division division() {
        return division;
    }

    /** The children's paths of {@code group} when it sits at {@code path} (its fixed path), else null. */
    String[] childPaths(Indicator group, String path) {
        Paths p = groups.get(group);
        return p != null && (p.path() == path || p.path().equals(path)) ? p.children() : null;
    }
}
