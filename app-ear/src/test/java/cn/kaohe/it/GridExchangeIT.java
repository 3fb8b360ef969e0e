package cn.kaohe.it;

import static cn.kaohe.it.Api.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Excel bulk entry and result exports through the REST API (RULES §13): an assessor of a lead department (XJ-13,
 * ZD-43) downloads the template of their assigned indicators, an upload with two bad rows is refused naming both
 * (row, column, unit, indicator) and saves nothing, a good upload saves every value; a run's results come back as the
 * published workbook and as PDFs whose text holds the Chinese unit names, grades and scores.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("database")
class GridExchangeIT {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    private URL base;

    /** A ZD period with two departments (complete except the public indicator) and an assessor of 统计局 for "public". */
    record Setup(Api office, Api assessor, String period, String education, String health) {
    }

    static Setup setup(URL base) throws Exception {
        Api office = new Api(base);
        String key = Api.unique("ZD");
        office.importTemplate("zd", key, null);
        String period = Api.unique("P");
        office.period(period, key, 1);
        String education = Api.unique("D1");
        office.unit(education, "教育局", "部门");
        office.enrol(period, education, "department");
        String health = Api.unique("D2");
        office.unit(health, "卫生健康委员会", "部门");
        office.enrol(period, health, "department");
        String statistics = Api.unique("STAT");
        office.unit(statistics, "统计局", "部门");
        expect(200, office.post("periods/" + period + "/assignments", Api.object().put("category", "department")
                .put("indicatorPath", "public").put("leadUnitCode", statistics)));
        ArrayNode rows = Api.array();
        for (String unit : List.of(education, health)) {
            for (String half : List.of("mid", "year_end")) {
                ObjectNode value = Api.object();
                value.putArray("items").add(Api.object().put("name", "主要经济指标").put("points", "60")
                        .put("target", "100").put("actual", unit.equals(education) ? "95" : "80"));
                rows.add(Api.row(unit, "indicator[" + half + "]/items", value));
                rows.add(Api.row(unit, "leader[" + half + "]/score", Api.parse("9")));
            }
        }
        office.importRows(period, rows);
        Api assessor = new Api(base, List.of("ASSESSOR"), List.of(statistics));
        return new Setup(office, assessor, period, education, health);
    }

    static byte[] template(Setup s) throws Exception {
        Api.Download template = s.assessor().download("periods/" + s.period() + "/grid/template", "zh-CN");
        assertEquals(200, template.status(), new String(template.body()));
        assertTrue(template.contentType().startsWith(XLSX), template.contentType());
        return template.body();
    }

    /** The template with values written into the unit rows: unit code → (entry path → value). */
    static byte[] fill(byte[] template, Map<String, Map<String, Object>> values) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            Row codes = sheet.getRow(0);
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<String, Object> own = values.get(f.formatCellValue(row.getCell(0)));
                for (int c = 2; own != null && c < codes.getLastCellNum(); c++) {
                    Object v = own.get(f.formatCellValue(codes.getCell(c)));
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    static Map<String, Object> quarters(Object q1, Object q2, Object q3, Object q4) {
        Map<String, Object> m = new HashMap<>();
        m.put("public[q1]/score", q1);
        m.put("public[q2]/score", q2);
        m.put("public[q3]/score", q3);
        m.put("public[q4]/score", q4);
        return m;
    }

    /** Excel row number (1-based) of a unit in the template. */
    static int rowOf(byte[] template, String unit) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = book.getSheetAt(0);
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                if (new DataFormatter().formatCellValue(sheet.getRow(r).getCell(0)).equals(unit)) {
                    return r + 1;
                }
            }
        }
        throw new AssertionError(unit + " not in the template");
    }

    private static List<JsonNode> publicEntries(Setup s) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        expect(200, s.office().get("periods/" + s.period() + "/entries")).forEach(e -> {
            if (e.get("path").asText().startsWith("public")) {
                out.add(e);
            }
        });
        return out;
    }

    @Test
    void theTemplateHoldsTheAssessorsIndicatorsForEveryUnitWithTheirRange() throws Exception {
        Setup s = setup(base);
        byte[] template = template(s);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertEquals(1, book.getNumberOfSheets(), "only the category with assigned indicators");
            XSSFSheet sheet = book.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            Row codes = sheet.getRow(0);
            assertTrue(codes.getZeroHeight(), "the code row is hidden");
            assertEquals("kaohe-grid:" + s.period(), f.formatCellValue(codes.getCell(0)));
            assertEquals("department", f.formatCellValue(codes.getCell(1)));
            List<String> paths = new ArrayList<>();
            for (int c = 2; c < codes.getLastCellNum(); c++) {
                paths.add(f.formatCellValue(codes.getCell(c)));
            }
            // ZD-10: the public indicator is scored per quarter; only it is assigned to the assessor's department
            assertEquals(List.of("public[q1]/score", "public[q2]/score", "public[q3]/score", "public[q4]/score"), paths);
            assertEquals("单位代码", f.formatCellValue(sheet.getRow(1).getCell(0)));
            List<String> units = new ArrayList<>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                units.add(f.formatCellValue(sheet.getRow(r).getCell(0)) + " " + f.formatCellValue(sheet.getRow(r).getCell(1)));
            }
            assertTrue(units.containsAll(List.of(s.education() + " 教育局", s.health() + " 卫生健康委员会")), units.toString());
            assertEquals(2, units.size(), units.toString());
            assertEquals(4, sheet.getDataValidations().size(), "each quarter's score is checked against 0–30");
            assertEquals("30", sheet.getDataValidations().get(0).getValidationConstraint().getFormula2());
        }
    }

    @Test
    void anUploadWithTwoBadRowsNamesBothAndSavesNothing() throws Exception {
        Setup s = setup(base);
        byte[] template = template(s);
        Map<String, Map<String, Object>> values = new HashMap<>();
        values.put(s.education(), quarters(28, "很好", 27, 29));
        values.put(s.health(), quarters(25, 26, 45, 24));
        Http.Reply refused = s.assessor().postFile("periods/" + s.period() + "/grid/upload", fill(template, values),
                XLSX, "zh-CN");
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        JsonNode errors = refused.json().get("errors");
        assertEquals(2, errors.size(), refused.body());
        int educationRow = rowOf(template, s.education());
        int healthRow = rowOf(template, s.health());
        String first = errors.get(0).get("message").asText();
        String second = errors.get(1).get("message").asText();
        String text = first + "\n" + second;
        // the text cell: row of 教育局, column D (q2)
        assertTrue(text.contains("第 " + educationRow + " 行第 D 列") && text.contains(s.education())
                && text.contains("public[q2]/score") && text.contains("“很好”不是数字"), text);
        // the out-of-range cell: row of 卫健委, column E (q3), refused by scoring-core (0–30)
        assertTrue(text.contains("第 " + healthRow + " 行第 E 列") && text.contains(s.health())
                && text.contains("public[q3]/score") && text.contains("45"), text);
        assertTrue(errors.get(0).get("field").asText().endsWith("!D" + educationRow)
                || errors.get(1).get("field").asText().endsWith("!D" + educationRow), refused.body());
        assertEquals(0, publicEntries(s).size(), "nothing of a refused upload is saved");
    }

    @Test
    void aGoodUploadSavesEveryValueInOneAuditedTransaction() throws Exception {
        Setup s = setup(base);
        Map<String, Map<String, Object>> values = new HashMap<>();
        values.put(s.education(), quarters(28, 27.5, 27, 29));
        values.put(s.health(), quarters(25, 26, "24", 30));
        JsonNode saved = expect(200, s.assessor().postFile("periods/" + s.period() + "/grid/upload",
                fill(template(s), values), XLSX, "zh-CN"));
        assertEquals(8, saved.get("values").asInt());
        assertEquals(8, saved.get("created").asInt());
        Map<String, BigDecimal> stored = new HashMap<>();
        publicEntries(s).forEach(e -> stored.put(e.get("unitCode").asText() + " " + e.get("path").asText(),
                e.get("value").decimalValue()));
        assertEquals(8, stored.size(), stored.toString());
        assertEquals(0, new BigDecimal("27.5").compareTo(stored.get(s.education() + " public[q2]/score")));
        assertEquals(0, new BigDecimal("24").compareTo(stored.get(s.health() + " public[q3]/score")));

        JsonNode audit = expect(200, s.office().get("audit?entityType=Workbook&entityId=" + s.period()));
        assertEquals(1, audit.size(), audit.toString());
        assertEquals("IMPORT", audit.get(0).get("action").asText());

        // a second upload changes one value: the entry is updated, not duplicated
        values.get(s.education()).put("public[q1]/score", 30);
        JsonNode again = expect(200, s.assessor().postFile("periods/" + s.period() + "/grid/upload",
                fill(template(s), values), XLSX, "zh-CN"));
        assertEquals(0, again.get("created").asInt());
        assertEquals(1, again.get("changed").asInt());
        assertEquals(8, publicEntries(s).size());
    }

    @Test
    void aRunsResultsExportAsTheWorkbookANoticeAndASummaryInChinese() throws Exception {
        Setup s = setup(base);
        Map<String, Map<String, Object>> values = new HashMap<>();
        values.put(s.education(), quarters(30, 30, 30, 30));
        values.put(s.health(), quarters(20, 22, 24, 26));
        expect(200, s.assessor().postFile("periods/" + s.period() + "/grid/upload", fill(template(s), values), XLSX,
                "zh-CN"));
        long run = s.office().runToCompletion(s.period(), null).get("id").asLong();
        Map<String, JsonNode> results = new HashMap<>();
        expect(200, s.office().get("runs/" + run + "/results")).forEach(r -> results.put(r.get("unitCode").asText(), r));
        JsonNode education = results.get(s.education());
        assertEquals("COMPLETE", education.get("status").asText(), education.toString());
        assertEquals(1, education.get("rank").asInt());

        Api.Download xlsx = s.office().download("runs/" + run + "/export/results.xlsx", "zh-CN");
        assertEquals(200, xlsx.status(), new String(xlsx.body()));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            DataFormatter f = new DataFormatter();
            Sheet ranking = book.getSheet("承担日常工作的部门和单位排名");
            assertNotNull(ranking, "a ranking sheet for the department tier");
            Row first = ranking.getRow(2);
            assertEquals("1", f.formatCellValue(first.getCell(0)));
            assertEquals("教育局", f.formatCellValue(first.getCell(2)));
            assertEquals(0, new BigDecimal(education.get("finalScore").asText())
                    .compareTo(BigDecimal.valueOf(first.getCell(3).getNumericCellValue())));
            assertEquals(education.get("grade").asText(), f.formatCellValue(first.getCell(4)));
            assertEquals("卫生健康委员会", f.formatCellValue(ranking.getRow(3).getCell(2)));
            assertTrue(f.formatCellValue(ranking.getRow(3).getCell(5)).contains("末位"));
            assertNotNull(book.getSheet("分项得分"));
            assertNotNull(book.getSheet("加减分明细"));
        }

        Api.Download notice = s.office().download("runs/" + run + "/export/notice/" + s.education() + ".pdf", "zh-CN");
        assertEquals(200, notice.status(), new String(notice.body()));
        assertEquals("application/pdf", notice.contentType());
        String text = pdfText(notice.body());
        for (String expected : List.of("考核结果通知书", "教育局", education.get("finalScore").asText(),
                education.get("grade").asText(), "第 1 名（共 2 个单位）", "公众评估")) {
            assertTrue(text.contains(expected), () -> "missing " + expected + " in:\n" + text);
        }

        String summary = pdfText(s.office().download("runs/" + run + "/export/summary.pdf", "zh-CN").body());
        for (JsonNode r : results.values()) {
            assertTrue(summary.contains(r.get("finalScore").asText()) && summary.contains(r.get("grade").asText()),
                    summary);
        }
        assertTrue(summary.contains("教育局") && summary.contains("卫生健康委员会"), summary);
    }

    static String pdfText(byte[] pdf) throws Exception {
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
}
