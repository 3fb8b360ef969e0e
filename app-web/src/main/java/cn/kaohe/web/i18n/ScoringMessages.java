package cn.kaohe.web.i18n;

import cn.kaohe.scoring.input.InputException;
import cn.kaohe.scoring.input.InputProblem;
import cn.kaohe.scoring.ranking.Flag;
import cn.kaohe.scoring.ranking.InvalidConfigurationException;
import cn.kaohe.scoring.ranking.InvalidInputException;
import cn.kaohe.scoring.scheme.Problem;
import cn.kaohe.scoring.scheme.SchemeException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates scoring-core's message keys ({@link Problem}, {@link InputProblem}, the ranking exceptions, result flags)
 * with the bundles {@code cn/kaohe/web/i18n/scoring_zh_CN.properties} and {@code scoring_en.properties}.
 *
 * <p>English for any English locale, Simplified Chinese for everything else. A key the bundle does not know falls
 * back to the engine's English text; nothing here throws. A bundle entry {@code <key>.argsN} is preferred when the
 * engine passes N arguments (some keys are used with different argument counts); {@code <key>.fix} is the fix.
 */
public final class ScoringMessages {

    /** Bundle base name. */
    public static final String BUNDLE = "cn.kaohe.web.i18n.scoring";

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Pattern DOC_DATE = Pattern.compile("DOC_DATE_(.+)_NOT_IN_(.+)");
    private static final Pattern LINE_COLUMN = Pattern.compile("line (\\d+), column (\\d+)");

    private ScoringMessages() {
    }

    /** The locale actually used for {@code locale}: English or Simplified Chinese. */
    public static Locale effective(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : ZH;
    }

    /** {@code path: message — fix} of a scheme problem (the file stands in for an empty path). */
    public static String problem(Locale locale, Problem p) {
        Locale l = effective(locale);
        String where = p.path() == null || p.path().isBlank() ? p.file() : location(l, p.path());
        String message = text(l, p.key(), p.args(), p.message());
        String fix = fix(l, p.key(), p.fix());
        return prefix(where) + message + (fix == null || fix.isBlank() ? "" : " — " + fix);
    }

    /** Every problem of a scheme exception, in order. */
    public static List<String> problems(Locale locale, SchemeException e) {
        List<String> out = new ArrayList<>();
        for (Problem p : e.problems()) {
            out.add(problem(locale, p));
        }
        return out;
    }

    /**
     * {@code where: message} of a unit-data problem; {@code where} is the indicator, or the unit (data item) when the
     * problem concerns no indicator (population-level data).
     */
    public static String input(Locale locale, InputProblem p) {
        Locale l = effective(locale);
        String where = p.indicator() == null || p.indicator().isBlank() || "population".equals(p.indicator())
                ? p.unit() : p.indicator();
        return prefix(where) + text(l, p.key(), p.args(), p.message());
    }

    /** Every problem of an input exception (including {@link InvalidInputException}), in order. */
    public static List<String> inputs(Locale locale, InputException e) {
        List<String> out = new ArrayList<>();
        for (InputProblem p : e.problems()) {
            out.add(input(locale, p));
        }
        return out;
    }

    /** {@code item: message — fix} of a population-level configuration error (quota, awards, reward, checks …). */
    public static String configuration(Locale locale, InvalidConfigurationException e) {
        Locale l = effective(locale);
        List<String> args = strings(e.args());
        String english = e.problems().isEmpty() ? e.getMessage() : e.problems().get(0).message();
        String fallbackFix = e.problems().isEmpty() ? null : e.problems().get(0).fix();
        String fix = fix(l, e.key(), fallbackFix);
        return prefix(e.item()) + text(l, e.key(), args, english)
                + (fix == null || fix.isBlank() ? "" : " — " + fix);
    }

    /** {@code unit: message} of a population-level data error (ranking, reward, compliance, peer, statistics). */
    public static String input(Locale locale, InvalidInputException e) {
        Locale l = effective(locale);
        String english = e.problems().isEmpty() ? e.getMessage() : e.problems().get(0).message();
        return prefix(e.unitId()) + text(l, e.key(), strings(e.args()), english);
    }

    /** A ranking flag (quota not filled, tie at the cutoff …), with its rule id. */
    public static String flag(Locale locale, Flag f) {
        return flag(locale, f.text()) + " (" + f.ruleId() + ")";
    }

    /**
     * A result flag of scoring-core ({@code TARGET_MISSING:a/b}, {@code TOTAL_CAPPED_AT_100}, {@code VETO:x} …).
     * Flags named in the scheme itself (gates, caps, tables) are returned unchanged.
     */
    public static String flag(Locale locale, String flag) {
        if (flag == null) {
            return "";
        }
        Locale l = effective(locale);
        for (FlagShape s : FLAGS) {
            Matcher m = s.pattern.matcher(flag);
            if (m.matches()) {
                List<String> args = new ArrayList<>();
                for (int i = 1; i <= m.groupCount(); i++) {
                    args.add(m.group(i));
                }
                return text(l, "flag." + s.code, args, flag);
            }
        }
        return flag;
    }

    /** A scoring method of an explanation line ({@code PRORATION}, {@code SURVEY}, {@code SHEET_DEDUCTION} …). */
    public static String method(Locale locale, String method) {
        return method == null ? "" : text(locale, "explain.method." + method, List.of(), method);
    }

    /** The name of an explanation line's input ({@code target}, {@code actual}, a rating label …). */
    public static String inputName(Locale locale, String name) {
        return name == null ? "" : text(locale, "explain.input." + name, List.of(), name);
    }

    /** {@code CAP} or {@code FLOOR} of an explanation line; empty when no bound applied. */
    public static String bound(Locale locale, String bound) {
        return bound == null ? "" : text(locale, "explain.bound." + bound, List.of(), bound);
    }

    /**
     * Why scoring-core refused a claim ({@code NO_EVIDENCE}, {@code DOC_DATE_2017-01-08_NOT_IN_2016},
     * {@code SUPERSEDED_BY_HIGHER_LEVEL}, {@code DEFERRED_TO_NEXT_YEAR}, {@code NOT_APPLICABLE_TO_CATEGORY}).
     */
    public static String refusal(Locale locale, String reason) {
        if (reason == null) {
            return "";
        }
        Matcher date = DOC_DATE.matcher(reason);
        if (date.matches()) {
            return text(locale, "explain.refused.DOC_DATE", List.of(date.group(1), date.group(2)), reason);
        }
        return text(locale, "explain.refused." + reason, List.of(), reason);
    }

    /** The bundle text for {@code key} with {@code args}, or {@code english} when the key is unknown. */
    public static String text(Locale locale, String key, List<String> args, String english) {
        ResourceBundle b = bundle(effective(locale));
        if (b == null || key == null) {
            return english == null ? String.valueOf(key) : english;
        }
        List<String> a = args == null ? List.of() : args;
        String pattern = lookup(b, key + ".args" + a.size());
        if (pattern == null) {
            pattern = lookup(b, key);
        }
        if (pattern == null) {
            return english == null ? key : english;
        }
        String none = lookup(b, "arg.none");
        Object[] values = new Object[a.size()];
        for (int i = 0; i < values.length; i++) {
            String v = a.get(i);
            values[i] = v == null || "null".equals(v) ? none : v;
        }
        try {
            return new MessageFormat(pattern, effective(locale)).format(values);
        } catch (IllegalArgumentException e) {
            return english == null ? key : english;
        }
    }

    /** Does the bundle of {@code locale} hold {@code key}? */
    public static boolean has(Locale locale, String key) {
        ResourceBundle b = bundle(effective(locale));
        return b != null && lookup(b, key) != null;
    }

    private static String fix(Locale l, String key, String english) {
        ResourceBundle b = bundle(l);
        String fix = b == null || key == null ? null : lookup(b, key + ".fix");
        if (fix == null) {
            return english;
        }
        try {
            return new MessageFormat(fix, l).format(new Object[0]);
        } catch (IllegalArgumentException e) {
            return english;
        }
    }

    private static String location(Locale l, String path) {
        if (!l.getLanguage().equals("zh")) {
            return path;
        }
        Matcher m = LINE_COLUMN.matcher(path);
        return m.matches() ? "第 " + m.group(1) + " 行第 " + m.group(2) + " 列" : path;
    }

    private static String prefix(String where) {
        return where == null || where.isBlank() ? "" : where + ": ";
    }

    private static List<String> strings(List<Object> args) {
        List<String> out = new ArrayList<>();
        if (args != null) {
            for (Object o : args) {
                out.add(o == null ? null : String.valueOf(o));
            }
        }
        return out;
    }

    private static String lookup(ResourceBundle b, String key) {
        try {
            return b.containsKey(key) ? b.getString(key) : null;
        } catch (MissingResourceException | ClassCastException e) {
            return null;
        }
    }

    private static ResourceBundle bundle(Locale l) {
        try {
            return ResourceBundle.getBundle(BUNDLE, l, ScoringMessages.class.getClassLoader(), NO_FALLBACK);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private record FlagShape(String code, Pattern pattern) {
        static FlagShape of(String code, String regex) {
            return new FlagShape(code, Pattern.compile(regex));
        }
    }

    /** Engine-made flag shapes, most specific first; the groups are the message arguments. */
    private static final List<FlagShape> FLAGS = List.of(
            FlagShape.of("SURVEY_BELOW_MIN_RESPONDENTS", "SURVEY_BELOW_MIN_RESPONDENTS:(.*):(\\d+)<(\\d+)"),
            FlagShape.of("SURVEY_NO_RESPONDENTS", "SURVEY_NO_RESPONDENTS:(.*)"),
            FlagShape.of("SATISFACTION_BELOW_THRESHOLD", "SATISFACTION_BELOW_THRESHOLD:(.*)"),
            FlagShape.of("TARGET_MISSING", "TARGET_MISSING:(.*)"),
            FlagShape.of("ACTUAL_MISSING", "ACTUAL_MISSING:(.*)"),
            FlagShape.of("TARGET_NOT_POSITIVE", "TARGET_NOT_POSITIVE:(.*)"),
            FlagShape.of("SCORE_MISSING", "SCORE_MISSING:(.*)"),
            FlagShape.of("PERIOD_MISSING", "PERIOD_MISSING:(.*)"),
            FlagShape.of("NORMALISED_FROM_POINTS", "NORMALISED_FROM_(.*)_POINTS"),
            FlagShape.of("TOTAL_CAPPED_AT", "TOTAL_CAPPED_AT_(.*)"),
            FlagShape.of("VETO", "VETO:(.*)"),
            FlagShape.of("GRADE_DETERMINED", "GRADE_DETERMINED:(.*)"),
            FlagShape.of("DISQUALIFIED", "DISQUALIFIED:(.*)"),
            FlagShape.of("GROWTH_UNDEFINED", "GROWTH_UNDEFINED:(.*)"),
            FlagShape.of("QUOTA_NOT_FILLED", "QUOTA_NOT_FILLED:(\\d+)_of_(\\d+)"),
            FlagShape.of("QUOTA_EXCEEDED_BY_TIE", "QUOTA_EXCEEDED_BY_TIE:(\\d+)_of_(\\d+)"),
            FlagShape.of("TIE_AT_CUTOFF", "TIE_AT_CUTOFF:(\\d+)_for_(\\d+)"),
            FlagShape.of("FEWER_THAN_MIN_QUALIFY", "FEWER_THAN_\\d+_UNITS.*"),
            FlagShape.of("AWARD_TIE", "AWARD_TIE:(.*)"));
}
