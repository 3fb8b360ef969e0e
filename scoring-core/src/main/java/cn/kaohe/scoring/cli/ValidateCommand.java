package cn.kaohe.scoring.cli;

import cn.kaohe.scoring.scheme.Category;
import cn.kaohe.scoring.scheme.Indicator;
import cn.kaohe.scoring.scheme.Scheme;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code validate <scheme.json>}: reads the scheme and lists every problem (exit 2), or confirms it (exit 0). */
final class ValidateCommand implements Command {

    @Override
    public void run(List<String> args, PrintStream out, Messages messages) {
        Arguments a = Arguments.parse("validate", args, Set.of());
        a.expectPositional(1, 1);
        Path file = Path.of(a.positional().get(0));
        Scheme scheme = Inputs.scheme(file);
        Inputs.engine(scheme, file);
        int indicators = 0;
        for (Category c : scheme.categories()) {
            indicators += count(c.root());
        }
        out.println(messages.get("cli.scheme.valid", file, scheme.id(), scheme.categories().size(), indicators));
    }

    private static int count(Indicator node) {
        int n = node.children().isEmpty() ? 1 : 0;
        for (Indicator c : node.children()) {
            n += count(c);
        }
        return n;
    }
}
