/**
 * The scheme model: a {@link cn.kaohe.scoring.scheme.Scheme} has categories/tiers
 * ({@link cn.kaohe.scoring.scheme.Category}, 档/类), each with an {@link cn.kaohe.scoring.scheme.Indicator} tree of
 * any depth (groups with weights, leaves with a {@link cn.kaohe.scoring.method.ScoringMethod}, unit-supplied
 * sheets, period or rater splits), plus adjustments, grade bands, gates, veto, eligibility and an optional
 * rounding policy. All immutable value types; {@link cn.kaohe.scoring.scheme.Scheme#of} validates the whole
 * scheme and throws {@link cn.kaohe.scoring.scheme.SchemeException} listing every
 * {@link cn.kaohe.scoring.scheme.Problem} found.
 */
package cn.kaohe.scoring.scheme;
