package cn.kaohe.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceStoreTest {

    @TempDir
    Path dir;

    private String sniff(byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve("f"), bytes);
        return EvidenceStore.sniff(bytes, Math.min(bytes.length, 16), file);
    }

    @Test
    void recognisesPdfJpegAndPng() throws IOException {
        assertEquals("pdf", sniff("%PDF-1.7\n".getBytes()));
        assertEquals("jpg", sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0}));
        assertEquals("png", sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}));
    }

    @Test
    void tellsWordFromExcelByTheirParts() throws IOException {
        assertEquals("docx", sniff(zip("word/document.xml")));
        assertEquals("xlsx", sniff(zip("xl/workbook.xml")));
        assertNull(sniff(zip("other.txt")));
    }

    @Test
    void refusesEverythingElse() throws IOException {
        assertNull(sniff("MZ executable".getBytes()));
        assertNull(sniff("<html>".getBytes()));
    }

    @Test
    void normalisesExtensions() {
        assertEquals("jpg", EvidenceStore.extension("照片.JPEG"));
        assertEquals("pdf", EvidenceStore.extension("a.b.Pdf"));
        assertNull(EvidenceStore.extension("noextension"));
    }

    private byte[] zip(String entry) throws IOException {
        Path file = dir.resolve("z.zip");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("x".getBytes());
            zip.closeEntry();
        }
        return Files.readAllBytes(file);
    }
}
