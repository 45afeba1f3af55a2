package org.shouwang.intake;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Spreadsheets for the tests: written from rows of text, read back as rows of text. */
public final class Workbooks {

    private Workbooks() {
    }

    /** A workbook whose first sheet holds these rows (the first row being the headers). */
    public static byte[] xlsx(List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("志愿者");
            write(sheet, 0, rows);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template with its example row replaced by these data rows. */
    public static byte[] fill(byte[] template, List<List<String>> dataRows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheetAt(0);
            sheet.removeRow(sheet.getRow(1));
            write(sheet, 1, dataRows);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of the sheet at that index as text, empty cells as "". */
    public static List<List<String>> rows(byte[] xlsx, int sheetIndex) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter formatter = new DataFormatter();
            Sheet sheet = workbook.getSheetAt(sheetIndex);
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < SheetColumn.values().length; c++) {
                    cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> sheetNames(byte[] xlsx) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Sheet sheet, int firstRow, List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(firstRow + r);
            List<String> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                if (cells.get(c) != null && !cells.get(c).isEmpty()) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
        }
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
