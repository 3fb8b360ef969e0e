package cn.kaohe.people.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * An enabled, unlocked user's roles and the stamp of their stored password hash.
 *
 * @param login the login name as stored
 * @param roles the user's current roles
 * @param stamp a digest of the stored password hash: equal stamps, same stored password
 */
public record ActiveCredential(String login, Set<String> roles, String stamp) {

    public ActiveCredential {
        roles = Set.copyOf(roles);
    }

    static String stampOf(String passwordHash) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(passwordHash.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
