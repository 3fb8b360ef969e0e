package cn.kaohe.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CredentialCacheTest {

    /** A clock the test moves by hand. */
    private static final class Hand extends Clock {
        private Instant now = Instant.parse("2026-11-28T01:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final Hand clock = new Hand();
    private final CredentialCache cache = new CredentialCache(clock, Duration.ofMinutes(5), 2);

    @Test
    void remembersTheSamePasswordWithItsStamp() {
        cache.remember("office1", "Secret-1".toCharArray(), "stamp-a");
        assertEquals(Optional.of("stamp-a"), cache.verifiedStamp("office1", "Secret-1".toCharArray()));
    }

    @Test
    void aDifferentPasswordOrLoginIsNotRemembered() {
        cache.remember("office1", "Secret-1".toCharArray(), "stamp-a");
        assertTrue(cache.verifiedStamp("office1", "Secret-2".toCharArray()).isEmpty());
        assertTrue(cache.verifiedStamp("office2", "Secret-1".toCharArray()).isEmpty());
        // the login is part of the MAC: the same password under another name never matches
        cache.remember("a", "bc".toCharArray(), "s");
        assertTrue(cache.verifiedStamp("ab", "c".toCharArray()).isEmpty());
    }

    @Test
    void forgetsAfterTheTimeToLive() {
        cache.remember("office1", "Secret-1".toCharArray(), "stamp-a");
        clock.now = clock.now.plus(Duration.ofMinutes(5)).minusMillis(1);
        assertTrue(cache.verifiedStamp("office1", "Secret-1".toCharArray()).isPresent());
        clock.now = clock.now.plusMillis(1);
        assertTrue(cache.verifiedStamp("office1", "Secret-1".toCharArray()).isEmpty());
        assertEquals(0, cache.size());
    }

    @Test
    void keepsAtMostItsCapacityForgettingTheOldestVerification() {
        cache.remember("u1", "p".toCharArray(), "s1");
        cache.remember("u2", "p".toCharArray(), "s2");
        cache.remember("u1", "p".toCharArray(), "s1"); // verified again: now the newest
        cache.remember("u3", "p".toCharArray(), "s3");
        assertEquals(2, cache.size());
        assertTrue(cache.verifiedStamp("u2", "p".toCharArray()).isEmpty());
        assertTrue(cache.verifiedStamp("u1", "p".toCharArray()).isPresent());
        assertTrue(cache.verifiedStamp("u3", "p".toCharArray()).isPresent());
    }

    @Test
    void forgetDropsTheLogin() {
        cache.remember("office1", "Secret-1".toCharArray(), "stamp-a");
        cache.forget("office1");
        assertTrue(cache.verifiedStamp("office1", "Secret-1".toCharArray()).isEmpty());
    }

    @Test
    void aZeroTimeToLiveTurnsTheCacheOff() {
        CredentialCache off = new CredentialCache(clock, Duration.ZERO, 100);
        off.remember("office1", "Secret-1".toCharArray(), "stamp-a");
        assertTrue(off.verifiedStamp("office1", "Secret-1".toCharArray()).isEmpty());
    }
}
