package cn.kaohe.scoring.aggregation;

import cn.kaohe.scoring.input.InputLayout;
import cn.kaohe.scoring.rounding.Division;
import cn.kaohe.scoring.scheme.Indicator;
import cn.kaohe.scoring.scheme.NodeKind;
import java.util.ArrayList;
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

    /** Fixed paths of the nodes that read an input (leaves and sheets), by ordinal. */
    private final String[] inputPaths;
    /** The slots of {@link #inputPaths} in the last layout seen (units of a batch share one layout). */
    private volatile Slots slots;

    /** A group's path, its children's paths and, per child that reads an input, its ordinal (else −1). */
    private record Paths(String path, String[] children, int[] ordinals) {
    }

    private record Slots(InputLayout layout, int[] slots) {
    }

    private TreePlan(Indicator root, Division division, Map<Indicator, Paths> groups, String[] inputPaths) {
        this.root = root;
        this.division = division;
        this.groups = groups;
        this.inputPaths = inputPaths;
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
        // number the leaves and sheets reached through the remaining groups, in tree order
        List<String> inputPaths = new ArrayList<>();
        Map<Indicator, Paths> numbered = new IdentityHashMap<>();
        number(root, groups, numbered, inputPaths);
        return new TreePlan(root, division, Collections.unmodifiableMap(numbered), inputPaths.toArray(new String[0]));
    }

    private static void number(Indicator group, Map<Indicator, Paths> groups, Map<Indicator, Paths> numbered,
                               List<String> inputPaths) {
        Paths p = groups.get(group);
        if (p == null || numbered.containsKey(group)) {
            return;
        }
        List<Indicator> children = group.children();
        int[] ordinals = new int[children.size()];
        numbered.put(group, new Paths(p.path(), p.children(), ordinals));
        for (int i = 0; i < ordinals.length; i++) {
            NodeKind kind = children.get(i).kind();
            if (kind == NodeKind.LEAF || kind == NodeKind.SHEET) {
                ordinals[i] = inputPaths.size();
                inputPaths.add(p.children()[i]);
            } else {
                ordinals[i] = -1;
                number(children.get(i), groups, numbered, inputPaths);
            }
        }
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
        groups.put(node, new Paths(path, paths, null));
        for (int i = 0; i < paths.length; i++) {
            walk(children.get(i), paths[i], groups, twice);
        }
    }

    /** The fixed paths of the leaves and sheets reached through groups only, in tree order (consumed by every walk). */
    List<String> inputPaths() {
        return List.of(inputPaths);
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
        Paths p = fixed(group, path);
        return p == null ? null : p.children();
    }

    /** Per child of {@code group} at its fixed {@code path}: the ordinal of a leaf or sheet, else −1; or null. */
    int[] childOrdinals(Indicator group, String path) {
        Paths p = fixed(group, path);
        return p == null ? null : p.ordinals();
    }

    private Paths fixed(Indicator group, String path) {
        Paths p = groups.get(group);
        return p != null && (p.path() == path || p.path().equals(path)) ? p : null;
    }

    /**
     * The slot in {@code layout} of every leaf and sheet on a fixed path, by ordinal (−1: not in the layout). Worked
     * out once per layout (the last one is kept), not per unit.
     */
    int[] slots(InputLayout layout) {
        Slots s = slots;
        if (s == null || s.layout() != layout) {
            int[] index = new int[inputPaths.length];
            for (int i = 0; i < index.length; i++) {
                index[i] = layout.indexOf(inputPaths[i]);
            }
            s = new Slots(layout, index);
            slots = s; // immutable, published through the volatile field; a race only works it out twice
        }
        return s.slots();
    }
}
