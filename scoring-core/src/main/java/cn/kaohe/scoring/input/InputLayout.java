package cn.kaohe.scoring.input;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A fixed order of indicator paths, shared by many units' data (a province whose units all report the same
 * indicators): each unit then supplies its inputs as an array in this order
 * ({@link UnitData.Builder#values(InputLayout, NodeInput[])}) instead of a map of its own. The engine resolves each
 * indicator of a category to its slot in a layout once, so scoring such a unit looks up no path at all.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * InputLayout layout = InputLayout.of(List.of("G1/I001", "G1/I002", "G2/I003"));   // once
 * UnitData unit = UnitData.builder("U1", "A")
 *     .values(layout, new NodeInput[] {NodeInput.TargetActual.of("100", "96"), ..., NodeInput.Score.of("1")})
 *     .build();
 * }</pre>
 */
public final class InputLayout {

    private final String[] paths;
    private final Map<String, Integer> index;

    private InputLayout(String[] paths, Map<String, Integer> index) {
        this.paths = paths;
        this.index = index;
    }

    /**
     * @param paths indicator paths, distinct
     * @return the layout
     * @throws IllegalArgumentException when a path is repeated
     */
    public static InputLayout of(List<String> paths) {
        String[] p = paths.toArray(new String[0]);
        Map<String, Integer> index = new HashMap<>(p.length * 4 / 3 + 1);
        for (int i = 0; i < p.length; i++) {
            if (index.put(Objects.requireNonNull(p[i], "path"), i) != null) {
                throw new IllegalArgumentException("path '" + p[i] + "' appears twice in the layout");
            }
        }
        return new InputLayout(p, index);
    }

    /** @return the number of paths */
    public int size() {
        return paths.length;
    }

    /** @return the path at slot {@code i} */
    public String path(int i) {
        return paths[i];
    }

    /** @return the paths in slot order */
    public List<String> paths() {
        return List.of(paths);
    }

    /** @return the slot of {@code path}, or −1 when the layout has no such path */
    public int indexOf(Object path) {
        Integer i = index.get(path);
        return i == null ? -1 : i;
    }

    @Override
    public String toString() {
        return "InputLayout" + Arrays.toString(paths);
    }
}
