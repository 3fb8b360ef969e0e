package cn.kaohe.exchange.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaohe.grid.boundary.GridCell;
import cn.kaohe.grid.boundary.GridColumn;
import cn.kaohe.grid.boundary.GridRow;
import cn.kaohe.platform.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The bulk-entry template written and read back (XJ-13/ZD-43: an assessor's assigned indicators only). */
class GridWorkbookTest {

    private static final List<GridColumn> COLUMNS = List.of(
            new GridColumn("department", "public[q1]/score", "public", "公共指标 [q1] · 得分", "DISCRETIONARY", "0", "30",
                    true),
            new GridColumn("department", "public[q2]/score", "public", "公共指标 [q2] · 得分", "DISCRETIONARY", "0", "30",
                    true));
    private static final Map<String, List<GridColumn>> ALLOWED = Map.of("department", COLUMNS);
    private static final Map<String, List<String>> UNITS = Map.of("department", List.of("D1", "D2"));

    private static byte[] template() {
        List<GridRow> rows = List.of(
                new GridRow("D1", "教育局", "department", Map.of("public[q1]/score", new GridCell(5, 1, "28.5", "a"))),
                new GridRow("D2", "卫健委", "department", Map.of()));
        return GridWorkbook.template("P1", List.of(new GridWorkbook.SheetData("department", "部门", COLUMNS, rows)),
                new TestWording());
    }

    private static byte[] edit(byte[] xlsx, java.util.function.Consumer<Sheet> change) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book.getSheetAt(0));
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void theTemplateHidesTheCodesAndValidatesTheScoreRange() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            assertEquals("部门 department", sheet.getSheetName());
            assertTrue(sheet.getRow(0).getZeroHeight(), "the code row is hidden");
            assertEquals("kaohe-grid:P1", f.formatCellValue(sheet.getRow(0).getCell(0)));
            assertEquals("public[q2]/score", f.formatCellValue(sheet.getRow(0).getCell(3)));
            assertEquals("单位代码", f.formatCellValue(sheet.getRow(1).getCell(0)));
            assertTrue(f.formatCellValue(sheet.getRow(1).getCell(2)).startsWith("公共指标 [q1] · 得分"));
            assertEquals("教育局", f.formatCellValue(sheet.getRow(2).getCell(1)));
            assertEquals(28.5, sheet.getRow(2).getCell(2).getNumericCellValue());
            assertEquals(2, sheet.getDataValidations().size());
            assertEquals("0", sheet.getDataValidations().get(0).getValidationConstraint().getFormula1());
            assertEquals("30", sheet.getDataValidations().get(0).getValidationConstraint().getFormula2());
        }
    }

    @Test
    void readsEveryFilledCellAsExactDecimalText() throws Exception {
        byte[] filled = edit(template(), s -> {
            s.getRow(2).getCell(3).setCellValue(29.9);
            s.getRow(3).getCell(2).setCellValue("27");
        });
        GridWorkbook.Read read = GridWorkbook.read(filled, "P1", ALLOWED, UNITS);
        assertEquals(List.of(), read.problems());
        assertEquals(List.of("D1 public[q1]/score 28.5 C3", "D1 public[q2]/score 29.9 D3", "D2 public[q1]/score 27 C4"),
                read.values().stream().map(v -> v.unitCode() + " " + v.path() + " " + v.json() + " " + v.cell()).toList());
    }

    @Test
    void namesTheSheetCellRowColumnUnitAndIndicatorOfEveryBadValue() throws Exception {
        byte[] filled = edit(template(), s -> {
            s.getRow(2).getCell(3).setCellValue("很好");
            Row extra = s.createRow(4);
            extra.createCell(0).setCellValue("NOT-ENROLLED");
            extra.createCell(2).setCellValue(10);
        });
        GridWorkbook.Read read = GridWorkbook.read(filled, "P1", ALLOWED, UNITS);
        List<Violation> problems = read.problems();
        assertEquals(2, problems.size(), problems.toString());
        Violation text = problems.get(0);
        assertEquals("部门 department!D3", text.field());
        assertEquals("exchange.cell", text.key());
        assertEquals(List.of("部门 department", "D3", "3", "D", "D1", "public[q2]/score", "exchange.cell.notANumber", "很好"),
                text.args());
        Violation unit = problems.get(1);
        assertEquals("部门 department!A5", unit.field());
        assertEquals("exchange.row.unitUnknown", unit.key());
    }

    @Test
    void refusesATemplateOfAnotherPeriodAndColumnsNotAssigned() throws Exception {
        GridWorkbook.Read other = GridWorkbook.read(template(), "P2", ALLOWED, UNITS);
        assertEquals("exchange.sheet.otherPeriod", other.problems().get(0).key());
        GridWorkbook.Read narrower = GridWorkbook.read(template(), "P1", Map.of("department", COLUMNS.subList(0, 1)), UNITS);
        assertEquals(1, narrower.problems().size(), narrower.problems().toString());
        assertEquals("exchange.column.notAssigned", narrower.problems().get(0).key());
        assertEquals("部门 department!D2", narrower.problems().get(0).field());
        GridWorkbook.Read garbage = GridWorkbook.read("not a workbook".getBytes(), "P1", ALLOWED, UNITS);
        assertEquals("exchange.file.unreadable", garbage.problems().get(0).key());
    }
}
