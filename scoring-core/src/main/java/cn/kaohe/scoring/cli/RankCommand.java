package cn.kaohe.scoring.cli;

import cn.kaohe.scoring.ScoringEngine;
import cn.kaohe.scoring.explain.UnitResult;
import cn.kaohe.scoring.input.UnitData;
import cn.kaohe.scoring.ranking.Candidate;
import cn.kaohe.scoring.ranking.Exclusion;
import cn.kaohe.scoring.ranking.InvalidConfigurationException;
import cn.kaohe.scoring.ranking.QuotaDecision;
import cn.kaohe.scoring.ranking.QuotaRule;
import cn.kaohe.scoring.ranking.TierEvaluation;
import cn.kaohe.scoring.ranking.TierRules;
import cn.kaohe.scoring.ranking.TiePolicy;
import cn.kaohe.scoring.ranking.UnitStanding;
import cn.kaohe.scoring.rounding.Decimals;
import cn.kaohe.scoring.scheme.Category;
import cn.kaohe.scoring.scheme.Scheme;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code rank <scheme.json> <units...> [--format table|json] [--quota-percent P] [--quota-floor F]
 * [--quota-ties report|include_all|exclude_all] [--award NAME] | [--rules FILE] [--decided CATEGORY=N,...]}: ranks the units of each category on their exact
 * final scores (competition ranking, ties reported) and allocates the quota. Units that may not receive honours
 * (veto, gating, disqualifying facts) keep their rank but are skipped by the quota (TB-20, ZD-31); incomplete units
 * are listed unranked.
 *
 * <p>The {@link cn.kaohe.scoring.scheme.Scheme} does not carry population rules, so they come from a rules file
 * ({@code --rules}: {@link TierRules} per category, docs/population-rules.md) or from the command line
 * ({@code --quota-percent 25 --quota-floor 90}, ZD-29).
 */
final class RankCommand implements Command {

    @Override
    public void run(List<String> args, PrintStream out, Messages messages) {
        Arguments a = Arguments.parse("rank", args,
                Set.of("format", "quota-percent", "quota-floor", "quota-ties", "award", "rules", "decided"));
        a.expectPositional(2, Integer.MAX_VALUE);
        boolean table = Inputs.table(a, true);
        QuotaRule quota = quota(a);
        Map<String, TierRules> rules = a.option("rules").isPresent() ? rules(Path.of(a.option("rules").get())) : null;
        if (rules != null && quota != null) {
            throw CliException.usage("cli.usage.option.conflict", "rank", "--rules", "--quota-percent");
        }
        Map<String, Integer> decided = decided(a);
        Path file = Path.of(a.positional().get(0));
        Scheme scheme = Inputs.scheme(file);
        ScoringEngine engine = Inputs.engine(scheme, file);
        List<UnitData> units = Inputs.units(a.positional());
        Map<String, UnitResult> results = Inputs.score(engine, units);

        List<Map<String, Object>> doc = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Category c : scheme.categories()) {
            List<Candidate> candidates = new ArrayList<>();
            List<UnitResult> unranked = new ArrayList<>();
            for (UnitResult r : results.values()) {
                if (!r.category().equals(c.id())) {
                    continue;
                }
                if (!r.complete()) {
                    unranked.add(r);
                } else if (r.honoursEligible() || !barred(r, scheme)) {
                    // below the honours floor only: the quota's own floor decides (BELOW_FLOOR), not an exclusion
                    candidates.add(Candidate.of(r.unitId(), r.finalScore()));
                } else {
                    candidates.add(Candidate.of(r.unitId(), r.finalScore(), List.of(new Exclusion(
                            r.reasons().isEmpty() ? "not eligible for honours (grade " + r.grade() + ")"
                                    : String.join("; ", r.reasons()),
                            scheme.veto().ruleId() == null ? "eligibility" : scheme.veto().ruleId()))));
                }
            }
            if (candidates.isEmpty() && unranked.isEmpty()) {
                continue;
            }
            TierRules tier = rules == null ? new TierRules(c.id(), quota, null, List.of())
                    : rules.getOrDefault(c.id(), new TierRules(c.id(), null, null, List.of()));
            TierEvaluation eval;
            try {
                eval = decided.containsKey(c.id()) ? tier.evaluate(candidates, decided.get(c.id()))
                        : tier.evaluate(candidates);
            } catch (cn.kaohe.scoring.ranking.InvalidInputException e) {
                throw CliException.usage("cli.usage.option.quota", "rank", c.id() + ": " + e.getMessage());
            }
            QuotaRule tierQuota = tier.quota();
            Map<String, Object> cat = new LinkedHashMap<>();
            cat.put("category", c.id());
            cat.put("name", c.name());
            text.append("Category ").append(c.id()).append(" (").append(c.name()).append("): ")
                    .append(candidates.size()).append(" ranked");
            if (tierQuota != null) {
                int places = eval.quota().quota();
                cat.put("quota", Map.of("award", tierQuota.award(), "places", places, "rule", tierQuota.ruleId()));
                text.append(", quota ").append(tierQuota.award()).append(' ').append(places).append(" place(s)");
                if (tierQuota.scoreFloor() != null) {
                    text.append(" (score >= ").append(Decimals.text(tierQuota.scoreFloor())).append(')');
                }
            }
            text.append('\n');
            TextTable t = new TextTable("rank", "unit", "score", "grade", "tied with",
                    tierQuota == null ? "" : "quota", tierQuota == null ? "" : "why", "triggers");
            List<Map<String, Object>> rows = new ArrayList<>();
            for (UnitStanding s : eval.standings().values()) {
                UnitResult r = results.get(s.unitId());
                QuotaDecision q = s.quota();
                t.row(s.ranked().rank(), s.unitId(), ScoreCommand.text(r.finalScore()), r.grade(),
                        String.join(" ", s.ranked().tiedWith()), q == null ? "" : q.status(),
                        q == null ? "" : q.reason(), String.join("; ", s.consequences()));
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("rank", s.ranked().rank());
                row.put("rankFromBottom", s.ranked().rankFromBottom());
                row.put("unit", s.unitId());
                row.put("finalScore", r.finalScore());
                row.put("grade", r.grade());
                row.put("tiedWith", s.ranked().tiedWith());
                if (q != null) {
                    row.put("quota", q.status().name());
                    row.put("quotaReason", q.reason());
                }
                if (!s.triggers().isEmpty()) {
                    row.put("triggers", s.consequences());
                }
                rows.add(row);
            }
            for (UnitResult r : unranked) {
                t.row("-", r.unitId(), "", "", "", "", "INCOMPLETE: " + String.join(", ", r.flags()));
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("unit", r.unitId());
                row.put("status", r.status().name());
                row.put("flags", r.flags());
                rows.add(row);
            }
            text.append(t.render("  "));
            if (tierQuota != null && !eval.quota().flags().isEmpty()) {
                text.append("  flags: ").append(eval.quota().flags()).append('\n');
                cat.put("flags", eval.quota().flags().stream().map(Object::toString).toList());
            }
            text.append('\n');
            cat.put("units", rows);
            doc.add(cat);
        }
        if (table) {
            out.print(text);
        } else {
            out.println(Json.write(Map.of("scheme", scheme.id(), "categories", doc)));
        }
    }

    /**
     * Population rules per category: a JSON array of {@link TierRules}, or an object whose {@code groups} maps
     * category ids to {@link TierRules} (docs/population-rules.md).
     */
    private static Map<String, TierRules> rules(Path file) {
        byte[] bytes = UnitDataFiles.readBytes(file);
        try {
            com.fasterxml.jackson.databind.JsonNode root = Json.MAPPER.readTree(bytes);
            com.fasterxml.jackson.databind.JsonNode list = root != null && root.has("groups") ? root.get("groups") : root;
            Map<String, TierRules> out = new LinkedHashMap<>();
            if (list == null || !(list.isArray() || list.isObject())) {
                throw new IllegalArgumentException("expected an array of tier rules or an object with \"groups\"");
            }
            for (com.fasterxml.jackson.databind.JsonNode n : list) {
                TierRules t = Json.MAPPER.treeToValue(n, TierRules.class);
                out.put(t.tierId(), t);
            }
            return out;
        } catch (java.io.IOException | IllegalArgumentException | cn.kaohe.scoring.scheme.SchemeException e) {
            String why = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage()
                    : e.getMessage();
            throw CliException.of(ExitCode.INVALID_SCHEME, "cli.rules.invalid", file, why);
        }
    }

    /** Vetoed, disqualified, below a satisfaction threshold or in a grade that bars honours (TB-20, ZD-31, XJ-29/31). */
    private static boolean barred(UnitResult r, Scheme scheme) {
        return r.flags().stream().anyMatch(f -> f.startsWith("VETO:") || f.startsWith("DISQUALIFIED:")
                || f.startsWith("SATISFACTION_BELOW_THRESHOLD:"))
                || scheme.eligibility().blockingGrades().contains(r.grade());
    }

    private static Map<String, Integer> decided(Arguments a) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (a.option("decided").isEmpty()) {
            return out;
        }
        for (String part : a.option("decided").get().split(",")) {
            String[] kv = part.split("=", 2);
            try {
                out.put(kv[0].trim(), Integer.parseInt(kv[1].trim()));
            } catch (RuntimeException e) {
                throw CliException.usage("cli.usage.option.number", "rank", "--decided " + part);
            }
        }
        return out;
    }

    private static QuotaRule quota(Arguments a) {
        if (a.option("quota-percent").isEmpty()) {
            if (a.option("quota-floor").isPresent() || a.option("quota-ties").isPresent()) {
                throw CliException.usage("cli.usage.option.missing", "rank", "--quota-percent");
            }
            return null;
        }
        try {
            QuotaRule q = QuotaRule.percentOfGroup("cli", a.option("award").orElse("先进"),
                    Decimals.of(a.option("quota-percent").get()));
            if (a.option("quota-floor").isPresent()) {
                q = q.withFloor(Decimals.of(a.option("quota-floor").get()));
            }
            if (a.option("quota-ties").isPresent()) {
                q = q.withTiePolicy(TiePolicy.valueOf(a.option("quota-ties").get().toUpperCase(Locale.ROOT)), null);
            }
            return q;
        } catch (NumberFormatException e) {
            throw CliException.usage("cli.usage.option.number", "rank", a.option("quota-percent").get() + " / "
                    + a.option("quota-floor").orElse(""));
        } catch (IllegalArgumentException | InvalidConfigurationException e) {
            throw CliException.usage("cli.usage.option.quota", "rank", e.getMessage());
        }
    }
}
