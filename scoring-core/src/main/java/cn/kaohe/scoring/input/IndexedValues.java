package cn.kaohe.scoring.input;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A unit's inputs given in the order of an {@link InputLayout}: an unmodifiable map of path → input over an array
 * (a null slot is a path the unit did not supply). What {@link UnitData#values()} is when the unit was built with
 * {@link UnitData.Builder#values(InputLayout, NodeInput[])}; the engine reads its slots directly.
 */
public final class IndexedValues extends AbstractMap<String, NodeInput> {

    private final InputLayout layout;
    private final NodeInput[] inputs;
    private final int size;

    IndexedValues(InputLayout layout, NodeInput[] inputs) {
        if (inputs.length != layout.size()) {
            throw new IllegalArgumentException(inputs.length + " inputs for a layout of " + layout.size() + " paths");
        }
        this.layout = layout;
        this.inputs = inputs.clone();
        int n = 0;
        for (NodeInput i : this.inputs) {
            if (i != null) {
                n++;
            }
        }
        this.size = n;
    }

    /** @return the layout the slots follow */
    public InputLayout layout() {
        return layout;
    }

    /** @return the input in slot {@code i}, or null */
    public NodeInput at(int i) {
        return inputs[i];
    }

    @Override
    public NodeInput get(Object key) {
        int i = layout.indexOf(key);
        return i < 0 ? null : inputs[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Map.Entry<String, NodeInput>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, NodeInput>> iterator() {
                return new Iterator<>() {
                    private int next = skip(0);

                    private int skip(int from) {
                        int i = from;
                        while (i < inputs.length && inputs[i] == null) {
                            i++;
                        }
                        return i;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < inputs.length;
                    }

                    @Override
                    public Map.Entry<String, NodeInput> next() {
                        if (next >= inputs.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next;
                        next = skip(i + 1);
                        return new SimpleImmutableEntry<>(layout.path(i), inputs[i]);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
