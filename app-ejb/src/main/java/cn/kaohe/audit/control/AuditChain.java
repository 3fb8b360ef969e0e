package cn.kaohe.audit.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The hash chain of the audit log: each entry's hash is SHA-256 over the previous entry's hash and the entry's own
 * content, so changing, removing or reordering any entry breaks every hash from there on. Pure functions.
 */
public final class AuditChain {

    /** The hash before the first entry: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /**
     * One entry as the chain sees it.
     *
     * @param position   1, 2, 3, … without gaps
     * @param occurredAt UTC, ISO-8601 ({@code LocalDateTime.toString()} of a millisecond-truncated value)
     */
    public record Link(long position, String occurredAt, String actor, String action, String entityType,
            String entityId, String before, String after, String prevHash, String hash) {
    }

    /** The canonical content of an entry: fields separated by a unit separator, nulls as an empty marker. */
    public static String content(long position, String occurredAt, String actor, String action, String entityType,
            String entityId, String before, String after) {
        return String.join("\u001f", String.valueOf(position), occurredAt, actor, action, entityType, entityId,
                before == null ? "\u2400" : before, after == null ? "\u2400" : after);
    }

    /** SHA-256 (hex) of {@code prevHash} followed by {@code content}. */
    public static String hash(String prevHash, String content) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(prevHash.getBytes(StandardCharsets.UTF_8));
            sha.update(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    public static String hash(Link link) {
        return hash(link.prevHash(), content(link.position(), link.occurredAt(), link.actor(), link.action(),
                link.entityType(), link.entityId(), link.before(), link.after()));
    }

    /**
     * Checks links in position order, starting after {@code startHash} at {@code startPosition + 1}: positions
     * without gaps, each {@code prevHash} equal to the previous hash, each hash recomputed. Returns the first broken
     * position, or empty if the chain is intact.
     */
    public static Optional<Long> firstBreak(List<Link> links, long startPosition, String startHash) {
        long expectedPosition = startPosition + 1;
        String previous = startHash;
        for (Link link : links) {
            if (link.position() != expectedPosition || !link.prevHash().equals(previous)
                    || !hash(link).equals(link.hash())) {
                return Optional.of(expectedPosition);
            }
            previous = link.hash();
            expectedPosition++;
        }
        return Optional.empty();
    }
}
