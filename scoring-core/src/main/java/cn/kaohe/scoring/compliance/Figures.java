package cn.kaohe.scoring.compliance;

import cn.kaohe.scoring.ranking.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Named figures of a report or plan ({@code total_km}, {@code phases[0].km} …) that consistency checks refer to.
 * A reference may use {@code [*]} for every index: {@code phases[*].km}. Immutable; keeps insertion order.
 */
public final class Figures {

    private final Map<String, BigDecimal> values;

    private Figures(Map<String, BigDecimal> values) {
        this.values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static Figures of(Map<String, BigDecimal> values) {
        values.forEach((k, v) -> {
            Objects.requireNonNull(k, "figure name");
            if (v == null) {
                throw InvalidInputException.of("figures.value.missing", k);
            }
        });
        return new Figures(values);
    }

    public Map<String, BigDecimal> values() {
        return values;
    }

    /** The figure; an {@link InvalidInputException} naming it when absent. */
    public BigDecimal get(String name) {
        BigDecimal v = values.get(name);
        if (v == null) {
            throw InvalidInputException.of("figures.value.missing", name);
        }
        return v;
    }

    /** Figure names matching a reference, in insertion order; a plain name must exist. */
    public List<String> resolve(String reference) {
        if (!reference.contains("[*]")) {
            get(reference);
            return List.of(reference);
        }
        Pattern p = Pattern.compile(Pattern.quote(reference).replace("[*]", "\\E\\[\\d+\\]\\Q"));
        List<String> names = new ArrayList<>();
        for (String name : values.keySet()) {
            if (p.matcher(name).matches()) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            throw InvalidInputException.of("figures.reference.unmatched", reference);
        }
        return names;
    }
}
