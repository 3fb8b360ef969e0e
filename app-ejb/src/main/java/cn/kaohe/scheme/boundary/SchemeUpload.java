package cn.kaohe.scheme.boundary;

import jakarta.json.JsonValue;

/**
 * A scheme file with its metadata, as posted to {@code /api/schemes}. Deliberately unvalidated: the service checks
 * every field and lets scoring-core validate the file.
 *
 * @param key             the scheme's key (e.g. {@code ZD-2026}); versions are numbered per key
 * @param name            display name (考核方案名称)
 * @param year            assessment year
 * @param sourceTemplate  the seed template it was copied from, if any ({@code zd}, {@code vil} …)
 * @param scheme          the scheme file, scoring-core's JSON format (docs/scheme-format.md)
 * @param populationRules optional ranking rules per category: an array of scoring-core {@code TierRules}
 *                        (docs/population-rules.md)
 * @param version         the optimistic-lock version read before an edit (ignored when creating)
 */
public record SchemeUpload(String key, String name, Integer year, String sourceTemplate, JsonValue scheme,
        JsonValue populationRules, Long version) {
}
