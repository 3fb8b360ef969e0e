package cn.kaohe.web.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a short time, that a login and password were verified, so that a REST client sending HTTP Basic on
 * every request does not pay the deliberately slow PBKDF2 check (~90 ms of CPU) each time.
 *
 * <p>Only an HMAC-SHA-256 of the password under a random key made at start-up is kept (never the password, never a
 * plain hash), with the <em>credential stamp</em> of the stored password hash it was checked against: a changed
 * password changes the stamp, and the caller compares stamps before trusting an entry. Entries expire after
 * {@code timeToLive}; at most {@code capacity} logins are kept (the oldest verification is forgotten first). A
 * mismatch is never decided here: the caller then runs the full check, which counts failures and locks out.
 * Thread-safe.
 */
public final class CredentialCache {

    /** A remembered verification: the stamp of the stored hash it matched and when it expires. */
    private record Entry(byte[] mac, String stamp, Instant expires) {
    }

    private final Clock clock;
    private final Duration timeToLive;
    private final int capacity;
    private final SecretKeySpec key;
    private final Map<String, Entry> entries;

    public CredentialCache(Clock clock, Duration timeToLive, int capacity) {
        if (timeToLive.isNegative() || capacity < 0) {
            throw new IllegalArgumentException("time to live and capacity must not be negative");
        }
        this.clock = clock;
        this.timeToLive = timeToLive;
        this.capacity = capacity;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.entries = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > CredentialCache.this.capacity;
            }
        };
    }

    /**
     * The credential stamp remembered for this login if the same password was verified within the time to live;
     * empty otherwise (unknown, expired or a different password).
     */
    public synchronized Optional<String> verifiedStamp(String login, char[] password) {
        Entry entry = entries.get(login);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.expires())) {
            entries.remove(login);
            return Optional.empty();
        }
        return MessageDigest.isEqual(entry.mac(), mac(login, password)) ? Optional.of(entry.stamp()) : Optional.empty();
    }

    /** Remembers that {@code password} was verified for {@code login} against the stored hash with this stamp. */
    public synchronized void remember(String login, char[] password, String stamp) {
        if (capacity == 0 || timeToLive.isZero()) {
            return;
        }
        entries.remove(login); // re-insert: insertion order is verification order
        entries.put(login, new Entry(mac(login, password), stamp, clock.instant().plus(timeToLive)));
    }

    public synchronized void forget(String login) {
        entries.remove(login);
    }

    synchronized int size() {
        return entries.size();
    }

    private byte[] mac(String login, char[] password) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            hmac.update(login.getBytes(StandardCharsets.UTF_8));
            hmac.update((byte) 0);
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
            byte[] raw = new byte[bytes.remaining()];
            bytes.get(raw);
            try {
                return hmac.doFinal(raw);
            } finally {
                Arrays.fill(raw, (byte) 0);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
