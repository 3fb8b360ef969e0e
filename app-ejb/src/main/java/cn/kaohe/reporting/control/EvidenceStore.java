package cn.kaohe.reporting.control;

import cn.kaohe.platform.json.CanonicalJson;
import cn.kaohe.platform.validation.RequestRejectedException;
import cn.kaohe.platform.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipFile;

/**
 * Evidence bytes on disk, under the data directory ({@code -Dkaohe.data.dir}, default
 * {@code ${jboss.server.data.dir}/kaohe}) in {@code evidence/}. At most {@code -Dkaohe.evidence.maxBytes} (20 MB by
 * default); only pdf, jpg, png, docx and xlsx, and the content must be what the name says (sniffed from the bytes:
 * {@code %PDF-}, JPEG/PNG signatures, and an Office zip with {@code word/} or {@code xl/} parts). The SHA-256 is
 * computed while streaming.
 */
public final class EvidenceStore {

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    public static final List<String> ALLOWED = List.of("pdf", "jpg", "png", "docx", "xlsx");
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "pdf", "application/pdf",
            "jpg", "image/jpeg",
            "png", "image/png",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private EvidenceStore() {
    }

    /** A stored file: path relative to the data directory, sniffed type, size and SHA-256. */
    public record Stored(String relativePath, String contentType, long size, String sha256) {
    }

    public static long maxBytes() {
        return Long.getLong("kaohe.evidence.maxBytes", DEFAULT_MAX_BYTES);
    }

    public static Path dataDir() {
        String configured = System.getProperty("kaohe.data.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String server = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
        return Path.of(server, "kaohe");
    }

    /** Streams a file in, checks limit and type, and moves it under {@code evidence/folder/}; refuses otherwise. */
    public static Stored store(String fileName, InputStream in, String folder) {
        String extension = extension(fileName);
        if (extension == null || !ALLOWED.contains(extension)) {
            throw new RequestRejectedException(List.of(Violation.of("file", "evidence.type",
                    String.valueOf(fileName), String.join(", ", ALLOWED))));
        }
        long max = maxBytes();
        Path base = dataDir();
        Path temp = null;
        try {
            Path incoming = Files.createDirectories(base.resolve("evidence").resolve(".incoming"));
            temp = Files.createTempFile(incoming, "upload-", ".part");
            MessageDigest sha = CanonicalJson.digest();
            long size = 0;
            byte[] head = new byte[16];
            int headLength = 0;
            try (OutputStream out = Files.newOutputStream(temp)) {
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    if (headLength < head.length) {
                        int take = Math.min(n, head.length - headLength);
                        System.arraycopy(buffer, 0, head, headLength, take);
                        headLength += take;
                    }
                    size += n;
                    if (size > max) {
                        drain(in, max);
                        throw new RequestRejectedException(List.of(Violation.of("file", "evidence.tooLarge",
                                String.valueOf(fileName), String.valueOf(max / (1024 * 1024)))));
                    }
                    sha.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            if (size == 0) {
                throw new RequestRejectedException(List.of(Violation.of("file", "evidence.empty", fileName)));
            }
            String sniffed = sniff(head, headLength, temp);
            if (!extension.equals(sniffed)) {
                throw new RequestRejectedException(List.of(Violation.of("file", "evidence.mismatch", fileName,
                        extension, sniffed == null ? "?" : sniffed)));
            }
            Path dir = Files.createDirectories(base.resolve("evidence").resolve(folder));
            Path target = dir.resolve(UUID.randomUUID() + "." + extension);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            return new Stored(base.relativize(target).toString().replace('\\', '/'), CONTENT_TYPES.get(extension),
                    size, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store evidence " + fileName, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover .part file is harmless
                }
            }
        }
    }

    /**
     * Reads and discards the rest of a refused upload (up to four times the limit), so that the client receives the
     * refusal instead of a reset connection.
     */
    private static void drain(InputStream in, long max) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long left = 4 * max;
        int n;
        while (left > 0 && (n = in.read(buffer)) > 0) {
            left -= n;
        }
    }

    /** Removes a stored file again (the database refused its record). */
    public static void delete(String relativePath) {
        try {
            Files.deleteIfExists(dataDir().resolve(relativePath));
        } catch (IOException ignored) {
            // best effort
        }
    }

    public static Path resolve(String relativePath) {
        return dataDir().resolve(relativePath);
    }

    static String extension(String fileName) {
        if (fileName == null) {
            return null;
        }
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return null;
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return ext.equals("jpeg") ? "jpg" : ext;
    }

    /** The type the bytes are, or null. */
    static String sniff(byte[] head, int length, Path file) throws IOException {
        if (startsWith(head, length, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return "pdf";
        }
        if (startsWith(head, length, 0xFF, 0xD8, 0xFF)) {
            return "jpg";
        }
        if (startsWith(head, length, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "png";
        }
        if (startsWith(head, length, 0x50, 0x4B, 0x03, 0x04)) {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                if (zip.getEntry("word/document.xml") != null) {
                    return "docx";
                }
                if (zip.getEntry("xl/workbook.xml") != null) {
                    return "xlsx";
                }
            } catch (IOException notAZip) {
                return null;
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] head, int length, int... signature) {
        if (length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
