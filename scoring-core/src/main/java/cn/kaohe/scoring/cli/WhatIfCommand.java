package cn.kaohe.scoring.cli;

import cn.kaohe.scoring.ScoringEngine;
import cn.kaohe.scoring.input.InputException;
import cn.kaohe.scoring.input.UnitData;
import cn.kaohe.scoring.rounding.Decimals;
import cn.kaohe.scoring.scheme.Scheme;
import cn.kaohe.scoring.whatif.WhatIf;
import cn.kaohe.scoring.whatif.WhatIfAnswer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code what-if <scheme.json> <units...> --unit ID --grade G [--indicator PATH] [--scale N] [--format table|json]}:
 * the points the unit lacks for grade G and, for the chosen indicator, the input value that reaches it (or why it
 * cannot). Exit 0 whether or not the grade is reachable: "unreachable" is an answer, not an error.
 */
final class WhatIfCommand implements Command {

    @Override
    public void run(List<String> args, PrintStream out, Messages messages) {
        Arguments a = Arguments.parse("what-if", args, Set.of("unit", "grade", "indicator", "scale", "format"));
        a.expectPositional(2, Integer.MAX_VALUE);
        String unitId = a.required("unit");
        String grade = a.required("grade");
        int scale = 2;
        if (a.option("scale").isPresent()) {
            try {
                scale = Integer.parseInt(a.option("scale").get());
            } catch (NumberFormatException e) {
                throw CliException.usage("cli.usage.option.number", "what-if", a.option("scale").get());
            }
            if (scale < 0 || scale > 10) {
                throw CliException.usage("cli.usage.option.number", "what-if", "--scale " + scale + " (0..10)");
            }
        }
        boolean table = Inputs.table(a, true);
        Path file = Path.of(a.positional().get(0));
        Scheme scheme = Inputs.scheme(file);
        ScoringEngine engine = Inputs.engine(scheme, file);
        List<UnitData> units = Inputs.units(a.positional());
        UnitData unit = Inputs.unit(units, unitId);
        List<String> grades = scheme.grades().gradesDescending();
        if (!grades.contains(grade)) {
            throw CliException.usage("cli.whatif.grade.unknown", grade, String.join(", ", grades));
        }
        WhatIfAnswer answer;
        try {
            WhatIf whatIf = WhatIf.of(engine);
            answer = a.option("indicator").isPresent()
                    ? whatIf.toGrade(unit, grade, a.option("indicator").get(), scale)
                    : whatIf.toGrade(unit, grade);
        } catch (InputException e) {
            throw Inputs.inputProblems(e.problems());
        }
        out.print(table ? table(answer) : Json.write(answer) + "\n");
    }

    static String table(WhatIfAnswer a) {
        StringBuilder sb = new StringBuilder();
        sb.append("Unit ").append(a.unitId()).append(": now ").append(text(a.currentScore())).append(' ')
                .append(a.currentGrade() == null ? "(no grade)" : a.currentGrade()).append(", target ")
                .append(a.targetGrade()).append('\n');
        if (a.alreadyThere()) {
            sb.append("  already reached: no change needed\n");
        } else if (a.unreachable() != null) {
            sb.append("  unreachable (").append(a.unreachable()).append("): ").append(a.reason()).append('\n');
        } else {
            sb.append("  needs a total of ").append(a.strict() ? "more than " : "at least ")
                    .append(text(a.threshold())).append(": ").append(text(a.pointsNeeded()))
                    .append(" point(s) more\n");
        }
        WhatIfAnswer.IndicatorAnswer i = a.indicator();
        if (i != null && !a.alreadyThere() && a.unreachable() == null) {
            sb.append("  indicator ").append(i.path()).append(" (").append(i.method()).append("): ");
            if (i.unreachable() != null) {
                sb.append("unreachable (").append(i.unreachable()).append("): ").append(i.reason()).append('\n');
            } else {
                sb.append(i.input()).append(' ').append(text(i.currentValue())).append(" -> ")
                        .append(text(i.value())).append(" (").append(i.scale()).append(" decimals");
                if (i.exactValue() != null) {
                    sb.append("; exact solution ").append(text(i.exactValue()));
                }
                sb.append(")\n  with it: final ").append(text(i.resultScore())).append(' ').append(i.resultGrade())
                        .append('\n');
            }
        }
        return sb.toString();
    }

    private static String text(java.math.BigDecimal d) {
        return d == null ? "-" : Decimals.text(d);
    }
}
