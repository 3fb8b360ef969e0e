package cn.kaohe.scoring.scheme;

import java.util.List;
import java.util.stream.Collectors;

/** The scheme is invalid: stop using it. Lists every problem found (never only the first). */
public class SchemeException extends RuntimeException {

    private final transient List<Problem> problems;

    public SchemeException(List<Problem> problems) {
        super(problems.size() + " problem(s) in the scheme:\n  "
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
