package org.shouwang.exposure;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shouwang.base.Translations;
import org.shouwang.roster.ShiftTimes;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** The exposure list as a workbook: one row per stretch of shared time, headed by whom and which days. */
@Component
public class ExposureWorkbook {

    private static final List<String> COLUMNS = List.of("name", "phone", "degree", "date", "time", "compound", "post",
            "hours");

    private final Translations translations;

    public ExposureWorkbook(Translations translations) {
        this.translations = translations;
    }

    public byte[] write(ExposureList list, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(text(locale, "exposure.sheet"));
            sheet.createRow(0).createCell(0).setCellValue(text(locale, "exposure.sheet.title", list.name(),
                    list.query().from().toString(), list.query().to().toString()));
            var bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(2);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(text(locale, "exposure.column." + COLUMNS.get(c)));
                header.getCell(c).setCellStyle(bold);
                sheet.setColumnWidth(c, (c == 4 ? 18 : 14) * 256);
            }
            int r = 3;
            for (Contact contact : list.contacts()) {
                String degree = contact.degree() == 1 ? text(locale, "exposure.degree.1")
                        : text(locale, "exposure.degree.2", contact.via());
                for (Contact.Together together : contact.together()) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(contact.name());
                    row.createCell(1).setCellValue(contact.phone() == null ? "" : contact.phone());
                    row.createCell(2).setCellValue(degree);
                    row.createCell(3).setCellValue(together.from().toLocalDate().toString());
                    row.createCell(4).setCellValue(ShiftTimes.span(together.from(), together.to()));
                    row.createCell(5).setCellValue(together.compound());
                    row.createCell(6).setCellValue(together.post());
                    row.createCell(7).setCellValue(together.hours());
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
