package cn.kaohe.web.designer;

import cn.kaohe.scoring.scheme.Problem;
import cn.kaohe.web.i18n.ScoringMessages;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * A scoring-core scheme problem as shown to the office: file, path, what is wrong and how to fix it, translated
 * with the {@code scoring_*} bundles; {@code row} is the designer row it belongs to (null: a setting or the file).
 */
public record ProblemLine(String file, String path, String key, String what, String fix, String row)
        implements Serializable {

    /** Translates {@code p}; {@code rows} are the indicator paths of the edited tree (both path forms). */
    public static ProblemLine of(Locale locale, Problem p, List<SchemeDocument.Row> rows) {
        String what = ScoringMessages.text(locale, p.key(), p.args(), p.message());
        String fix = ScoringMessages.text(locale, p.key() + ".fix", List.of(), p.fix());
        return new ProblemLine(p.file(), p.path(), p.key(), what, fix, row(p.path(), rows));
    }

    /** The deepest row whose path (validator or reader form) is the problem's path or a prefix of it. */
    static String row(String path, List<SchemeDocument.Row> rows) {
        if (path == null || path.isBlank()) {
            return null;
        }
        String best = null;
        int bestLength = -1;
        for (SchemeDocument.Row r : rows) {
            for (String candidate : List.of(r.path(), r.readerPath())) {
                if ((path.equals(candidate) || path.startsWith(candidate + ".") || path.startsWith(candidate + "["))
                        && candidate.length() > bestLength) {
                    best = r.path();
                    bestLength = candidate.length();
                }
            }
        }
        return best;
    }
}
