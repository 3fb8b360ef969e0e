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
 * [--quota-ties report|include_all|exclude_all] [--award NAME]}: ranks the units of each category on their exact
 * final scores (competition ranking, ties reported) and allocates the quota. Units that may not receive honours
 * (veto, gating, disqualifying facts) keep their rank but are skipped by the quota (TB-20, ZD-31); incomplete units
 * are listed unranked.
 *
 * <p>Scheme files do not carry quota rules yet, so the quota is given on the command line (ZD-29: 25%, floor 90).
 */
final class RankCommand implements Command {

    @Override
    public void run(List<String> args, PrintStream out, Messages messages) {
        Arguments a = Arguments.parse("rank", args,
                Set.of("format", "quota-percent", "quota-floor", "quota-ties", "award"));
        a.expectPositional(2, Integer.MAX_VALUE);
        boolean table = Inputs.table(a, true);
        QuotaRule quota = quota(a);
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
                } else if (r.honoursEligible()) {
                    candidates.add(Candidate.of(r.unitId(), r.finalScore()));
                } else {
                    candidates.add(Candidate.of(r.unitId(), r.finalScore(), List.of(new Exclusion(
                            r.reasons().isEmpty() ? "not eligible for honours" : String.join("; ", r.reasons()),
                            scheme.veto().ruleId() == null ? "eligibility" : scheme.veto().ruleId()))));
                }
            }
            if (candidates.isEmpty() && unranked.isEmpty()) {
                continue;
            }
            TierEvaluation eval = new TierRules(c.id(), quota, null, List.of()).evaluate(candidates);
            Map<String, Object> cat = new LinkedHashMap<>();
            cat.put("category", c.id());
            cat.put("name", c.name());
            text.append("Category ").append(c.id()).append(" (").append(c.name()).append("): ")
                    .append(candidates.size()).append(" ranked");
            if (quota != null) {
                int places = eval.quota().quota();
                cat.put("quota", Map.of("award", quota.award(), "places", places, "rule", quota.ruleId()));
                text.append(", quota ").append(quota.award()).append(' ').append(places).append(" place(s)");
                if (quota.scoreFloor() != null) {
                    text.append(" (score >= ").append(Decimals.text(quota.scoreFloor())).append(')');
                }
            }
            text.append('\n');
            TextTable t = new TextTable("rank", "unit", "score", "grade", "tied with", quota == null ? "" : "quota",
                    quota == null ? "" : "why");
            List<Map<String, Object>> rows = new ArrayList<>();
            for (UnitStanding s : eval.standings().values()) {
                UnitResult r = results.get(s.unitId());
                QuotaDecision q = s.quota();
                t.row(s.ranked().rank(), s.unitId(), ScoreCommand.text(r.finalScore()), r.grade(),
                        String.join(" ", s.ranked().tiedWith()), q == null ? "" : q.status(),
                        q == null ? "" : q.reason());
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
            if (quota != null && !eval.quota().flags().isEmpty()) {
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
