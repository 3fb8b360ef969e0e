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

    public Optional<AdjustmentTable> table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<CapGroup> cap(String id) {
        return caps.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<GrowthStep> growthStep(String id) {
        return growthSteps.stream().filter(g -> g.id().equals(id)).findFirst();
    }
}
