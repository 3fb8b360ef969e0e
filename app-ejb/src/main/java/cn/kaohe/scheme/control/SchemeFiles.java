package cn.kaohe.scheme.control;

import cn.kaohe.platform.json.CanonicalJson;
import cn.kaohe.platform.validation.Violation;
import cn.kaohe.scoring.ScoringEngine;
import cn.kaohe.scoring.ranking.TierRules;
import cn.kaohe.scoring.scheme.Category;
import cn.kaohe.scoring.scheme.Problem;
import cn.kaohe.scoring.scheme.Scheme;
import cn.kaohe.scoring.scheme.SchemeException;
import cn.kaohe.scoring.io.SchemeReader;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scheme files through scoring-core: validation (every problem as a {@link Violation}), the population rules
 * ({@link TierRules} per category) and a cache of built engines keyed by the file's SHA-256 (an engine is immutable
 * and thread-safe, so one per distinct file is enough).
 */
public final class SchemeFiles {

    private static final ObjectMapper RULES = new ObjectMapper();
    private static final Map<String, Compiled> CACHE = new ConcurrentHashMap<>();

    private SchemeFiles() {
    }

    /** A validated scheme with its engine and population rules. */
    public record Compiled(Scheme scheme, ScoringEngine engine, Map<String, TierRules> tierRules) {
    }

    /** Validates a scheme file and its population rules; every problem found is added to {@code problems}. */
    public static Compiled validate(JsonNode schemeJson, JsonNode rulesJson, String file, List<Violation> problems) {
        Scheme scheme;
        ScoringEngine engine;
        try {
            scheme = SchemeReader.fromJson(schemeJson, file);
            engine = ScoringEngine.builder().scheme(scheme).build();
        } catch (SchemeException invalid) {
            for (Problem p : invalid.problems()) {
                // where, scoring-core's key, its English message and fix, then its arguments (the web layer translates)
                List<String> args = new ArrayList<>(List.of(nonNull(p.path()), p.key(), nonNull(p.message()),
                        nonNull(p.fix())));
                p.args().forEach(a -> args.add(String.valueOf(a)));
                problems.add(new Violation("scheme", "scheme.problem", args));
            }
            return null;
        }
        Map<String, TierRules> rules = tierRules(scheme, rulesJson, problems);
        return rules == null ? null : new Compiled(scheme, engine, rules);
    }

    /** The compiled form of a stored (already valid) file. */
    public static Compiled compiled(String contentSha256, String content, String populationRules) {
        return CACHE.computeIfAbsent(contentSha256 + ":" + CanonicalJson.sha256(nonNull(populationRules)), k -> {
            List<Violation> problems = new ArrayList<>();
            Compiled c = validate(CanonicalJson.parse(content),
                    populationRules == null ? null : CanonicalJson.parse(populationRules), "stored", problems);
            if (c == null) {
                throw new IllegalStateException("a stored scheme no longer validates: " + problems);
            }
            return c;
        });
    }

    private static Map<String, TierRules> tierRules(Scheme scheme, JsonNode json, List<Violation> problems) {
        Map<String, TierRules> out = new LinkedHashMap<>();
        if (json == null || json.isNull() || json.isMissingNode()) {
            return out;
        }
        JsonNode list = json.isObject() && json.has("groups") ? json.get("groups") : json;
        if (!list.isArray() && !list.isObject()) {
            problems.add(Violation.of("populationRules", "scheme.rules.shape"));
            return null;
        }
        int before = problems.size();
        int i = 0;
        for (JsonNode n : list) {
            String where = "populationRules[" + i++ + "]";
            try {
                TierRules rules = RULES.treeToValue(n, TierRules.class);
                if (scheme.category(rules.tierId()).isEmpty()) {
                    problems.add(Violation.of(where, "scheme.rules.unknownCategory", String.valueOf(rules.tierId()),
                            String.join(", ", scheme.categories().stream().map(Category::id).toList())));
                } else {
                    out.put(rules.tierId(), rules);
                }
            } catch (JsonProcessingException | RuntimeException invalid) {
                String why = invalid instanceof JsonProcessingException j ? j.getOriginalMessage() : invalid.getMessage();
                problems.add(Violation.of(where, "scheme.rules.invalid", nonNull(why)));
            }
        }
        return problems.size() == before ? out : null;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
