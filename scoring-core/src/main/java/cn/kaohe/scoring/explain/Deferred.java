package cn.kaohe.scoring.explain;

import java.util.AbstractList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Explanation parts made when first read. Scoring a unit keeps what an explanation is made of (the exact fractions,
 * the method's inputs) and derives the decimals and text of each line only when a caller reads them — once: the
 * result is kept, so every later read (and every thread) sees the same values. A ranking run that looks at the
 * final scores only never pays for 200 divisions and formatted lines per unit; a caller that prints or serialises
 * the explanation gets exactly what an eager engine would have made.
 *
 * <p>Both collections are unmodifiable and thread-safe (a benign race: two threads reading first may both build the
 * same immutable content; one of them is kept).
 */
public final class Deferred {

    private Deferred() {
    }

    /**
     * An unmodifiable list whose elements are made by {@code maker} on first read.
     *
     * @param maker makes the elements; called at most once per reading thread until one result is published
     * @param <E>   the element type
     * @return the list
     */
    public static <E> List<E> list(Supplier<List<E>> maker) {
        return new DeferredList<>(maker);
    }

    /**
     * An unmodifiable map of {@code keys.get(i) → convert(values.get(i))} in list order (a later duplicate key
     * replaces the value and keeps the first position, as a {@link LinkedHashMap} would), built on first read.
     *
     * @param keys    the keys (indicator paths), not copied: the caller must not change the list afterwards
     * @param values  one raw value per key, not copied either
     * @param convert turns a raw value into the value shown (e.g. an exact fraction into its decimal)
     * @param <R>     the raw value type
     * @param <V>     the value type
     * @return the map, wrapped by {@link Collections#unmodifiableMap}
     */
    public static <R, V> Map<String, V> map(List<String> keys, List<R> values, Function<? super R, V> convert) {
        if (keys.size() != values.size()) {
            throw new IllegalArgumentException(keys.size() + " keys for " + values.size() + " values");
        }
        return Collections.unmodifiableMap(new DeferredMap<>(() -> {
            Map<String, V> m = new LinkedHashMap<>(Math.max(16, keys.size() * 4 / 3 + 1));
            for (int i = 0; i < keys.size(); i++) {
                m.put(keys.get(i), convert.apply(values.get(i)));
            }
            return m;
        }));
    }

    /** Whether {@code list} is a deferred list (already unmodifiable: no copy needed). */
    static boolean isDeferred(List<?> list) {
        return list instanceof DeferredList<?>;
    }

    private static final class DeferredList<E> extends AbstractList<E> implements RandomAccess {
        private volatile Supplier<List<E>> maker;
        private volatile List<E> made;

        DeferredList(Supplier<List<E>> maker) {
            this.maker = Objects.requireNonNull(maker, "maker");
        }

        private List<E> made() {
            List<E> m = made;
            if (m == null) {
                Supplier<List<E>> s = maker;
                if (s == null) {
                    return made; // another thread published it meanwhile
                }
                m = List.copyOf(s.get());
                made = m;
                maker = null; // the raw parts are no longer needed
            }
            return m;
        }

        @Override
        public E get(int index) {
            return made().get(index);
        }

        @Override
        public int size() {
            return made().size();
        }
    }

    private static final class DeferredMap<V> extends java.util.AbstractMap<String, V> {
        private volatile Supplier<Map<String, V>> maker;
        private volatile Map<String, V> made;

        DeferredMap(Supplier<Map<String, V>> maker) {
            this.maker = maker;
        }

        private Map<String, V> made() {
            Map<String, V> m = made;
            if (m == null) {
                Supplier<Map<String, V>> s = maker;
                if (s == null) {
                    return made;
                }
                m = Collections.unmodifiableMap(s.get());
                made = m;
                maker = null;
            }
            return m;
        }

        @Override
        public Set<Entry<String, V>> entrySet() {
            return made().entrySet();
        }

        @Override
        public V get(Object key) {
            return made().get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return made().containsKey(key);
        }

        @Override
        public int size() {
            return made().size();
        }
    }
}
