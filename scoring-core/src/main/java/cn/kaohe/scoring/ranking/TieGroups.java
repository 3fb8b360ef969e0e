package cn.kaohe.scoring.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Splits eligible candidates (already in ranking order) into groups that are tied for allocation purposes. */
final class TieGroups {

    private TieGroups() {
    }

    static List<List<Candidate>> of(List<Candidate> rankedEligible, TiePolicy policy, String tiebreakField) {
        List<List<Candidate>> groups = new ArrayList<>();
        List<Candidate> current = new ArrayList<>();
        for (Candidate c : rankedEligible) {
            if (!current.isEmpty() && current.get(0).score().compareTo(c.score()) != 0) {
                groups.addAll(split(current, policy, tiebreakField));
                current = new ArrayList<>();
            }
            current.add(c);
        }
        if (!current.isEmpty()) {
            groups.addAll(split(current, policy, tiebreakField));
        }
        return groups;
    }

    private static List<List<Candidate>> split(List<Candidate> tied, TiePolicy policy, String field) {
        if (policy != TiePolicy.TIEBREAK_FIELD || tied.size() == 1) {
            return List.of(List.copyOf(tied));
        }
        for (Candidate c : tied) {
            if (!c.tiebreakValues().containsKey(field)) {
                throw InvalidInputException.of("ranking.tiebreak.missing", c.unitId(), field);
            }
        }
        List<Candidate> sorted = new ArrayList<>(tied);
        sorted.sort(Comparator.comparing((Candidate c) -> c.tiebreakValues().get(field)).reversed());
        List<List<Candidate>> out = new ArrayList<>();
        List<Candidate> current = new ArrayList<>();
        for (Candidate c : sorted) {
            BigDecimal v = c.tiebreakValues().get(field);
            if (!current.isEmpty() && current.get(0).tiebreakValues().get(field).compareTo(v) != 0) {
                out.add(List.copyOf(current));
                current = new ArrayList<>();
            }
            current.add(c);
        }
        out.add(List.copyOf(current));
        return out;
    }

    static List<String> ids(List<Candidate> group) {
        return group.stream().map(Candidate::unitId).toList();
    }
}
