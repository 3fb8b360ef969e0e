package cn.kaohe.scoring.adjustment;

import java.util.List;
import java.util.Optional;

/** The adjustment part of a scheme: tables, cap groups and growth rules. Immutable. */
public record Adjustments(List<AdjustmentTable> tables, List<CapGroup> caps, List<GrowthStep> growthSteps) {

    public static final Adjustments NONE = new Adjustments(List.of(), List.of(), List.of());

    public Adjustments {
        tables = tables == null ? List.of() : List.copyOf(tables);
        caps = caps == null ? List.of() : List.copyOf(caps);
        growthSteps = growthSteps == null ? List.of() : List.copyOf(growthSteps);
    }

    // look-ups run per claim of every unit: a plain loop over the few entries, no stream

    public Optional<AdjustmentTable> table(String id) {
        for (AdjustmentTable t : tables) {
            if (t.id().equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public Optional<CapGroup> cap(String id) {
        for (CapGroup c : caps) {
            if (c.id().equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public Optional<GrowthStep> growthStep(String id) {
        for (GrowthStep g : growthSteps) {
            if (g.id().equals(id)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
