package cn.kaohe.people.control;

import java.time.Duration;

/**
 * How many failed sign-ins in a row lock a user, and for how long: system properties
 * {@code kaohe.security.lockout.attempts} (default 5) and {@code kaohe.security.lockout.minutes} (default 15).
 */
public record LockoutPolicy(int attempts, Duration lockFor) {

    public static final int DEFAULT_ATTEMPTS = 5;
    public static final int DEFAULT_MINUTES = 15;

    public LockoutPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("lockout needs at least 1 attempt, not " + attempts);
        }
        if (lockFor.isNegative() || lockFor.isZero()) {
            throw new IllegalArgumentException("lockout duration must be positive, not " + lockFor);
        }
    }

    public static LockoutPolicy fromSystemProperties() {
        return new LockoutPolicy(Integer.getInteger("kaohe.security.lockout.attempts", DEFAULT_ATTEMPTS),
                Duration.ofMinutes(Integer.getInteger("kaohe.security.lockout.minutes", DEFAULT_MINUTES)));
    }
}
