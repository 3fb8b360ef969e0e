package cn.kaohe.scoring.explain;

import cn.kaohe.scoring.rounding.Decimals;
import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The raw inputs of one explanation line as an immutable map of name → text, in a fixed order. Compact: the names
 * are a shared array (one per method), the values are kept as the decimals the method read, and text is made
 * ({@link Decimals#canonicalText}) only when someone reads the map — scoring never formats a number.
 *
 * <pre>{@code
 * private static final String[] NAMES = {"points", "target", "actual"};
 * Map<String, String> inputs = InputValues.of(NAMES, points, target, actual);   // null values allowed
 * inputs.get("target");                                                         // "250.5"
 * }</pre>
 *
 * <p>Behaves as an unmodifiable map (equality and hashing as {@link Map}); names must be distinct.
 */
public final class InputValues extends AbstractMap<String, String> {

    private final String[] names;
    private final Object[] values;

    private InputValues(String[] names, Object[] values) {
        if (names.length != values.length) {
            throw new IllegalArgumentException(names.length + " names for " + values.length + " values");
        }
        this.names = names;
        this.values = values;
    }

    /**
     * @param names  the input names, in display order; the array is shared and must not be changed
     * @param values one value per name: a {@link BigDecimal} (shown as plain text), any other object (shown with
     *               {@code String.valueOf}) or null
     * @return the inputs
     */
    public static InputValues of(String[] names, Object... values) {
        return new InputValues(names, values.clone());
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        // inputs may be kept as given (250.50): shown in canonical form, like every decimal of an explanation
        return value instanceof BigDecimal d ? Decimals.canonicalText(d) : String.valueOf(value);
    }

    @Override
    public int size() {
        return names.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return index(key) >= 0;
    }

    @Override
    public String get(Object key) {
        int i = index(key);
        return i < 0 ? null : text(values[i]);
    }

    private int index(Object key) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < names.length;
                    }

                    @Override
                    public Map.Entry<String, String> next() {
                        if (next >= names.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(names[i], text(values[i]));
                    }
                };
            }

            @Override
            public int size() {
                return names.length;
            }
        };
    }
}
