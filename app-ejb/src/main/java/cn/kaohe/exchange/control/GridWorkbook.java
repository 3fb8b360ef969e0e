package cn.kaohe.exchange.control;

import cn.kaohe.exchange.boundary.Wording;
import cn.kaohe.grid.boundary.GridCell;
import cn.kaohe.grid.boundary.GridColumn;
import cn.kaohe.grid.boundary.GridRow;
import cn.kaohe.platform.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The bulk-entry workbook: one sheet per category, a unit per row, an entry path per column. Row 1 is hidden and holds
 * the codes ({@code kaohe-grid:<period>}, the category, then each column's entry path), row 2 the headers in the
 * caller's language, column A the unit code, column B its name. Discretionary scores carry a data validation of their
 * range. Reading returns every value and every problem with its sheet, cell, row and column.
 */
public final class GridWorkbook {

    /** The marker in A1 of every template sheet, followed by the period code. */
    public static final String MARKER = "kaohe-grid:";
    static final int CODES = 0;
    static final int HEADER = 1;
    static final int FIRST_UNIT = 2;
    static final int FIRST_VALUE = 2;

    private GridWorkbook() {
    }

    /** A template sheet: a category, its columns and its units (with the values stored so far). */
    public record SheetData(String category, String categoryName, List<GridColumn> columns, List<GridRow> rows) {
    }

    /** One value read from a sheet. */
    public record Value(String sheet, int row, int column, String category, String unitCode, String path,
            String json) {

        /** The cell's A1 reference ({@code C5}). */
        public String cell() {
            return new CellReference(row, column).formatAsString(false);
        }
    }

    /** What an upload held: the values and the problems found reading it (an empty list: all readable). */
    public record Read(String periodCode, List<Value> values, List<Violation> problems) {
    }

    public static byte[] template(String periodCode, List<SheetData> sheets, Wording w) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            CellStyle number = book.createCellStyle();
            number.setDataFormat(book.createDataFormat().getFormat("0.####"));
            for (SheetData data : sheets) {
                Sheet sheet = book.createSheet(sheetName(data));
                Row codes = sheet.createRow(CODES);
                codes.createCell(0).setCellValue(MARKER + periodCode);
                codes.createCell(1).setCellValue(data.category());
                codes.setZeroHeight(true);
                Row head = sheet.createRow(HEADER);
                head.setHeightInPoints(45);
                cell(head, 0, w.text("exchange.template.unitCode"), header);
                cell(head, 1, w.text("exchange.template.unitName"), header);
                for (int c = 0; c < data.columns().size(); c++) {
                    GridColumn column = data.columns().get(c);
                    codes.createCell(FIRST_VALUE + c).setCellValue(column.path());
                    String range = column.min() == null ? ""
                            : "\n" + w.text("exchange.template.range", column.min(), column.max());
                    cell(head, FIRST_VALUE + c, column.name() + range, header);
                    sheet.setColumnWidth(FIRST_VALUE + c, 18 * 256);
                }
                sheet.setColumnWidth(0, 16 * 256);
                sheet.setColumnWidth(1, 24 * 256);
                for (int r = 0; r < data.rows().size(); r++) {
                    GridRow unit = data.rows().get(r);
                    Row row = sheet.createRow(FIRST_UNIT + r);
                    row.createCell(0).setCellValue(unit.unitCode());
                    row.createCell(1).setCellValue(unit.unitName());
                    for (int c = 0; c < data.columns().size(); c++) {
                        GridColumn column = data.columns().get(c);
                        GridCell stored = unit.cells().get(column.path());
                        Cell cell = row.createCell(FIRST_VALUE + c);
                        if (stored != null && column.numeric() && isNumber(stored.value())) {
                            // the stored decimal as Excel's number; exact for the few digits a score has
                            cell.setCellValue(Double.parseDouble(stored.value()));
                            cell.setCellStyle(number);
                        } else if (stored != null) {
                            cell.setCellValue(stored.value());
                        }
                    }
                }
                validations(sheet, data, w);
                sheet.createFreezePane(FIRST_VALUE, FIRST_UNIT);
            }
            if (sheets.isEmpty()) {
                book.createSheet(w.text("exchange.template.empty"));
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a workbook", e);
        }
    }

    private static void validations(Sheet sheet, SheetData data, Wording w) {
        if (data.rows().isEmpty()) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int c = 0; c < data.columns().size(); c++) {
            GridColumn column = data.columns().get(c);
            if (column.min() == null || column.max() == null) {
                continue;
            }
            DataValidationConstraint between = helper.createDecimalConstraint(
                    DataValidationConstraint.OperatorType.BETWEEN, column.min(), column.max());
            CellRangeAddressList cells = new CellRangeAddressList(FIRST_UNIT, FIRST_UNIT + data.rows().size() - 1,
                    FIRST_VALUE + c, FIRST_VALUE + c);
            DataValidation validation = helper.createValidation(between, cells);
            validation.setShowErrorBox(true);
            validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
            validation.createErrorBox(w.text("exchange.template.invalidTitle"),
                    w.text("exchange.template.range", column.min(), column.max()));
            validation.setEmptyCellAllowed(true);
            sheet.addValidationData(validation);
        }
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    /** A sheet name Excel accepts: the category's name and id, at most 31 characters, none of {@code []:*?/\}. */
    static String sheetName(SheetData data) {
        String name = (data.categoryName() == null || data.categoryName().equals(data.category()) ? data.category()
                : data.categoryName() + " " + data.category()).replaceAll("[\\[\\]:*?/\\\\]", "_");
        return name.length() > 31 ? name.substring(0, 31) : name;
    }

    /**
     * Reads an uploaded workbook. Structural problems (not a template, another period, a category or column the caller
     * may not enter, an unknown unit) and unreadable values are returned as violations naming the sheet and cell; the
     * caller decides what may be entered.
     *
     * @param columns    the caller's columns per category (what may be entered)
     * @param unitsByCategory the enrolled units per category
     */
    public static Read read(byte[] bytes, String periodCode, Map<String, List<GridColumn>> columns,
            Map<String, List<String>> unitsByCategory) {
        List<Value> values = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        Workbook book;
        try {
            book = WorkbookFactory.create(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException notAWorkbook) {
            problems.add(Violation.of("file", "exchange.file.unreadable", String.valueOf(notAWorkbook.getMessage())));
            return new Read(periodCode, values, problems);
        }
        try (book) {
            DataFormatter formatter = new DataFormatter();
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            int templateSheets = 0;
            for (Sheet sheet : book) {
                String name = sheet.getSheetName();
                Row codes = sheet.getRow(CODES);
                String marker = codes == null ? "" : formatter.formatCellValue(codes.getCell(0)).strip();
                if (!marker.startsWith(MARKER)) {
                    if (sheet.getPhysicalNumberOfRows() > 0) {
                        problems.add(Violation.of(name + "!A1", "exchange.sheet.notTemplate", name));
                    }
                    continue;
                }
                templateSheets++;
                String period = marker.substring(MARKER.length());
                if (!period.equals(periodCode)) {
                    problems.add(Violation.of(name + "!A1", "exchange.sheet.otherPeriod", name, period, periodCode));
                    continue;
                }
                String category = formatter.formatCellValue(codes.getCell(1)).strip();
                List<GridColumn> allowed = columns.get(category);
                if (allowed == null) {
                    problems.add(Violation.of(name + "!B1", "exchange.sheet.category", name, category));
                    continue;
                }
                List<String> paths = new ArrayList<>();
                for (int c = FIRST_VALUE; c < codes.getLastCellNum(); c++) {
                    String path = formatter.formatCellValue(codes.getCell(c)).strip();
                    paths.add(path);
                    if (!path.isEmpty() && allowed.stream().noneMatch(col -> col.path().equals(path))) {
                        problems.add(Violation.of(name + "!" + ref(HEADER, c), "exchange.column.notAssigned", name,
                                CellReference.convertNumToColString(c), path, category));
                    }
                }
                List<String> enrolled = unitsByCategory.getOrDefault(category, List.of());
                for (int r = FIRST_UNIT; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    if (row == null) {
                        continue;
                    }
                    String unit = formatter.formatCellValue(row.getCell(0)).strip();
                    boolean anyValue = false;
                    for (int c = FIRST_VALUE; c < FIRST_VALUE + paths.size(); c++) {
                        if (!paths.get(c - FIRST_VALUE).isEmpty() && !blank(row.getCell(c))) {
                            anyValue = true;
                        }
                    }
                    if (!anyValue) {
                        continue;
                    }
                    if (unit.isEmpty()) {
                        problems.add(Violation.of(name + "!" + ref(r, 0), "exchange.row.unitRequired", name,
                                String.valueOf(r + 1)));
                        continue;
                    }
                    if (!enrolled.contains(unit)) {
                        problems.add(Violation.of(name + "!" + ref(r, 0), "exchange.row.unitUnknown", name,
                                String.valueOf(r + 1), unit, category));
                        continue;
                    }
                    for (int c = FIRST_VALUE; c < FIRST_VALUE + paths.size(); c++) {
                        String path = paths.get(c - FIRST_VALUE);
                        Cell cell = row.getCell(c);
                        if (path.isEmpty() || blank(cell)) {
                            continue;
                        }
                        GridColumn column = allowed.stream().filter(col -> col.path().equals(path)).findFirst()
                                .orElse(null);
                        if (column == null) {
                            continue; // reported once for the column
                        }
                        String json = json(cell, evaluator, formatter);
                        if (json == null) {
                            problems.add(cellProblem(name, r, c, unit, path, column.numeric()
                                    ? "exchange.cell.notANumber" : "exchange.cell.notJson",
                                    formatter.formatCellValue(cell, evaluator)));
                        } else {
                            values.add(new Value(name, r, c, category, unit, path, json));
                        }
                    }
                }
            }
            if (templateSheets == 0 && problems.isEmpty()) {
                problems.add(Violation.of("file", "exchange.file.notTemplate"));
            } else if (values.isEmpty() && problems.isEmpty()) {
                problems.add(Violation.of("file", "exchange.file.noValues"));
            }
        } catch (IOException e) {
            problems.add(Violation.of("file", "exchange.file.unreadable", String.valueOf(e.getMessage())));
        }
        return new Read(periodCode, values, problems);
    }

    /**
     * A problem of one cell: field {@code Sheet!C5}, key {@code exchange.cell} with the sheet, cell, row number, column
     * letter, unit, entry path, then the inner key and its arguments (translated first by the web layer).
     */
    public static Violation cellProblem(String sheet, int row, int column, String unit, String path, String key,
            String... args) {
        List<String> a = new ArrayList<>(List.of(sheet, ref(row, column), String.valueOf(row + 1),
                CellReference.convertNumToColString(column), unit, path, key));
        a.addAll(List.of(args));
        return new Violation(sheet + "!" + ref(row, column), "exchange.cell", a);
    }

    static String ref(int row, int column) {
        return new CellReference(row, column).formatAsString(false);
    }

    private static boolean blank(Cell cell) {
        return cell == null || cell.getCellType() == CellType.BLANK
                || (cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank());
    }

    /** The cell as scoring-core unit-data JSON: a number, or JSON text; null when it is neither. */
    private static String json(Cell cell, FormulaEvaluator evaluator, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? evaluator.evaluateFormulaCell(cell) : cell.getCellType();
        if (type == CellType.NUMERIC) {
            // doubles enter only through their shortest decimal text (String.valueOf), never new BigDecimal(double)
            return new BigDecimal(String.valueOf(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
        }
        if (type != CellType.STRING) {
            return null;
        }
        String text = formatter.formatCellValue(cell, evaluator).strip();
        if (isNumber(text)) {
            return new BigDecimal(text).stripTrailingZeros().toPlainString();
        }
        if (text.startsWith("{") || text.startsWith("[")) {
            try {
                return cn.kaohe.platform.json.CanonicalJson.canonical(text);
            } catch (RuntimeException notJson) {
                return null;
            }
        }
        return null;
    }

    static boolean isNumber(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        try {
            new BigDecimal(text.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
