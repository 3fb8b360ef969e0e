package cn.kaohe.scoring.input;

import java.util.List;

/**
 * One reason a unit's data was rejected.
 *
 * @param unit      the unit id
 * @param indicator the indicator path or adjustment table concerned
 * @param key       a stable message key ({@code input.negative}, {@code input.unknownIndicator} …)
 * @param args      message arguments, in order
 * @param message   an English message for logs; user interfaces translate {@code key} instead
 */
public record InputProblem(String unit, String indicator, String key, List<String> args, String message) {

    public InputProblem {
        args = List.copyOf(args);
    }

    @Override
    public String toString() {
        return "unit " + unit + ", " + indicator + ": " + message + " [" + key + "]";
    }
}
