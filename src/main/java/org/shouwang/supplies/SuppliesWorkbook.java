package org.shouwang.supplies;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shouwang.base.Translations;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** The forecast as a workbook: a summary per compound (shortfalls in red), then masks and gloves per day. */
@Component
public class SuppliesWorkbook {

    private static final List<String> SUMMARY = List.of("compound", "masks", "gloves", "disinfectant", "thermometers",
            "stock.masks", "stock.gloves", "stock.disinfectant", "stock.thermometers", "masks-run-out", "days-left");

    private final Translations translations;

    public SuppliesWorkbook(Translations translations) {
        this.translations = translations;
    }

    public byte[] write(Forecast forecast, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle shortfall = workbook.createCellStyle();
            shortfall.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            shortfall.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            Sheet summary = workbook.createSheet(text(locale, "supplies.sheet.summary"));
            summary.createRow(0).createCell(0).setCellValue(text(locale, "supplies.sheet.title",
                    forecast.from().toString(), forecast.to().toString()));
            Row header = summary.createRow(2);
            for (int c = 0; c < SUMMARY.size(); c++) {
                header.createCell(c).setCellValue(text(locale, "supplies.column." + SUMMARY.get(c)));
                summary.setColumnWidth(c, 14 * 256);
            }
            int r = 3;
            for (Forecast.CompoundForecast compound : forecast.compounds()) {
                Row row = summary.createRow(r++);
                row.createCell(0).setCellValue(compound.compound());
                row.createCell(1).setCellValue(compound.masks());
                row.createCell(2).setCellValue(compound.gloves());
                row.createCell(3).setCellValue(compound.disinfectantMl());
                row.createCell(4).setCellValue(compound.thermometersNeeded());
                row.createCell(5).setCellValue(compound.stock().masks());
                row.createCell(6).setCellValue(compound.stock().gloves());
                row.createCell(7).setCellValue(compound.stock().disinfectantMl());
                row.createCell(8).setCellValue(compound.stock().thermometers());
                row.createCell(9).setCellValue(compound.masksRunOut().map(Object::toString).orElse(""));
                row.createCell(10).setCellValue(compound.masksDaysLeft());
                if (compound.shortfall()) {
                    row.forEach(cell -> cell.setCellStyle(shortfall));
                }
            }
            Sheet daily = workbook.createSheet(text(locale, "supplies.sheet.days"));
            Row days = daily.createRow(0);
            days.createCell(0).setCellValue(text(locale, "supplies.column.compound"));
            days.createCell(1).setCellValue(text(locale, "supplies.column.item"));
            for (int d = 0; d < forecast.days().size(); d++) {
                days.createCell(2 + d).setCellValue(forecast.days().get(d).toString());
            }
            r = 1;
            for (Forecast.CompoundForecast compound : forecast.compounds()) {
                Row masks = daily.createRow(r++);
                Row gloves = daily.createRow(r++);
                masks.createCell(0).setCellValue(compound.compound());
                gloves.createCell(0).setCellValue(compound.compound());
                masks.createCell(1).setCellValue(text(locale, "supplies.column.masks"));
                gloves.createCell(1).setCellValue(text(locale, "supplies.column.gloves"));
                for (int d = 0; d < compound.days().size(); d++) {
                    masks.createCell(2 + d).setCellValue(compound.days().get(d).masks());
                    gloves.createCell(2 + d).setCellValue(compound.days().get(d).gloves());
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(Locale locale, String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }
}
