package cn.kaohe.scoring.scheme;

import cn.kaohe.scoring.adjustment.Adjustments;
import cn.kaohe.scoring.outcome.Eligibility;
import cn.kaohe.scoring.outcome.GradeGate;
import cn.kaohe.scoring.outcome.GradeScale;
import cn.kaohe.scoring.outcome.VetoRule;
import cn.kaohe.scoring.rounding.Decimals;
import cn.kaohe.scoring.rounding.Division;
import cn.kaohe.scoring.rounding.RoundingPolicy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An assessment scheme (考核方案): categories with indicator trees, adjustments, grades, gates, veto, honours
 * eligibility and an optional rounding policy. Immutable and thread-safe. Obtain a validated scheme from
 * {@link #of} or {@link cn.kaohe.scoring.io.SchemeReader}.
 *
 * @param id         scheme id ({@code ts}, {@code zd} …)
 * @param title      title of the seed document
 * @param categories categories/tiers
 * @param adjustments bonus and deduction tables
 * @param grades     grade bands (none: results carry no grade, e.g. TB13 and HOS state none)
 * @param gates      grade gates (TS-23)
 * @param veto       veto areas and effect
 * @param eligibility honours eligibility
 * @param rounding   applied once to the final total (TS-20), or null: exact values throughout
 * @param totalCap   the highest total a unit may reach after adjustments (§12 #5 {@code total_cap_100}), or null:
 *                   no cap (the oracle default; VIL-C08 reaches 100.4)
 * @param division   how quotients in the indicator trees are kept: {@link Division#EXACT} (the default, also for
 *                   null) or rounded to 34 digits where each arises ({@link Division#PER_QUOTIENT_DECIMAL128})
 */
public record Scheme(String id, String title, List<Category> categories, Adjustments adjustments,
                     GradeScale grades, List<GradeGate> gates, VetoRule veto, Eligibility eligibility,
                     RoundingPolicy rounding, BigDecimal totalCap, Division division) {

    /** A scheme with exact division (not validated: use {@link #of}). */
    public Scheme(String id, String title, List<Category> categories, Adjustments adjustments, GradeScale grades,
                  List<GradeGate> gates, VetoRule veto, Eligibility eligibility, RoundingPolicy rounding,
                  BigDecimal totalCap) {
        this(id, title, categories, adjustments, grades, gates, veto, eligibility, rounding, totalCap, Division.EXACT);
    }

    /** A scheme without a total cap (not validated: use {@link #of}). */
    public Scheme(String id, String title, List<Category> categories, Adjustments adjustments, GradeScale grades,
                  List<GradeGate> gates, VetoRule veto, Eligibility eligibility, RoundingPolicy rounding) {
        this(id, title, categories, adjustments, grades, gates, veto, eligibility, rounding, null, Division.EXACT);
    }

    public Scheme {
        Objects.requireNonNull(id, "id");
        categories = List.copyOf(categories);
        adjustments = adjustments == null ? Adjustments.NONE : adjustments;
        grades = grades == null ? new GradeScale(List.of(), GradeScale.Basis.ABSOLUTE) : grades;
        gates = gates == null ? List.of() : List.copyOf(gates);
        veto = veto == null ? VetoRule.NONE : veto;
        eligibility = eligibility == null ? Eligibility.OPEN : eligibility;
        totalCap = Decimals.canon(totalCap);
        division = division == null ? Division.EXACT : division;
    }

    /** This scheme with another division policy (not validated again: the policy is valid for any scheme). */
    public Scheme withDivision(Division division) {
        return new Scheme(id, title, categories, adjustments, grades, gates, veto, eligibility, rounding, totalCap,
                division);
    }

    /**
     * A validated scheme.
     *
     * @throws SchemeException listing every problem when the scheme is invalid
     */
    public static Scheme of(String id, String title, List<Category> categories, Adjustments adjustments,
                            GradeScale grades, List<GradeGate> gates, VetoRule veto, Eligibility eligibility,
                            RoundingPolicy rounding) {
        return of(new Scheme(id, title, categories, adjustments, grades, gates, veto, eligibility, rounding, null));
    }

    /**
     * Validates a scheme built with its constructor.
     *
     * @throws SchemeException listing every problem when the scheme is invalid
     */
    public static Scheme of(Scheme scheme) {
        List<Problem> problems = SchemeValidator.problems(scheme);
        if (!problems.isEmpty()) {
            throw new SchemeException(problems);
        }
        return scheme;
    }

    public Optional<Category> category(String categoryId) {
        return categories.stream().filter(c -> c.id().equals(categoryId)).findFirst();
    }

    /** The node at {@code path} ({@code special}, {@code core/key_work}) in a category, if any. */
    public Optional<Indicator> indicator(String categoryId, String path) {
        Optional<Category> category = category(categoryId);
        if (category.isEmpty()) {
            return Optional.empty();
        }
        Indicator node = category.get().root();
        for (String part : path.split("/")) {
            node = node.child(part);
            if (node == null) {
                return Optional.empty();
            }
        }
        return Optional.of(node);
    }
}
