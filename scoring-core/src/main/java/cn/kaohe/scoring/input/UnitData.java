package cn.kaohe.scoring.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one unit supplies for one assessment year. Immutable; build with {@link #builder(String, String)}.
 *
 * <pre>{@code
 * UnitData data = UnitData.builder("T1", "township")
 *     .year(2016)
 *     .value("indicator[mid]/items", NodeInput.Sheets.of(NodeInput.Sheet.of(items)))
 *     .value("leader[mid]/score", NodeInput.Score.of("9"))
 *     .claim(Claim.of("commendation", "party_gov/province").withEvidence(true))
 *     .build();
 * }</pre>
 *
 * @param unitId         the unit's id, used in every error and result
 * @param category       the scheme category (档/类) the unit belongs to
 * @param assessmentYear the assessment year (VIL-20, TS-16 document-date rules); 0 = not stated
 * @param values         input per indicator instance path
 * @param claims         bonus and deduction claims
 * @param growth         growth figures per growth rule id
 * @param vetoes         veto areas failed (一票否决)
 * @param facts          gating facts (TS-23: {@code safety_item_grade}, {@code discipline_case} …)
 * @param deferBonuses   TB-07: the tier lacks a city-system result, so deferrable bonuses move to next year
 * @param gradeOverride  a grade determined by the competent body regardless of score (ZD-33), or null
 */
public record UnitData(String unitId, String category, int assessmentYear, Map<String, NodeInput> values,
                       List<Claim> claims, Map<String, Growth> growth, Set<String> vetoes,
                       Map<String, String> facts, boolean deferBonuses, String gradeOverride) {

    public UnitData {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(category, "category");
        // a builder's own map is handed over (the builder copies before changing it again): no copy per unit;
        // inputs given in a layout's order stay as they are (IndexedValues is unmodifiable and copied its array)
        values = values instanceof IndexedValues ? values
                : Collections.unmodifiableMap(values instanceof Handed ? values : new LinkedHashMap<>(values));
        claims = List.copyOf(claims);
        growth = Collections.unmodifiableMap(new LinkedHashMap<>(growth));
        vetoes = Collections.unmodifiableSet(new LinkedHashSet<>(vetoes));
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    /** A builder's input map, given to the UnitData it builds without a copy; never visible outside this class. */
    private static final class Handed extends LinkedHashMap<String, NodeInput> {
        private static final long serialVersionUID = 1L;
    }

    public static Builder builder(String unitId, String category) {
        return new Builder(unitId, category);
    }

    /** Collects a unit's data; not thread-safe, {@link #build()} gives the immutable value. */
    public static final class Builder {
        private final String unitId;
        private final String category;
        private int year;
        private Map<String, NodeInput> values = new Handed();
        /** Whether {@link #values} belongs to a built UnitData already (copy before the next change). */
        private boolean handedOver;
        private final List<Claim> claims = new ArrayList<>();
        private final Map<String, Growth> growth = new LinkedHashMap<>();
        private final Set<String> vetoes = new LinkedHashSet<>();
        private final Map<String, String> facts = new LinkedHashMap<>();
        private boolean deferBonuses;
        private String gradeOverride;

        private Builder(String unitId, String category) {
            this.unitId = unitId;
            this.category = category;
        }

        public Builder year(int year) {
            this.year = year;
            return this;
        }

        /**
         * Sets the inputs of every path of {@code layout} at once, replacing the values set so far; the array is
         * copied. A unit built this way is scored without a path lookup per indicator (the engine resolves the
         * layout's slots once per category).
         *
         * @param layout the paths, shared by many units
         * @param inputs {@code inputs[i]} is the input at {@code layout.path(i)}, null = not supplied
         * @return this builder
         */
        public Builder values(InputLayout layout, NodeInput[] inputs) {
            values = new IndexedValues(layout, inputs);
            handedOver = false;
            return this;
        }

        public Builder value(String path, NodeInput input) {
            if (handedOver || values instanceof IndexedValues) {
                Handed copy = new Handed();
                copy.putAll(values);
                values = copy;
                handedOver = false;
            }
            values.put(path, input);
            return this;
        }

        public Builder claim(Claim claim) {
            claims.add(claim);
            return this;
        }

        public Builder growth(String rule, Growth figures) {
            growth.put(rule, figures);
            return this;
        }

        public Builder veto(String area) {
            vetoes.add(area);
            return this;
        }

        public Builder fact(String name, String value) {
            facts.put(name, value);
            return this;
        }

        public Builder deferBonuses(boolean defer) {
            this.deferBonuses = defer;
            return this;
        }

        public Builder gradeOverride(String grade) {
            this.gradeOverride = grade;
            return this;
        }

        public UnitData build() {
            handedOver = true;
            return new UnitData(unitId, category, year, values, claims, growth, vetoes, facts, deferBonuses,
                    gradeOverride);
        }
    }
}
