package cn.kaohe.scoring.input;

import java.util.List;
import java.util.stream.Collectors;

/**
 * This unit's data is invalid (unknown indicator, negative count, text where a number belongs, missing
 * required value …). Reject this record, keep using the engine. Carries every problem found.
 */
public class InputException extends RuntimeException {

    private final transient List<InputProblem> problems;

    public InputException(List<InputProblem> problems) {
        super(problems.stream().map(InputProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
