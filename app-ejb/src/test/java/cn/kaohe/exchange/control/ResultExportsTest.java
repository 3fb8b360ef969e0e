package cn.kaohe.exchange.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The results workbook and the PDFs read back: POI reads the cells, OpenPDF's text extractor the PDF text (so the
 * embedded font really carries the Chinese characters).
 */
class ResultExportsTest {

    private static final String EXPLAINED = """
            {"flags":[],"contributions":{"indicator":"61.5","leader":"9","indicator[mid]/items":"30"},
             "adjustments":[{"table":"commendation","key":"province","work":"脱贫攻坚","bonus":true,"value":"2",
               "applied":true,"reason":null,"ruleId":"ZD-31"}],
             "indicators":[{"path":"leader[mid]/score","name":"领导班子评价","method":"DISCRETIONARY","factor":null,
               "bound":null,"ruleId":"ZD-04","value":"9","contribution":"4.5"}],
             "bonus":"2","deduction":"0"}""";

    private static final String VETOED = """
            {"flags":["VETO:安全生产"],"contributions":{"indicator":"50","leader":"8"},"adjustments":[],
             "indicators":[],"bonus":"0","deduction":"1.25"}""";

    static ResultsReport report() {
        Map<String, Map<String, String>> components = new LinkedHashMap<>();
        components.put("township", new LinkedHashMap<>(Map.of("indicator", "指标考核")));
        components.get("township").put("leader", "领导班子");
        List<StoredResult> results = List.of(
                StoredResult.of("T2", "新城铺镇", "township", "乡镇", "COMPLETE", "57.75", "合格", 2, null,
                        null, "2nd of 2", VETOED),
                StoredResult.of("T1", "南牛乡", "township", "乡镇", "COMPLETE", "72.5", "优秀", 1, "先进", "IN_QUOTA",
                        "1st of 2", EXPLAINED));
        return ResultsReport.of("2026年度目标管理考核", "P1", 7, "abc123", List.of("township", "department"),
                Map.of("township", "乡镇", "department", "部门"), components, results);
    }

    @Test
    void theWorkbookHasARankingPerTierComponentsAndAdjustments() throws Exception {
        byte[] xlsx = ResultsWorkbook.write(report(), new TestWording());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(List.of("乡镇排名", "分项得分", "加减分明细"),
                    List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)));
            DataFormatter f = new DataFormatter();
            Sheet ranking = book.getSheetAt(0);
            assertEquals("2026年度目标管理考核 乡镇排名", f.formatCellValue(ranking.getRow(0).getCell(0)));
            Row first = ranking.getRow(2);
            assertEquals("1", f.formatCellValue(first.getCell(0)));
            assertEquals("南牛乡", f.formatCellValue(first.getCell(2)));
            assertEquals("72.50", f.formatCellValue(first.getCell(3)));
            assertEquals("优秀", f.formatCellValue(first.getCell(4)));
            assertEquals("先进", f.formatCellValue(first.getCell(5)));
            Row second = ranking.getRow(3);
            assertEquals("新城铺镇", f.formatCellValue(second.getCell(2)));
            assertEquals("一票否决：安全生产；末位", f.formatCellValue(second.getCell(5)));

            Sheet components = book.getSheetAt(1);
            assertEquals(List.of("档次", "单位代码", "单位名称", "指标考核", "领导班子", "加分", "扣分", "得分"),
                    cells(f, components.getRow(1)));
            assertEquals(List.of("乡镇", "T1", "南牛乡", "61.50", "9.00", "2.00", "0.00", "72.50"),
                    cells(f, components.getRow(2)));
            assertEquals("1.25", f.formatCellValue(components.getRow(3).getCell(6)));

            Sheet adjustments = book.getSheetAt(2);
            assertEquals(List.of("T1", "南牛乡", "加分", "commendation", "province", "脱贫攻坚", "2.00", "是"),
                    cells(f, adjustments.getRow(2)).subList(0, 8));
            assertEquals(2, adjustments.getLastRowNum());
        }
    }

    @Test
    void aNoticeCarriesTheUnitsChineseNameScoreGradeRankAndComponents() throws Exception {
        ResultsReport report = report();
        byte[] pdf = ResultPdf.notice(report, report.unit("T1"), new TestWording());
        String text = text(pdf);
        for (String expected : List.of("2026年度目标管理考核考核结果通知书", "南牛乡", "72.5", "优秀", "第 1 名（共 2 个）",
                "指标考核", "61.5", "领导班子评价", "ZD-04", "脱贫攻坚", "先进")) {
            assertTrue(text.contains(expected), () -> "missing " + expected + " in:\n" + text);
        }
        assertTrue(pdf.length < 200_000, "the font is subset: " + pdf.length + " bytes");
    }

    @Test
    void theSummaryListsEveryTierWithScoresGradesAndFlags() throws Exception {
        String text = text(ResultPdf.summary(report(), new TestWording()));
        for (String expected : List.of("2026年度目标管理考核考核结果汇总", "乡镇（2 个单位）", "南牛乡", "72.5", "优秀",
                "新城铺镇", "57.75", "合格", "一票否决：安全生产", "末位")) {
            assertTrue(text.contains(expected), () -> "missing " + expected + " in:\n" + text);
        }
    }

    @Test
    void theFontCoversTheCharactersOfUnitNamesAndGrades() {
        assertTrue(PdfFont.covers("南牛乡新城铺镇优秀良好合格不合格一票否决末位先进"));
    }

    static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                text.append(extractor.getTextFromPage(p)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    private static List<String> cells(DataFormatter f, Row row) {
        List<String> out = new java.util.ArrayList<>();
        row.forEach(c -> out.add(f.formatCellValue(c)));
        return out;
    }
}
