package cn.kaohe.exchange.control;

import cn.kaohe.exchange.boundary.Wording;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The results workbook offices publish: a ranking sheet per tier (rank, unit, score, grade, flags: veto, award such as
 * 先进, bottom of tier), a components sheet (each unit's first-level indicator contributions, bonus, deduction, final
 * score) and the bonus and deduction details. Scores are written as the stored exact decimal text converted once to
 * Excel's number, formatted {@code 0.00##}; the figures are scoring-core's.
 */
public final class ResultsWorkbook {

    private ResultsWorkbook() {
    }

    public static byte[] write(ResultsReport report, Wording w) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles s = new Styles(book);
            for (Map.Entry<String, List<StoredResult>> tier : report.tiers().entrySet()) {
                ranking(book, s, report, tier.getKey(), tier.getValue(), w);
            }
            components(book, s, report, w);
            adjustments(book, s, report, w);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a workbook", e);
        }
    }

    private static void ranking(XSSFWorkbook book, Styles s, ResultsReport report, String category,
            List<StoredResult> units, Wording w) {
        String tierName = report.tierNames().getOrDefault(category, category);
        Sheet sheet = book.createSheet(safe(w.text("exchange.results.rankingSheet", tierName)));
        List<String> heads = List.of(w.text("exchange.results.rank"), w.text("exchange.results.unitCode"),
                w.text("exchange.results.unitName"), w.text("exchange.results.score"), w.text("exchange.results.grade"),
                w.text("exchange.results.flags"), w.text("exchange.results.standing"));
        title(sheet, s, w.text("exchange.results.rankingTitle", report.title(), tierName), heads.size());
        header(sheet, s, 1, heads);
        int r = 2;
        for (StoredResult u : units) {
            Row row = sheet.createRow(r++);
            if (u.rank() != null) {
                row.createCell(0).setCellValue(u.rank());
            }
            row.createCell(1).setCellValue(u.unitCode());
            row.createCell(2).setCellValue(u.unitName());
            number(row, 3, u.finalScore(), s);
            text(row, 4, u.grade() == null ? w.text("exchange.results.status." + u.status()) : u.grade());
            row.createCell(5).setCellValue(String.join("；", marks(report, u, w)));
            text(row, 6, u.standing());
        }
        widths(sheet, 8, 14, 24, 10, 10, 36, 48);
        sheet.createFreezePane(0, 2);
    }

    /** Flags a published ranking shows: veto, award (先进 …), bottom of tier, other scoring-core flags in words. */
    public static List<String> marks(ResultsReport report, StoredResult u, Wording w) {
        List<String> marks = new ArrayList<>();
        for (String f : u.flags()) {
            if (f.startsWith("VETO:")) {
                marks.add(w.flag(f));
            }
        }
        if (u.award() != null) {
            marks.add(u.award());
        }
        if (report.bottomOfTier(u)) {
            marks.add(w.text("exchange.results.bottom"));
        }
        return marks;
    }

    private static void components(XSSFWorkbook book, Styles s, ResultsReport report, Wording w) {
        Sheet sheet = book.createSheet(safe(w.text("exchange.results.componentsSheet")));
        Map<String, String> firstLevel = new LinkedHashMap<>();
        report.components().values().forEach(m -> m.forEach(firstLevel::putIfAbsent));
        List<String> heads = new ArrayList<>(List.of(w.text("exchange.results.tier"), w.text("exchange.results.unitCode"),
                w.text("exchange.results.unitName")));
        firstLevel.forEach((id, name) -> heads.add(name));
        heads.addAll(List.of(w.text("exchange.results.bonus"), w.text("exchange.results.deduction"),
                w.text("exchange.results.score")));
        title(sheet, s, w.text("exchange.results.componentsTitle", report.title()), heads.size());
        header(sheet, s, 1, heads);
        int r = 2;
        for (StoredResult u : report.all()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(report.tierNames().getOrDefault(u.category(), u.category()));
            row.createCell(1).setCellValue(u.unitCode());
            row.createCell(2).setCellValue(u.unitName());
            int c = 3;
            Map<String, String> own = report.components().getOrDefault(u.category(), Map.of());
            for (String id : firstLevel.keySet()) {
                if (own.containsKey(id)) {
                    number(row, c, u.contributions().get(id), s);
                }
                c++;
            }
            number(row, c++, u.bonus(), s);
            number(row, c++, u.deduction(), s);
            number(row, c, u.finalScore(), s);
        }
        for (int c = 0; c < heads.size(); c++) {
            sheet.setColumnWidth(c, (c == 2 ? 24 : 14) * 256);
        }
        sheet.createFreezePane(3, 2);
    }

    private static void adjustments(XSSFWorkbook book, Styles s, ResultsReport report, Wording w) {
        Sheet sheet = book.createSheet(safe(w.text("exchange.results.adjustmentsSheet")));
        List<String> heads = List.of(w.text("exchange.results.unitCode"), w.text("exchange.results.unitName"),
                w.text("exchange.results.kind"), w.text("exchange.results.table"), w.text("exchange.results.key"),
                w.text("exchange.results.work"), w.text("exchange.results.points"), w.text("exchange.results.applied"),
                w.text("exchange.results.reason"), w.text("exchange.results.rule"));
        title(sheet, s, w.text("exchange.results.adjustmentsTitle", report.title()), heads.size());
        header(sheet, s, 1, heads);
        int r = 2;
        for (StoredResult u : report.all()) {
            for (StoredResult.Adjustment a : u.adjustments()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(u.unitCode());
                row.createCell(1).setCellValue(u.unitName());
                row.createCell(2).setCellValue(w.text(a.bonus() ? "exchange.results.bonus" : "exchange.results.deduction"));
                row.createCell(3).setCellValue(a.table());
                text(row, 4, a.key());
                text(row, 5, a.work());
                number(row, 6, a.value(), s);
                row.createCell(7).setCellValue(w.text(a.applied() ? "exchange.results.yes" : "exchange.results.no"));
                text(row, 8, a.reason());
                text(row, 9, a.ruleId());
            }
        }
        widths(sheet, 14, 24, 8, 18, 18, 24, 10, 8, 30, 10);
    }

    private static void title(Sheet sheet, Styles s, String text, int columns) {
        Row row = sheet.createRow(0);
        row.setHeightInPoints(24);
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(s.title);
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
        }
    }

    private static void header(Sheet sheet, Styles s, int index, List<String> heads) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < heads.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(heads.get(c));
            cell.setCellStyle(s.header);
        }
    }

    private static void number(Row row, int column, String decimal, Styles s) {
        if (decimal == null) {
            return;
        }
        Cell cell = row.createCell(column);
        // the stored exact decimal as Excel's number (Excel has no other); the text is scoring-core's
        cell.setCellValue(new BigDecimal(decimal).doubleValue());
        cell.setCellStyle(s.number);
    }

    private static void text(Row row, int column, String text) {
        if (text != null) {
            row.createCell(column).setCellValue(text);
        }
    }

    private static void widths(Sheet sheet, int... chars) {
        for (int c = 0; c < chars.length; c++) {
            sheet.setColumnWidth(c, chars[c] * 256);
        }
    }

    private static String safe(String name) {
        String n = name.replaceAll("[\\[\\]:*?/\\\\]", "_");
        return n.length() > 31 ? n.substring(0, 31) : n;
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle number;

        Styles(XSSFWorkbook book) {
            title = book.createCellStyle();
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title.setFont(big);
            header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            number = book.createCellStyle();
            number.setDataFormat(book.createDataFormat().getFormat("0.00##"));
        }
    }
}
