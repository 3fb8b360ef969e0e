package cn.kaohe.exchange.control;

import cn.kaohe.exchange.boundary.Wording;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

/**
 * PDF documents of a run's stored results (OpenPDF, the embedded {@link PdfFont}): a result notice per unit (score,
 * grade, rank, components, bonuses and deductions, an explanation summary) and a summary report of the period (every
 * tier's ranking). Every figure is printed as stored (scoring-core's exact decimal text).
 */
public final class ResultPdf {

    private static final Color HEAD = new Color(0xEE, 0xEE, 0xEE);

    private ResultPdf() {
    }

    /** The result notice (考核结果通知书) of one unit. */
    public static byte[] notice(ResultsReport report, StoredResult u, Wording w) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(w.text("exchange.notice.title", report.title()));
            doc.open();
            Font title = PdfFont.of(18);
            Font body = PdfFont.of(10.5f);
            Font small = PdfFont.of(9);
            Paragraph heading = new Paragraph(w.text("exchange.notice.title", report.title()), title);
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(14);
            doc.add(heading);
            doc.add(new Paragraph(w.text("exchange.notice.to", u.unitName(), u.unitCode()), body));
            doc.add(new Paragraph(w.text("exchange.notice.intro", report.title(),
                    report.tierNames().getOrDefault(u.category(), u.category())), body));

            PdfPTable facts = table(new float[] {1, 2});
            row(facts, body, w.text("exchange.results.score"), value(u.finalScore(), w));
            row(facts, body, w.text("exchange.results.grade"),
                    u.grade() == null ? w.text("exchange.results.status." + u.status()) : u.grade());
            row(facts, body, w.text("exchange.results.rank"), u.rank() == null ? w.text("exchange.none")
                    : w.text("exchange.notice.rankOf", u.rank(), report.ranked(u.category())));
            List<String> marks = ResultsWorkbook.marks(report, u, w);
            row(facts, body, w.text("exchange.results.flags"), marks.isEmpty() ? w.text("exchange.none")
                    : String.join("；", marks));
            if (u.standing() != null) {
                row(facts, body, w.text("exchange.results.standing"), u.standing());
            }
            doc.add(spaced(facts));

            doc.add(section(w.text("exchange.notice.components"), body));
            PdfPTable components = table(new float[] {3, 1});
            head(components, small, w.text("exchange.notice.indicator"), w.text("exchange.notice.contribution"));
            for (Map.Entry<String, String> c : report.components().getOrDefault(u.category(), Map.of()).entrySet()) {
                row(components, body, c.getValue(), value(u.contributions().get(c.getKey()), w));
            }
            row(components, body, w.text("exchange.results.bonus"), value(u.bonus(), w));
            row(components, body, w.text("exchange.results.deduction"), value(u.deduction(), w));
            doc.add(spaced(components));

            if (!u.adjustments().isEmpty()) {
                doc.add(section(w.text("exchange.notice.adjustments"), body));
                PdfPTable adjustments = table(new float[] {1, 2, 2, 1, 2});
                head(adjustments, small, w.text("exchange.results.kind"), w.text("exchange.results.table"),
                        w.text("exchange.results.work"), w.text("exchange.results.points"),
                        w.text("exchange.results.applied"));
                for (StoredResult.Adjustment a : u.adjustments()) {
                    cells(adjustments, small, w.text(a.bonus() ? "exchange.results.bonus" : "exchange.results.deduction"),
                            a.table() + (a.key() == null ? "" : " / " + a.key()), a.work() == null ? "" : a.work(),
                            value(a.value(), w), w.text(a.applied() ? "exchange.results.yes" : "exchange.results.no")
                                    + (a.reason() == null ? "" : "（" + a.reason() + "）"));
                }
                doc.add(spaced(adjustments));
            }

            doc.add(section(w.text("exchange.notice.explanation"), body));
            PdfPTable lines = table(new float[] {4, 2, 1, 1, 1});
            head(lines, small, w.text("exchange.notice.indicator"), w.text("exchange.notice.method"),
                    w.text("exchange.notice.value"), w.text("exchange.notice.contribution"), w.text("exchange.results.rule"));
            for (StoredResult.Line l : u.lines()) {
                cells(lines, small, l.name() + " (" + l.path() + ")", l.method() == null ? "" : l.method()
                        + (l.bound() == null ? "" : " · " + l.bound()), value(l.value(), w), value(l.contribution(), w),
                        l.ruleId() == null ? "" : l.ruleId());
            }
            doc.add(spaced(lines));
            for (String f : u.flags()) {
                doc.add(new Paragraph("· " + w.flag(f), small));
            }
            Paragraph run = new Paragraph(w.text("exchange.pdf.run", report.runId(), report.runHash()), PdfFont.of(7));
            run.setSpacingBefore(16);
            doc.add(run);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write a notice", e);
        } finally {
            doc.close();
        }
        return out.toByteArray();
    }

    /** The summary report of the period: every tier's ranking. */
    public static byte[] summary(ResultsReport report, Wording w) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 40, 40, 45, 45);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(w.text("exchange.summary.title", report.title()));
            doc.open();
            Paragraph heading = new Paragraph(w.text("exchange.summary.title", report.title()), PdfFont.of(18));
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(12);
            doc.add(heading);
            Font body = PdfFont.of(9.5f);
            for (Map.Entry<String, List<StoredResult>> tier : report.tiers().entrySet()) {
                doc.add(section(w.text("exchange.summary.tier", report.tierNames().getOrDefault(tier.getKey(),
                        tier.getKey()), tier.getValue().size()), PdfFont.of(12)));
                PdfPTable t = table(new float[] {1, 4, 1.5f, 1.5f, 4});
                head(t, body, w.text("exchange.results.rank"), w.text("exchange.results.unitName"),
                        w.text("exchange.results.score"), w.text("exchange.results.grade"), w.text("exchange.results.flags"));
                for (StoredResult u : tier.getValue()) {
                    cells(t, body, u.rank() == null ? "—" : String.valueOf(u.rank()), u.unitName(),
                            value(u.finalScore(), w), u.grade() == null ? w.text("exchange.results.status." + u.status())
                                    : u.grade(), String.join("；", ResultsWorkbook.marks(report, u, w)));
                }
                doc.add(spaced(t));
            }
            Paragraph run = new Paragraph(w.text("exchange.pdf.run", report.runId(), report.runHash()), PdfFont.of(7));
            run.setSpacingBefore(16);
            doc.add(run);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write a summary", e);
        } finally {
            doc.close();
        }
        return out.toByteArray();
    }

    private static String value(String decimal, Wording w) {
        return decimal == null ? w.text("exchange.none") : decimal;
    }

    private static Paragraph section(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        return p;
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        return t;
    }

    private static PdfPTable spaced(PdfPTable t) {
        t.setSpacingBefore(6);
        t.setSpacingAfter(6);
        return t;
    }

    private static void head(PdfPTable t, Font font, String... texts) {
        for (String text : texts) {
            PdfPCell cell = new PdfPCell(new Phrase(text, font));
            cell.setBackgroundColor(HEAD);
            cell.setPadding(4);
            t.addCell(cell);
        }
    }

    private static void row(PdfPTable t, Font font, String label, String value) {
        cells(t, font, label, value);
    }

    private static void cells(PdfPTable t, Font font, String... texts) {
        for (String text : texts) {
            PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
            cell.setPadding(4);
            t.addCell(cell);
        }
    }
}
