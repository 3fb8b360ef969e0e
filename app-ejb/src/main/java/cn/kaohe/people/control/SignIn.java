package cn.kaohe.people.control;

import java.util.Set;

/**
 * The outcome of a sign-in attempt.
 *
 * @param outcome what happened
 * @param login   the login name as stored
 * @param roles   the user's roles (empty unless {@link Outcome#VALID})
 */
public record SignIn(Outcome outcome, String login, Set<String> roles) {

    public enum Outcome {
        VALID, INVALID, LOCKED, DISABLED
    }

    public SignIn {
        roles = Set.copyOf(roles);
    }

    static SignIn refused(Outcome outcome, String login) {
        return new SignIn(outcome, login, Set.of());
    }
}
