package org.shouwang.intake;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shouwang.plan.VolunteerRole;
import org.shouwang.volunteer.AvailabilityWindow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the volunteers' workbook: the template (headers, one example row) or the export (every
 * volunteer), in the same format the import reads. Drop-down lists offer the community's compounds,
 * skills and roles; a second sheet explains each column and the written form of time windows.
 */
final class VolunteerWorkbook {

    /** Rows below the header that get the drop-down lists in the template. */
    private static final int TEMPLATE_ROWS = 2_000;

    private VolunteerWorkbook() {
    }

    /**
     * @param volunteers the rows to write; {@code null} writes the template with its example row
     */
    static byte[] write(SheetTexts texts, Map<Long, String> compounds, List<String> skills,
                        List<VolunteerData> volunteers) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(texts.translate("intake.sheet.volunteers"));
            CellStyle header = headerStyle(workbook);
            CellStyle textCells = workbook.createCellStyle();
            textCells.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Row headers = sheet.createRow(0);
            for (SheetColumn column : SheetColumn.values()) {
                var cell = headers.createCell(column.ordinal());
                cell.setCellValue(column.header(texts.locale()));
                cell.setCellStyle(header);
                sheet.setColumnWidth(column.ordinal(), width(column));
                // Phones stay text, or Excel shows 13812345678 as 1.38E+10.
                sheet.setDefaultColumnStyle(column.ordinal(), textCells);
            }
            sheet.createFreezePane(0, 1);
            List<VolunteerData> rows = volunteers == null ? List.of(example(texts)) : volunteers;
            int r = 1;
            for (VolunteerData volunteer : rows) {
                Row row = sheet.createRow(r++);
                for (SheetColumn column : SheetColumn.values()) {
                    String text = texts.cell(column, volunteer, compounds);
                    if (column == SheetColumn.NAME && volunteers == null) {
                        text = texts.translate("intake.example-mark") + text;
                    }
                    if (!text.isEmpty()) {
                        var cell = row.createCell(column.ordinal());
                        cell.setCellValue(text);
                        cell.setCellStyle(textCells);
                    }
                }
            }
            int lastRow = Math.max(rows.size(), TEMPLATE_ROWS);
            writeHelp(workbook, texts, header);
            writeLists(workbook, sheet, texts, compounds, skills, lastRow);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static VolunteerData example(SheetTexts texts) {
        Set<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        return new VolunteerData(texts.translate("intake.example.name"), "13800000000", VolunteerRole.VOLUNTEER, null,
                Set.of(), 12, List.of(new AvailabilityWindow(weekdays, LocalTime.of(18, 0), LocalTime.of(22, 0)),
                new AvailabilityWindow(EnumSet.of(DayOfWeek.SATURDAY), LocalTime.of(8, 0), LocalTime.of(12, 0))),
                List.of(new AvailabilityWindow(weekdays, LocalTime.of(18, 0), LocalTime.of(20, 0))), false,
                texts.translate("intake.example.note"));
    }

    /** A hidden sheet holds the lists; each list column of the main sheet offers its entries. */
    private static void writeLists(XSSFWorkbook workbook, Sheet sheet, SheetTexts texts, Map<Long, String> compounds,
                                   List<String> skills, int lastRow) {
        Sheet lists = workbook.createSheet("lists");
        List<List<String>> columns = List.of(List.copyOf(compounds.values()), skills, texts.roleLabels(),
                List.of(texts.yesNo(true), texts.yesNo(false)));
        List<SheetColumn> targets = List.of(SheetColumn.HOME, SheetColumn.SKILLS, SheetColumn.ROLE, SheetColumn.ONLY_HOME);
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int c = 0; c < columns.size(); c++) {
            List<String> entries = columns.get(c);
            for (int i = 0; i < entries.size(); i++) {
                Row row = lists.getRow(i) == null ? lists.createRow(i) : lists.getRow(i);
                row.createCell(c).setCellValue(entries.get(i));
            }
            if (entries.isEmpty()) {
                continue;
            }
            String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(c);
            DataValidationConstraint constraint = helper.createFormulaListConstraint(
                    "lists!$" + letter + "$1:$" + letter + "$" + entries.size());
            SheetColumn target = targets.get(c);
            DataValidation validation = helper.createValidation(constraint,
                    new CellRangeAddressList(1, lastRow, target.ordinal(), target.ordinal()));
            // A cell may hold several skills: the list suggests, it does not forbid.
            validation.setShowErrorBox(target != SheetColumn.SKILLS);
            validation.setSuppressDropDownArrow(true);
            sheet.addValidationData(validation);
        }
        workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
    }

    private static void writeHelp(XSSFWorkbook workbook, SheetTexts texts, CellStyle header) {
        Sheet help = workbook.createSheet(texts.translate("intake.sheet.help"));
        help.setColumnWidth(0, 22 * 256);
        help.setColumnWidth(1, 90 * 256);
        int r = 0;
        Row title = help.createRow(r++);
        title.createCell(0).setCellValue(texts.translate("intake.help.column"));
        title.createCell(1).setCellValue(texts.translate("intake.help.meaning"));
        title.getCell(0).setCellStyle(header);
        title.getCell(1).setCellStyle(header);
        for (SheetColumn column : SheetColumn.values()) {
            Row row = help.createRow(r++);
            row.createCell(0).setCellValue(column.header(texts.locale()));
            row.createCell(1).setCellValue(texts.translate("intake.help." + column.name()));
        }
        r++;
        for (String key : List.of("intake.help.windows", "intake.help.windows.example", "intake.help.windows.night",
                "intake.help.example-row", "intake.help.update")) {
            help.createRow(r++).createCell(0).setCellValue(texts.translate(key));
        }
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    private static int width(SheetColumn column) {
        return switch (column) {
            case AVAILABLE, PREFERRED, NOTE -> 36 * 256;
            case PHONE, HOME, SKILLS, MAX_HOURS -> 16 * 256;
            default -> 12 * 256;
        };
    }
}
