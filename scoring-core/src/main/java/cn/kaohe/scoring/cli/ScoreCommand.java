package cn.kaohe.scoring.cli;

import cn.kaohe.scoring.ScoringEngine;
import cn.kaohe.scoring.explain.AdjustmentLine;
import cn.kaohe.scoring.explain.Contribution;
import cn.kaohe.scoring.explain.IndicatorLine;
import cn.kaohe.scoring.explain.UnitResult;
import cn.kaohe.scoring.input.UnitData;
import cn.kaohe.scoring.scheme.Scheme;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code score <scheme.json> <units...> [--format json|table] [--unit ID]}: every unit's result with its full
 * explanation (indicator lines, adjustments applied and refused, contributions adding up to the final score).
 */
final class ScoreCommand implements Command {

    @Override
    public void run(List<String> args, PrintStream out, Messages messages) {
        Arguments a = Arguments.parse("score", args, Set.of("format", "unit"));
        a.expectPositional(2, Integer.MAX_VALUE);
        boolean table = Inputs.table(a, false);
        Path file = Path.of(a.positional().get(0));
        Scheme scheme = Inputs.scheme(file);
        ScoringEngine engine = Inputs.engine(scheme, file);
        List<UnitData> units = Inputs.units(a.positional());
        if (a.option("unit").isPresent()) {
            units = List.of(Inputs.unit(units, a.option("unit").get()));
        }
        Map<String, UnitResult> results = Inputs.score(engine, units);
        if (table) {
            results.values().forEach(r -> out.print(table(r)));
        } else {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("scheme", scheme.id());
            doc.put("results", new ArrayList<>(results.values()));
            out.println(Json.write(doc));
        }
    }

    static String table(UnitResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append("Unit ").append(r.unitId()).append(" (").append(r.category()).append(")  status ")
                .append(r.status());
        if (r.complete()) {
            sb.append("  final ").append(text(r.finalScore())).append("  grade ")
                    .append(r.grade() == null ? "-" : r.grade()).append("  honours ")
                    .append(r.honoursEligible() ? "eligible" : "not eligible");
        }
        sb.append('\n');
        TextTable lines = new TextTable("indicator", "method", "inputs", "factor", "bound", "value", "contribution",
                "rule");
        for (IndicatorLine l : r.indicators()) {
            lines.row(l.path(), l.method(), l.inputs().entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" ")),
                    text(l.factor()), l.bound(), text(l.value()), text(l.contribution()), l.ruleId());
        }
        sb.append(lines.render("  "));
        if (!r.adjustments().isEmpty()) {
            TextTable adj = new TextTable("adjustment", "key", "work", "kind", "value", "applied", "reason", "rule");
            for (AdjustmentLine l : r.adjustments()) {
                adj.row(l.table(), l.key(), l.work(), l.bonus() ? "bonus" : "deduction", text(l.value()),
                        l.applied() ? "yes" : "no", l.reason(), l.ruleId());
            }
            sb.append(adj.render("  "));
        }
        if (!r.breakdown().isEmpty()) {
            Map<String, java.math.BigDecimal> bySource = new LinkedHashMap<>();
            for (Contribution c : r.breakdown()) {
                bySource.merge(c.source(), c.amount(), java.math.BigDecimal::add);
            }
            sb.append("  final =");
            bySource.forEach((source, amount) -> sb.append(' ').append(part(source, amount)));
            sb.append(" = ").append(text(r.finalScore())).append('\n');
        }
        if (!r.flags().isEmpty()) {
            sb.append("  flags: ").append(String.join(", ", r.flags())).append('\n');
        }
        for (String reason : r.reasons()) {
            sb.append("  reason: ").append(reason).append('\n');
        }
        sb.append('\n');
        return sb.toString();
    }

    private static String part(String source, java.math.BigDecimal amount) {
        String t = text(amount.abs());
        return (amount.signum() < 0 ? "- " : "+ ") + t + " [" + source + "]";
    }

    static String text(java.math.BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }
}
