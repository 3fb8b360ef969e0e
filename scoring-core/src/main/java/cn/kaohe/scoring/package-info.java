/**
 * Kaohe scoring-core: the exact, embeddable scoring engine for county target-management assessment (目标管理考核).
 *
 * <h2>API overview</h2>
 * <ol>
 *   <li>Load a scheme: {@code Scheme s = SchemeReader.template("zd")} (a shipped seed scheme) or
 *       {@code SchemeReader.read(path)}; an invalid file throws {@link cn.kaohe.scoring.scheme.SchemeException}
 *       with every {@link cn.kaohe.scoring.scheme.Problem} (file, path, key, args, message, fix).
 *       Write one with {@code SchemeWriter.write(scheme)}.</li>
 *   <li>Build the engine once: {@code ScoringEngine e = ScoringEngine.builder().scheme(s).build()}; immutable,
 *       thread-safe.</li>
 *   <li>Describe a unit: {@link cn.kaohe.scoring.input.UnitData#builder} with values per indicator path
 *       ({@link cn.kaohe.scoring.input.NodeInput}: Score, TargetActual, Votes, Sheets), claims
 *       ({@link cn.kaohe.scoring.input.Claim}), growth, vetoes and facts; or read JSON with
 *       {@code UnitDataReader}.</li>
 *   <li>Score: {@code UnitResult r = e.score(unit)}; bad data throws
 *       {@link cn.kaohe.scoring.input.InputException} naming unit and indicator.</li>
 *   <li>Read the result: {@code r.status()}, {@code r.finalScore()}, {@code r.grade()}, {@code r.honoursEligible()},
 *       {@code r.flags()}, {@code r.value(path)}, {@code r.contribution(path)}, {@code r.indicators()},
 *       {@code r.adjustments()}, {@code r.breakdown()} (adds up to the final score).</li>
 * </ol>
 *
 * <p>Packages: {@code scheme} (model, validation), {@code method} (leaf methods), {@code aggregation} (tree walk,
 * period splits), {@code adjustment} (bonus/deduction tables, caps, growth), {@code outcome} (grades, veto, gates,
 * eligibility), {@code rounding} (exact arithmetic, rounding policy), {@code input} (unit data), {@code explain}
 * (results), {@code io} (JSON scheme files).
 */
package cn.kaohe.scoring;
