package org.shouwang.intake;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.IOUtils;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Reads the first sheet of an uploaded .xlsx as rows of text, streaming (SAX), so that a sheet of tens
 * of thousands of rows never becomes a workbook in memory. Everything that is not a plain .xlsx of
 * reasonable size is refused with a reason the user can act on; POI's own zip-bomb limits guard the
 * unpacking.
 */
final class SheetReader {

    /** More rows than any community has people: a sheet beyond this is a mistake or an attack. */
    static final int MAX_ROWS = 50_000;
    /** How often (in rows) the reader reports progress. */
    private static final int PROGRESS_EVERY = 500;
    /** Rows whose name starts so are the template's examples, never imported. */
    private static final List<String> EXAMPLE_MARKS = List.of("（示例）", "(示例)", "(example)");

    static {
        // A sheet's XML packs about 1:20; a ratio beyond 1:100 is a zip bomb.
        ZipSecureFile.setMinInflateRatio(0.01);
        // 50,000 rows of ten cells are well under 100 MB of XML.
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
        ZipSecureFile.setMaxFileCount(1_000);
        IOUtils.setByteArrayMaxOverride(100 * 1024 * 1024);
    }

    /** One data row: its number as Excel shows it (the header is row 1) and its cells by column. */
    record RawRow(int number, Map<SheetColumn, String> cells) {

        String cell(SheetColumn column) {
            String value = cells.get(column);
            return value == null ? "" : value.strip();
        }
    }

    /** The rows of a sheet with where each column was found (its letter, e.g. "C"). */
    record Sheet(Map<SheetColumn, String> letters, List<RawRow> rows) {
    }

    private SheetReader() {
    }

    /**
     * @param progress told the number of rows read so far, now and then
     * @throws SheetRefusedException when the file cannot be read as the volunteers' sheet
     */
    static Sheet read(byte[] data, long maxBytes, String shownLimit, IntConsumer progress) {
        if (data.length > maxBytes) {
            throw new SheetRefusedException("intake.refused.too-large", shownLimit);
        }
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(data))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new SheetRefusedException("intake.refused.not-a-sheet", e);
        }
        if (magic == FileMagic.OLE2) {
            throw new SheetRefusedException(encrypted(data) ? "intake.refused.password" : "intake.refused.old-excel");
        }
        if (magic != FileMagic.OOXML) {
            throw new SheetRefusedException("intake.refused.not-a-sheet");
        }
        try (OPCPackage pkg = OPCPackage.open(new BufferedInputStream(new ByteArrayInputStream(data)))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new SheetRefusedException("intake.refused.empty");
            }
            Collector collector = new Collector(progress);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, new PlainStrings(strings), collector,
                        new DataFormatter(Locale.ROOT), false));
                parser.parse(new InputSource(sheet));
            }
            return collector.sheet();
        } catch (SheetRefusedException e) {
            throw e;
        } catch (TooManyRows e) {
            throw new SheetRefusedException("intake.refused.too-many-rows", MAX_ROWS);
        } catch (Exception e) {
            if (isZipBomb(e)) {
                throw new SheetRefusedException("intake.refused.bomb", e);
            }
            throw new SheetRefusedException("intake.refused.not-a-sheet", e);
        }
    }

    /** An encrypted .xlsx is an OLE2 container holding the encrypted package; an old .xls is not. */
    private static boolean encrypted(byte[] data) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(data))) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The shared strings as plain text, each made once: POI's table builds an XML rich text for every
     * cell that refers to one (the handler only wants its text), which showed in a 10,000-row preview's
     * profile; a sheet repeats its roles, compounds and windows thousands of times.
     */
    private static final class PlainStrings implements SharedStrings {
        private final SharedStrings table;
        private final String[] texts;

        PlainStrings(SharedStrings table) {
            this.table = table;
            this.texts = new String[Math.max(0, table.getUniqueCount())];
        }

        @Override
        public RichTextString getItemAt(int index) {
            if (index < 0 || index >= texts.length) {
                return table.getItemAt(index);
            }
            String text = texts[index];
            if (text == null) {
                text = table.getItemAt(index).getString();
                texts[index] = text;
            }
            return new PlainRichText(text);
        }

        @Override
        public int getCount() {
            return table.getCount();
        }

        @Override
        public int getUniqueCount() {
            return table.getUniqueCount();
        }
    }

    /** Text without formatting, for the handler that reads it with {@code toString()}. */
    private record PlainRichText(String text) implements RichTextString {

        @Override
        public void applyFont(int startIndex, int endIndex, short fontIndex) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void applyFont(int startIndex, int endIndex, Font font) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void applyFont(Font font) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void clearFormatting() {
        }

        @Override
        public String getString() {
            return text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public int numFormattingRuns() {
            return 0;
        }

        @Override
        public int getIndexOfFormattingRun(int index) {
            return 0;
        }

        @Override
        public void applyFont(short fontIndex) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** Thrown from inside the SAX parse to stop it: the sheet is too long. */
    private static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }

    /** Collects the header (row 1) and the data rows below it; blank rows and example rows are skipped. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final IntConsumer progress;
        private final Map<Integer, String> headers = new LinkedHashMap<>();
        private final Map<Integer, SheetColumn> columns = new LinkedHashMap<>();
        private final List<RawRow> rows = new ArrayList<>();
        private Map<SheetColumn, String> current;
        private int rowIndex;
        private boolean headerDone;

        Collector(IntConsumer progress) {
            this.progress = progress;
        }

        @Override
        public void startRow(int rowNum) {
            rowIndex = rowNum;
            current = new EnumMap<>(SheetColumn.class);
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? headers.size() : new CellReference(cellReference).getCol();
            if (!headerDone) {
                if (rowIndex == 0 && formattedValue != null && !formattedValue.isBlank()) {
                    headers.put(column, formattedValue.strip());
                }
                return;
            }
            SheetColumn known = columns.get(column);
            if (known != null && formattedValue != null) {
                current.put(known, formattedValue);
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (!headerDone) {
                // The headers belong in row 1; a sheet that starts lower has none where they are looked for.
                resolveHeaders();
                headerDone = true;
                if (rowNum != 0) {
                    throw new SheetRefusedException("intake.refused.headers", "—", expected(Locale.CHINESE),
                            expected(Locale.ENGLISH));
                }
                return;
            }
            if (current.values().stream().allMatch(String::isBlank) || isExample(current.get(SheetColumn.NAME))) {
                return;
            }
            if (rows.size() >= MAX_ROWS) {
                throw new TooManyRows();
            }
            rows.add(new RawRow(rowNum + 1, current));
            if (rows.size() % PROGRESS_EVERY == 0) {
                progress.accept(rows.size());
            }
        }

        private static boolean isExample(String name) {
            String text = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
            return EXAMPLE_MARKS.stream().anyMatch(text::startsWith);
        }

        /** Every header must name a known column, once; name and phone must be there. */
        private void resolveHeaders() {
            List<String> unknown = new ArrayList<>();
            for (Map.Entry<Integer, String> header : headers.entrySet()) {
                SheetColumn column = SheetColumn.ofHeader(header.getValue()).orElse(null);
                if (column == null || columns.containsValue(column)) {
                    unknown.add(header.getValue());
                } else {
                    columns.put(header.getKey(), column);
                }
            }
            boolean complete = columns.values().containsAll(
                    java.util.Arrays.stream(SheetColumn.values()).filter(SheetColumn::required).toList());
            if (!unknown.isEmpty() || !complete) {
                throw new SheetRefusedException("intake.refused.headers",
                        unknown.isEmpty() ? "—" : String.join("、", unknown), expected(Locale.CHINESE),
                        expected(Locale.ENGLISH));
            }
        }

        private static String expected(Locale locale) {
            return java.util.Arrays.stream(SheetColumn.values()).map(c -> c.header(locale))
                    .collect(java.util.stream.Collectors.joining(", "));
        }

        Sheet sheet() {
            if (!headerDone) {
                throw new SheetRefusedException("intake.refused.empty");
            }
            Map<SheetColumn, String> letters = new EnumMap<>(SheetColumn.class);
            columns.forEach((index, column) -> letters.put(column, CellReference.convertNumToColString(index)));
            return new Sheet(letters, rows);
        }
    }
}
