package cn.kaohe.exchange.control;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The PDF font: Noto Sans SC Regular (SIL OFL-1.1, {@code font/OFL.txt} beside it), fetched from the npm registry at
 * build time with a pinned version and SHA-256 and carried inside the EAR, so no server needs a font installed. It is
 * read once (1–3 s) and shared; OpenPDF embeds only the glyphs a document uses (Identity-H subset), so a one-page
 * notice stays near 60 KB. It covers every GB 2312 character; {@link #covers} tells whether a text would lose one
 * (OpenPDF drops characters the font lacks).
 */
public final class PdfFont {

    static final String RESOURCE = "font/NotoSansSC-Regular.ttf";

    private static volatile BaseFont font;

    private PdfFont() {
    }

    public static BaseFont base() {
        BaseFont f = font;
        if (f == null) {
            synchronized (PdfFont.class) {
                f = font;
                if (f == null) {
                    font = f = load();
                }
            }
        }
        return f;
    }

    public static Font of(float size) {
        return new Font(base(), size);
    }

    /** Whether every character of {@code text} has a glyph in the font. */
    public static boolean covers(String text) {
        BaseFont f = base();
        return text.codePoints().filter(cp -> !Character.isWhitespace(cp)).allMatch(f::charExists);
    }

    private static BaseFont load() {
        try (InputStream in = PdfFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the PDF font " + RESOURCE + " is missing from the application;"
                        + " the build fetches it (app-ejb/src/build/fetch-font.sh)");
            }
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont("NotoSansSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes,
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the PDF font", e);
        }
    }
}
