package cn.kaohe.people.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = PasswordHasher.of(20_000);

    @Test
    void matchesTheRightPasswordOnlyAndNeverStoresItPlain() {
        String stored = hasher.hash("正确的密码-123".toCharArray());
        assertTrue(stored.startsWith("pbkdf2-sha256$20000$"), stored);
        assertFalse(stored.contains("正确的密码"));
        assertTrue(hasher.matches("正确的密码-123".toCharArray(), stored));
        assertFalse(hasher.matches("正确的密码-124".toCharArray(), stored));
        assertFalse(hasher.matches("".toCharArray(), stored));
    }

    @Test
    void saltsEveryHashDifferently() {
        assertNotEquals(hasher.hash("same".toCharArray()), hasher.hash("same".toCharArray()));
    }

    @Test
    void verifiesHashesMadeWithAnotherIterationCount() {
        String older = PasswordHasher.of(10_000).hash("pw-older-1".toCharArray());
        assertTrue(PasswordHasher.standard().matches("pw-older-1".toCharArray(), older));
    }

    @Test
    void neverMatchesAMalformedOrForeignHash() {
        assertFalse(hasher.matches("x".toCharArray(), null));
        assertFalse(hasher.matches("x".toCharArray(), "x"));
        assertFalse(hasher.matches("x".toCharArray(), "bcrypt$1$2$3"));
        assertFalse(hasher.matches("x".toCharArray(), "pbkdf2-sha256$notanumber$AAAA$AAAA"));
        assertFalse(hasher.matches("x".toCharArray(), "pbkdf2-sha256$20000$!!$AAAA"));
    }

    @Test
    void refusesTooFewIterations() {
        assertThrows(IllegalArgumentException.class, () -> PasswordHasher.of(1_000));
    }

    @Test
    void theStandardHasherUsesTheDocumentedIterationCount() {
        assertTrue(PasswordHasher.standard().hash("p".toCharArray())
                .startsWith("pbkdf2-sha256$" + PasswordHasher.DEFAULT_ITERATIONS + "$"));
    }

    @Test
    void theFifthFailureInARowLocksForTheConfiguredTimeAndSuccessResets() {
        var user = new cn.kaohe.people.entity.AppUser("u", "U", "h");
        LocalDateTime now = LocalDateTime.of(2026, 1, 1, 8, 0);
        LockoutPolicy policy = new LockoutPolicy(5, Duration.ofMinutes(15));
        for (int i = 1; i <= 4; i++) {
            assertFalse(user.recordFailure(now, policy.attempts(), policy.lockFor()));
        }
        assertFalse(user.isLockedAt(now));
        assertTrue(user.recordFailure(now, policy.attempts(), policy.lockFor()));
        assertTrue(user.isLockedAt(now.plusMinutes(14)));
        assertFalse(user.isLockedAt(now.plusMinutes(15)));
        assertEquals(now.plusMinutes(15), user.getLockedUntil());
        user.recordSuccess();
        assertFalse(user.isLockedAt(now));
        assertEquals(0, user.getFailedAttempts());
    }

    @Test
    void lockoutPolicyDefaultsToFiveAttemptsAndFifteenMinutes() {
        LockoutPolicy policy = LockoutPolicy.fromSystemProperties();
        assertEquals(5, policy.attempts());
        assertEquals(Duration.ofMinutes(15), policy.lockFor());
        assertThrows(IllegalArgumentException.class, () -> new LockoutPolicy(0, Duration.ofMinutes(1)));
    }
}
