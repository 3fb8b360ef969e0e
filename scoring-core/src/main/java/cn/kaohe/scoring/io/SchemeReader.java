package cn.kaohe.scoring.io;

import cn.kaohe.scoring.adjustment.AdjustmentTable;
import cn.kaohe.scoring.adjustment.Adjustments;
import cn.kaohe.scoring.adjustment.CapGroup;
import cn.kaohe.scoring.adjustment.GrowthStep;
import cn.kaohe.scoring.adjustment.Sign;
import cn.kaohe.scoring.aggregation.Period;
import cn.kaohe.scoring.aggregation.PeriodMode;
import cn.kaohe.scoring.aggregation.PeriodSpec;
import cn.kaohe.scoring.method.BelowMinimum;
import cn.kaohe.scoring.method.ContributionMode;
import cn.kaohe.scoring.method.Deduction;
import cn.kaohe.scoring.method.Direction;
import cn.kaohe.scoring.method.Discretionary;
import cn.kaohe.scoring.method.Overfulfilment;
import cn.kaohe.scoring.method.Proration;
import cn.kaohe.scoring.method.ScoringMethod;
import cn.kaohe.scoring.method.SheetSpec;
import cn.kaohe.scoring.method.Survey;
import cn.kaohe.scoring.method.Tier;
import cn.kaohe.scoring.method.TierContribution;
import cn.kaohe.scoring.method.ZeroTargetPolicy;
import cn.kaohe.scoring.outcome.Eligibility;
import cn.kaohe.scoring.outcome.GateCondition;
import cn.kaohe.scoring.outcome.GradeBand;
import cn.kaohe.scoring.outcome.GradeGate;
import cn.kaohe.scoring.outcome.GradeScale;
import cn.kaohe.scoring.outcome.VetoEffect;
import cn.kaohe.scoring.outcome.VetoRule;
import cn.kaohe.scoring.rounding.Division;
import cn.kaohe.scoring.rounding.RoundingPolicy;
import cn.kaohe.scoring.scheme.Category;
import cn.kaohe.scoring.scheme.Indicator;
import cn.kaohe.scoring.scheme.NodeKind;
import cn.kaohe.scoring.scheme.Problem;
import cn.kaohe.scoring.scheme.Scheme;
import cn.kaohe.scoring.scheme.SchemeException;
import cn.kaohe.scoring.scheme.SchemeValidator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a scheme file (JSON, format in {@code docs/scheme-format.md}) and validates it. Every problem — of the
 * file's shape and of the scheme's content — is collected and thrown together as one {@link SchemeException},
 * each naming the file, the path, what is wrong and how to fix it.
 *
 * <pre>{@code
 * Scheme zd = SchemeReader.template("zd");                  // shipped seed scheme
 * Scheme mine = SchemeReader.read(Path.of("my-scheme.json"));
 * }</pre>
 */
public final class SchemeReader {

    /** Classpath folder of the shipped seed schemes. */
    public static final String TEMPLATE_FOLDER = "/cn/kaohe/scoring/schemes/";

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private final JsonFields f;

    private SchemeReader(String file) {
        this.file = file;
        this.f = new JsonFields((path, key, message, fix, args) ->
                problems.add(Problem.at(path, key, message, fix, args).inFile(file)));
    }

    /** Reads and validates a scheme file. */
    public static Scheme read(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, path.toString());
        } catch (IOException e) {
            throw new SchemeException(List.of(Problem.at("", "file.unreadable", "cannot read the file: "
                    + e.getMessage(), "check the path and permissions").inFile(path.toString())));
        }
    }

    /** Reads and validates a shipped seed scheme ({@code hos}, {@code tb13}, {@code vil}, {@code ts}, {@code zd}, {@code xj}, {@code xj-special}). */
    public static Scheme template(String name) {
        String resource = TEMPLATE_FOLDER + name + ".json";
        InputStream in = SchemeReader.class.getResourceAsStream(resource);
        if (in == null) {
            throw new SchemeException(List.of(Problem.at("", "file.missing", "no shipped scheme '" + name + "'",
                    "use hos, tb13, vil, ts, zd, xj or xj-special").inFile(resource)));
        }
        try (in) {
            return read(in, resource);
        } catch (IOException e) {
            throw new SchemeException(List.of(Problem.at("", "file.unreadable", e.getMessage(), "reinstall")
                    .inFile(resource)));
        }
    }

    /** Reads and validates a scheme from a stream; {@code file} names it in problems. */
    public static Scheme read(InputStream in, String file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw new SchemeException(List.of(Problem.at("line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr(), "file.notJson", "not valid JSON: " + e.getOriginalMessage(),
                    "fix the JSON syntax at that position").inFile(file)));
        } catch (IOException e) {
            throw new SchemeException(List.of(Problem.at("", "file.unreadable", e.getMessage(), "check the file")
                    .inFile(file)));
        }
        return fromJson(root, file);
    }

    /** Validates a scheme given as a JSON tree. */
    public static Scheme fromJson(JsonNode root, String file) {
        SchemeReader r = new SchemeReader(file);
        Scheme scheme = r.scheme(root);
        if (scheme != null) {
            SchemeValidator.problems(scheme).forEach(p -> r.problems.add(p.inFile(file)));
        }
        if (!r.problems.isEmpty()) {
            throw new SchemeException(r.problems);
        }
        return scheme;
    }

    private void problem(String path, String key, String message, String fix, String... args) {
        problems.add(Problem.at(path, key, message, fix, args).inFile(file));
    }

    private Scheme scheme(JsonNode root) {
        if (root == null || !root.isObject()) {
            problem("", "file.notObject", "the file must hold one JSON object", "start the file with {");
            return null;
        }
        f.allowOnly(root, "$", "id", "title", "rounding", "grades", "gates", "veto", "eligibility", "adjustments",
                "categories", "totalCap", "division", "notes");
        String id = f.text(root, "id", "$", true);
        String title = f.text(root, "title", "$", false);
        RoundingPolicy rounding = rounding(root.get("rounding"));
        GradeScale grades = grades(root.get("grades"));
        List<GradeGate> gates = new ArrayList<>();
        f.each(root, "gates", "$", (n, p) -> gates.add(gate(n, p)));
        VetoRule veto = veto(root.get("veto"));
        Eligibility eligibility = eligibility(root.get("eligibility"));
        Adjustments adjustments = adjustments(root.get("adjustments"));
        List<Category> categories = new ArrayList<>();
        f.each(root, "categories", "$", (n, p) -> {
            Category c = category(n, p);
            if (c != null) {
                categories.add(c);
            }
        });
        if (!root.has("categories")) {
            problem("$.categories", "field.missing", "'categories' is required", "declare at least one category");
        }
        if (!problems.isEmpty() || id == null || grades == null) {
            return null;
        }
        Division division = f.enumValue(root, "division", "$", Division.class, Division.EXACT);
        return new Scheme(id, title, categories, adjustments, grades, gates, veto, eligibility, rounding,
                f.decimal(root, "totalCap", "$", false), division);
    }

    private RoundingPolicy rounding(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        f.allowOnly(n, "$.rounding", "scale", "mode");
        int scale = f.integer(n, "scale", "$.rounding", 0);
        RoundingMode mode = f.enumValue(n, "mode", "$.rounding", RoundingMode.class, RoundingMode.HALF_UP);
        if (mode == RoundingMode.UNNECESSARY) {
            problem("$.rounding.mode", "rounding.unnecessary", "UNNECESSARY cannot hold: scores are quotients",
                    "use HALF_UP (TS-20) or remove 'rounding' for exact values", "UNNECESSARY");
            return null;
        }
        if (scale < 0 || scale > 10) {
            problem("$.rounding.scale", "rounding.scale", "scale " + scale + " is outside 0..10",
                    "use 1 for 精确到小数点后1位", String.valueOf(scale));
            return null;
        }
        return RoundingPolicy.of(scale, mode);
    }

    private GradeScale grades(JsonNode n) {
        if (n == null || n.isNull()) {
            return new GradeScale(List.of(), GradeScale.Basis.ABSOLUTE); // no grades stated (TB13, HOS)
        }
        f.allowOnly(n, "$.grades", "basis", "bands");
        GradeScale.Basis basis = f.enumValue(n, "basis", "$.grades", GradeScale.Basis.class, GradeScale.Basis.ABSOLUTE);
        List<GradeBand> bands = new ArrayList<>();
        f.each(n, "bands", "$.grades", (b, p) -> {
            f.allowOnly(b, p, "grade", "min", "max", "minInclusive", "maxInclusive");
            String grade = f.text(b, "grade", p, true);
            BigDecimal min = f.decimal(b, "min", p, false);
            BigDecimal max = f.decimal(b, "max", p, false);
            if (grade != null) {
                bands.add(new GradeBand(grade, min, max, f.bool(b, "minInclusive", p, true),
                        f.bool(b, "maxInclusive", p, false)));
            }
        });
        return new GradeScale(bands, basis);
    }

    private GradeGate gate(JsonNode n, String p) {
        f.allowOnly(n, p, "grade", "conditions", "downgradeTo", "flagPrefix", "rule");
        List<GateCondition> conditions = new ArrayList<>();
        f.each(n, "conditions", p, (c, cp) -> {
            f.allowOnly(c, cp, "fact", "allowed", "flag");
            String fact = f.text(c, "fact", cp, true);
            if (fact != null) {
                conditions.add(new GateCondition(fact, f.strings(c, "allowed", cp), f.text(c, "flag", cp, false)));
            }
        });
        String grade = f.text(n, "grade", p, true);
        return new GradeGate(grade == null ? "" : grade, conditions, f.text(n, "downgradeTo", p, true),
                f.text(n, "flagPrefix", p, false), f.text(n, "rule", p, false));
    }

    private VetoRule veto(JsonNode n) {
        if (n == null || n.isNull()) {
            return VetoRule.NONE;
        }
        f.allowOnly(n, "$.veto", "areas", "effect", "failGrade", "rule");
        return new VetoRule(f.strings(n, "areas", "$.veto"),
                f.enumValue(n, "effect", "$.veto", VetoEffect.class, VetoEffect.FORCE_FAIL),
                f.text(n, "failGrade", "$.veto", false), f.text(n, "rule", "$.veto", false));
    }

    private Eligibility eligibility(JsonNode n) {
        if (n == null || n.isNull()) {
            return Eligibility.OPEN;
        }
        String p = "$.eligibility";
        f.allowOnly(n, p, "minScore", "blockingGrades", "disqualifyingFacts", "rule");
        return new Eligibility(f.decimal(n, "minScore", p, false), f.strings(n, "blockingGrades", p),
                f.strings(n, "disqualifyingFacts", p), f.text(n, "rule", p, false));
    }

    private Adjustments adjustments(JsonNode n) {
        if (n == null || n.isNull()) {
            return Adjustments.NONE;
        }
        String p = "$.adjustments";
        f.allowOnly(n, p, "tables", "caps", "growth");
        List<CapGroup> caps = new ArrayList<>();
        f.each(n, "caps", p, (c, cp) -> {
            f.allowOnly(c, cp, "id", "max", "rule", "flag");
            String id = f.text(c, "id", cp, true);
            BigDecimal max = f.decimal(c, "max", cp, true);
            if (id != null && max != null) {
                caps.add(new CapGroup(id, max, f.text(c, "rule", cp, false), f.text(c, "flag", cp, false)));
            }
        });
        List<AdjustmentTable> tables = new ArrayList<>();
        f.each(n, "tables", p, (t, tp) -> {
            f.allowOnly(t, tp, "id", "sign", "rule", "rows", "enteredMin", "enteredMax", "highestPerWork",
                    "evidenceRequired", "documentYear", "outsideYearFlag", "notRectifiedFactor", "capGroup",
                    "deferrable", "leaderDemeritShare");
            String id = f.text(t, "id", tp, true);
            Sign sign = f.enumValue(t, "sign", tp, Sign.class, null);
            if (sign == null && !t.has("sign")) {
                problem(tp + ".sign", "field.missing", "'sign' is required", "write \"BONUS\" or \"DEDUCTION\"");
            }
            Map<String, BigDecimal> rows = decimalMap(t.get("rows"), tp + ".rows");
            if (id != null && sign != null) {
                tables.add(new AdjustmentTable(id, sign, f.text(t, "rule", tp, false), rows,
                        f.decimal(t, "enteredMin", tp, false), f.decimal(t, "enteredMax", tp, false),
                        f.bool(t, "highestPerWork", tp, false), f.bool(t, "evidenceRequired", tp, false),
                        f.bool(t, "documentYear", tp, false), f.text(t, "outsideYearFlag", tp, false),
                        f.decimal(t, "notRectifiedFactor", tp, false), f.text(t, "capGroup", tp, false),
                        f.bool(t, "deferrable", tp, false), f.decimal(t, "leaderDemeritShare", tp, false)));
            }
        });
        List<GrowthStep> growth = new ArrayList<>();
        f.each(n, "growth", p, (g, gp) -> {
            f.allowOnly(g, gp, "id", "rule", "minCurrent", "stepPercent", "bonusPerStep", "penaltyPerStep",
                    "thresholdOnPrevious", "partialSteps", "undefinedFlag");
            String id = f.text(g, "id", gp, true);
            BigDecimal step = f.decimal(g, "stepPercent", gp, true);
            if (id != null && step != null) {
                growth.add(new GrowthStep(id, f.text(g, "rule", gp, false), f.decimal(g, "minCurrent", gp, false), step,
                        f.decimal(g, "bonusPerStep", gp, false), f.decimal(g, "penaltyPerStep", gp, false),
                        f.bool(g, "thresholdOnPrevious", gp, false), f.bool(g, "partialSteps", gp, false),
                        f.text(g, "undefinedFlag", gp, false)));
            }
        });
        return new Adjustments(tables, caps, growth);
    }

    private Map<String, BigDecimal> decimalMap(JsonNode n, String path) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isObject()) {
            problem(path, "field.notAnObject", "must be an object of name → number", "write {\"county\": \"0.1\"}");
            return out;
        }
        Iterator<String> names = n.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            BigDecimal v = f.decimal(n, name, path, true);
            if (v != null) {
                out.put(name, v);
            }
        }
        return out;
    }

    private Category category(JsonNode n, String p) {
        f.allowOnly(n, p, "id", "name", "adjustmentsApply", "notApplicableFlag", "honoursMinScore", "root");
        String id = f.text(n, "id", p, true);
        JsonNode root = n.get("root");
        if (root == null) {
            problem(p + ".root", "field.missing", "'root' is required", "give the category its indicator tree");
            return null;
        }
        Indicator tree = node(root, id == null ? p : id);
        if (id == null || tree == null) {
            return null;
        }
        return new Category(id, f.text(n, "name", p, false), tree, f.bool(n, "adjustmentsApply", p, true),
                f.text(n, "notApplicableFlag", p, false), f.decimal(n, "honoursMinScore", p, false));
    }

    private Indicator node(JsonNode n, String p) {
        if (n == null || !n.isObject()) {
            problem(p, "field.notAnObject", "an indicator must be an object", "write { \"id\": …, … }");
            return null;
        }
        f.allowOnly(n, p, "id", "name", "rule", "weight", "points", "divisor", "children", "method", "sheet",
                "periods", "child", "notes");
        String id = f.text(n, "id", p, true);
        String path = id == null ? p : p + "/" + id;
        String name = f.text(n, "name", path, false);
        String rule = f.text(n, "rule", path, false);
        BigDecimal weight = f.decimal(n, "weight", path, false);
        BigDecimal points = f.decimal(n, "points", path, false);
        BigDecimal divisor = f.decimal(n, "divisor", path, false);
        int kinds = (n.has("children") ? 1 : 0) + (n.has("method") ? 1 : 0) + (n.has("sheet") ? 1 : 0)
                + (n.has("periods") ? 1 : 0);
        if (kinds != 1) {
            problem(path, "indicator.kind", "an indicator needs exactly one of children, method, sheet, periods",
                    "a group has 'children', a leaf a 'method', a unit-supplied sheet a 'sheet', a split 'periods' and 'child'");
            return null;
        }
        if (id == null) {
            return null;
        }
        if (n.has("children")) {
            List<Indicator> children = new ArrayList<>();
            JsonNode list = n.get("children");
            if (!list.isArray()) {
                problem(path + ".children", "field.notAList", "'children' must be a list", "write [ … ]");
                return null;
            }
            boolean ok = true;
            for (JsonNode c : list) {
                Indicator child = node(c, path);
                if (child == null) {
                    ok = false;
                } else {
                    children.add(child);
                }
            }
            return ok ? new Indicator(id, name, rule, weight, points, NodeKind.GROUP, children, divisor, null, null, null)
                    : null;
        }
        if (n.has("method")) {
            ScoringMethod method = method(n.get("method"), path + ".method");
            return method == null ? null
                    : new Indicator(id, name, rule, weight, points, NodeKind.LEAF, List.of(), null, method, null, null);
        }
        if (n.has("sheet")) {
            SheetSpec sheet = sheet(n.get("sheet"), path + ".sheet");
            return sheet == null ? null
                    : new Indicator(id, name, rule, weight, points, NodeKind.SHEET, List.of(), null, null, sheet, null);
        }
        PeriodSpec periods = periods(n.get("periods"), path + ".periods");
        if (!n.has("child")) {
            problem(path + ".child", "field.missing", "a split needs its 'child'", "add \"child\": { … }");
            return null;
        }
        Indicator child = node(n.get("child"), path);
        return periods == null || child == null ? null
                : new Indicator(id, name, rule, weight, points, NodeKind.PERIODS, List.of(child), null, null, null,
                periods);
    }

    private ScoringMethod method(JsonNode n, String p) {
        String type = f.text(n, "type", p, true);
        if (type == null) {
            return null;
        }
        switch (type) {
            case "PRORATION" -> {
                f.allowOnly(n, p, "type", "points", "direction", "zeroTarget");
                BigDecimal points = f.decimal(n, "points", p, true);
                Direction d = f.enumValue(n, "direction", p, Direction.class, Direction.HIGHER_IS_BETTER);
                ZeroTargetPolicy z = f.enumValue(n, "zeroTarget", p, ZeroTargetPolicy.class,
                        ZeroTargetPolicy.FULL_IF_REACHED);
                return points == null ? null : new Proration(points, d, z);
            }
            case "DEDUCTION" -> {
                f.allowOnly(n, p, "type", "points", "floorAtZero");
                BigDecimal points = f.decimal(n, "points", p, true);
                return points == null ? null : new Deduction(points, f.bool(n, "floorAtZero", p, true));
            }
            case "DISCRETIONARY" -> {
                f.allowOnly(n, p, "type", "min", "max");
                BigDecimal max = f.decimal(n, "max", p, true);
                return max == null ? null : new Discretionary(f.decimal(n, "min", p, false), max);
            }
            case "SURVEY" -> {
                f.allowOnly(n, p, "type", "points", "scale", "minRespondents", "belowMinimum", "satisfied",
                        "rateThreshold");
                BigDecimal points = f.decimal(n, "points", p, true);
                Map<String, BigDecimal> scale = decimalMap(n.get("scale"), p + ".scale");
                return points == null ? null : new Survey(points, scale, f.integer(n, "minRespondents", p, 0),
                        f.enumValue(n, "belowMinimum", p, BelowMinimum.class, BelowMinimum.BLOCK),
                        f.strings(n, "satisfied", p), f.decimal(n, "rateThreshold", p, false));
            }
            case "TIER_CONTRIBUTION" -> {
                f.allowOnly(n, p, "type", "tiers", "mode");
                List<Tier> tiers = new ArrayList<>();
                f.each(n, "tiers", p, (t, tp) -> {
                    f.allowOnly(t, tp, "grade", "from", "low", "high");
                    String grade = f.text(t, "grade", tp, true);
                    BigDecimal low = f.decimal(t, "low", tp, true);
                    if (grade != null && low != null) {
                        tiers.add(new Tier(grade, f.decimal(t, "from", tp, false), low, f.decimal(t, "high", tp, false)));
                    }
                });
                return new TierContribution(tiers,
                        f.enumValue(n, "mode", p, ContributionMode.class, ContributionMode.INTERPOLATE));
            }
            default -> {
                problem(p + ".type", "field.unknownValue", "unknown method '" + type + "'",
                        "use PRORATION, DEDUCTION, SURVEY, DISCRETIONARY or TIER_CONTRIBUTION", type);
                return null;
            }
        }
    }

    private SheetSpec sheet(JsonNode n, String p) {
        f.allowOnly(n, p, "itemMethod", "floorAtZero", "direction", "zeroTarget", "normaliseTo", "overfulfilment",
                "assessorWeights", "flagNormalised");
        Overfulfilment o = null;
        JsonNode on = n.get("overfulfilment");
        if (on != null && !on.isNull()) {
            String op = p + ".overfulfilment";
            f.allowOnly(on, op, "thresholdShare", "bonus", "itemCapShare", "groups", "rule");
            BigDecimal threshold = f.decimal(on, "thresholdShare", op, true);
            BigDecimal bonus = f.decimal(on, "bonus", op, true);
            if (threshold != null && bonus != null) {
                o = new Overfulfilment(threshold, bonus, f.decimal(on, "itemCapShare", op, false),
                        f.strings(on, "groups", op), f.text(on, "rule", op, false));
            }
        }
        return new SheetSpec(f.enumValue(n, "itemMethod", p, SheetSpec.ItemMethod.class, SheetSpec.ItemMethod.DEDUCTION),
                f.bool(n, "floorAtZero", p, true), f.enumValue(n, "direction", p, Direction.class, null),
                f.enumValue(n, "zeroTarget", p, ZeroTargetPolicy.class, null), f.decimal(n, "normaliseTo", p, false), o,
                decimalMap(n.get("assessorWeights"), p + ".assessorWeights"), f.bool(n, "flagNormalised", p, true));
    }

    private PeriodSpec periods(JsonNode n, String p) {
        if (n == null || !n.isObject()) {
            problem(p, "field.notAnObject", "'periods' must be an object", "write { \"mode\": \"FIXED\", … }");
            return null;
        }
        f.allowOnly(n, p, "mode", "divisor", "acceptWhole", "periods");
        List<Period> list = new ArrayList<>();
        f.each(n, "periods", p, (e, ep) -> {
            f.allowOnly(e, ep, "id", "weight");
            String id = f.text(e, "id", ep, true);
            BigDecimal w = f.decimal(e, "weight", ep, true);
            if (id != null && w != null) {
                list.add(new Period(id, w));
            }
        });
        return new PeriodSpec(list, f.decimal(n, "divisor", p, false),
                f.enumValue(n, "mode", p, PeriodMode.class, PeriodMode.FIXED), f.bool(n, "acceptWhole", p, false));
    }
}
