package org.shouwang.sheet;

import org.shouwang.base.PlainText;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shouwang.base.CurrentUser;
import org.shouwang.base.Translations;
import org.shouwang.community.Compound;
import org.shouwang.community.Post;
import org.shouwang.duty.DutyReader;
import org.shouwang.roster.Assignment;
import org.shouwang.roster.AssignmentRepository;
import org.shouwang.roster.Roster;
import org.shouwang.roster.RosterRepository;
import org.shouwang.roster.RosterService;
import org.shouwang.roster.RosterWindow;
import org.shouwang.roster.ShiftTimes;
import org.shouwang.volunteer.Volunteer;
import org.shouwang.volunteer.VolunteerRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The paper roster for the gates: one printable sheet per post with every shift of the horizon, who
 * leads and who serves, the empty seats, and a column to sign in at the gate.
 *
 * <p>A sheet hangs at the gate where anyone passing can read it, so it carries names only. The phones on
 * it are the ones the team already sees on their phones: each shift's lead, and the committee member who
 * answers for the compound.
 */
@Service
@Transactional(readOnly = true)
public class GateSheetService {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    /** Title, horizon and contact lines, a blank line, then the column headers. */
    private static final int HEADER_ROW = 4;

    private final RosterRepository rosters;
    private final AssignmentRepository assignments;
    private final VolunteerRepository volunteers;
    private final CurrentUser currentUser;
    private final Translations translations;

    public GateSheetService(RosterRepository rosters, AssignmentRepository assignments, VolunteerRepository volunteers,
                            CurrentUser currentUser, Translations translations) {
        this.rosters = rosters;
        this.assignments = assignments;
        this.volunteers = volunteers;
        this.currentUser = currentUser;
        this.translations = translations;
    }

    /** One shift of one post as the sheet lists it. */
    public record ShiftLine(LocalDateTime start, LocalDateTime end, String lead, String leadPhone,
                            List<String> members, int empty) {
    }

    /** The shifts of one post, in time order. */
    public record PostSheet(String compound, String post, String owner, String ownerPhone, List<ShiftLine> shifts) {
    }

    /**
     * The sheets of a window of the roster, one per post that has seats, in compound and post order.
     * Readable by the community's secretary and committee members (and a district admin).
     */
    public List<PostSheet> sheets(RosterWindow window) {
        readable(window);
        return sheets(seats(window));
    }

    private Roster readable(RosterWindow window) {
        Roster roster = rosters.findById(window.rosterId())
                .filter(r -> r.getCommunity().getId() == window.communityId())
                .orElseThrow(() -> new AccessDeniedException("No roster " + window.rosterId()));
        currentUser.requireCommunity(window.communityId(), RosterService.READERS);
        return roster;
    }

    private List<Assignment> seats(RosterWindow window) {
        return assignments.findWindow(window.rosterId(), window.start(), window.end());
    }

    private List<PostSheet> sheets(List<Assignment> seats) {
        Set<Long> ownerIds = new HashSet<>();
        seats.forEach(a -> ownerIds.add(a.getPost().getCompound().getOwnerId()));
        ownerIds.remove(null);
        Map<Long, Volunteer> owners = volunteers.findAllById(ownerIds).stream()
                .collect(Collectors.toMap(Volunteer::getId, Function.identity()));

        Map<Post, List<Assignment>> byPost = seats.stream()
                .sorted(Comparator.comparing((Assignment a) -> a.getPost().getCompound().getCode())
                        .thenComparing(a -> a.getPost().getCode())
                        .thenComparing(Assignment::getStartsAt)
                        .thenComparingInt(Assignment::getSeat))
                .collect(Collectors.groupingBy(Assignment::getPost, LinkedHashMap::new, Collectors.toList()));
        List<PostSheet> sheets = new ArrayList<>();
        byPost.forEach((post, postSeats) -> {
            Compound compound = post.getCompound();
            Volunteer owner = compound.getOwnerId() == null ? null : owners.get(compound.getOwnerId());
            sheets.add(new PostSheet(compound.getName(), post.getName(),
                    owner == null ? null : owner.getName(), owner == null ? null : owner.getPhone(),
                    shiftLines(postSeats)));
        });
        return sheets;
    }

    private static List<ShiftLine> shiftLines(List<Assignment> seatsOfPost) {
        Map<LocalDateTime, List<Assignment>> byStart = seatsOfPost.stream()
                .collect(Collectors.groupingBy(Assignment::getStartsAt, LinkedHashMap::new, Collectors.toList()));
        List<ShiftLine> lines = new ArrayList<>();
        byStart.forEach((start, shift) -> {
            Volunteer lead = DutyReader.lead(shift, Assignment::getVolunteer);
            List<String> members = shift.stream().map(Assignment::getVolunteer)
                    .filter(v -> v != null && v != lead).map(Volunteer::getName).toList();
            int empty = (int) shift.stream().filter(a -> a.getVolunteer() == null).count();
            lines.add(new ShiftLine(start, shift.get(0).getEndsAt(), lead == null ? null : lead.getName(),
                    lead == null ? null : lead.getPhone(), members, empty));
        });
        return lines;
    }

    /**
     * The sheets as an Excel workbook ready to print: A4 landscape, one page wide, the headers repeated on
     * every page, page numbers in the footer; the words in the reader's language.
     */
    public byte[] workbook(RosterWindow window, Locale locale) {
        Roster roster = readable(window);
        List<Assignment> seats = seats(window);
        List<PostSheet> sheets = sheets(seats);
        // Published: every seat of the window was published and none has changed since.
        boolean published = !seats.isEmpty() && seats.stream().allMatch(a -> a.getPublishedAt() != null
                && java.util.Objects.equals(a.getVolunteer(), a.getPublishedVolunteer()));
        Heading heading = new Heading(roster.getCommunity().getName(), window, published);
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            Set<String> names = new HashSet<>();
            for (PostSheet sheet : sheets) {
                write(book.createSheet(sheetName(sheet, names)), sheet, heading, styles, locale);
            }
            if (sheets.isEmpty()) {
                Sheet none = book.createSheet(WorkbookUtil.createSafeSheetName(t("sheet.none", locale)));
                none.createRow(0).createCell(0).setCellValue(t("sheet.none", locale));
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the gate sheets", e);
        }
    }

    /**
     * Excel allows 31 characters and no {@code []:*?/\} in a sheet name, and each name once. Control
     * characters (which POI's safe name keeps) become spaces: a name stored before forms refused them
     * must not break the download.
     */
    private static String sheetName(PostSheet sheet, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(PlainText.Check.flatten(sheet.compound() + " " + sheet.post()));
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    /** What heads every sheet: the community, the window's dates and whether it is all published. */
    private record Heading(String community, RosterWindow window, boolean published) {
    }

    private void write(Sheet sheet, PostSheet data, Heading heading, Styles styles, Locale locale) {
        String[] headers = {t("sheet.col.date", locale), t("sheet.col.weekday", locale), t("sheet.col.time", locale),
                t("sheet.col.lead", locale), t("sheet.col.lead-phone", locale), t("sheet.col.members", locale),
                t("sheet.col.empty", locale), t("sheet.col.signature", locale)};
        int[] widths = {12, 8, 16, 12, 15, 40, 8, 24};
        int last = headers.length - 1;

        cell(sheet.createRow(0), 0, t("sheet.title", locale, heading.community(), data.compound(),
                data.post()), styles.title);
        String status = t(heading.published() ? "sheet.status.published" : "sheet.status.draft", locale);
        cell(sheet.createRow(1), 0, t("sheet.horizon", locale, DATE.format(heading.window().from()),
                DATE.format(heading.window().to()), status), null);
        cell(sheet.createRow(2), 0, data.owner() == null ? t("sheet.owner.none", locale)
                : t("sheet.owner", locale, data.owner(), data.ownerPhone() == null ? "" : data.ownerPhone()), null);
        for (int r = 0; r <= 2; r++) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
        }

        Row header = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < headers.length; c++) {
            cell(header, c, headers[c], styles.header);
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        String separator = t("sheet.members.separator", locale);
        int r = HEADER_ROW + 1;
        for (ShiftLine line : data.shifts()) {
            Row row = sheet.createRow(r++);
            row.setHeightInPoints(26);
            cell(row, 0, DATE.format(line.start()), styles.body);
            cell(row, 1, line.start().getDayOfWeek().getDisplayName(TextStyle.SHORT, locale), styles.body);
            cell(row, 2, ShiftTimes.span(line.start(), line.end()), styles.body);
            cell(row, 3, line.lead() == null ? "" : line.lead(), styles.body);
            cell(row, 4, line.leadPhone() == null ? "" : line.leadPhone(), styles.body);
            cell(row, 5, String.join(separator, line.members()), styles.body);
            cell(row, 6, line.empty() == 0 ? "" : t("sheet.empty", locale, line.empty()),
                    line.empty() == 0 ? styles.body : styles.empty);
            cell(row, 7, "", styles.body);
        }
        printSetup(sheet, locale);
    }

    private void printSetup(Sheet sheet, Locale locale) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setPrintGridlines(false);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setRepeatingRows(new CellRangeAddress(0, HEADER_ROW, -1, -1));
        sheet.createFreezePane(0, HEADER_ROW + 1);
        // &P and &N are Excel's page number and page count.
        sheet.getFooter().setCenter(t("sheet.footer", locale, "&P", "&N"));
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private String t(String key, Locale locale, Object... params) {
        return translations.getTranslation(key, locale, params);
    }

    /** The few cell styles of a sheet; a workbook allows only so many, so they are made once. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle body;
        final CellStyle empty;

        Styles(Workbook book) {
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            title = book.createCellStyle();
            title.setFont(big);

            Font bold = book.createFont();
            bold.setBold(true);
            header = bordered(book);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            body = bordered(book);
            body.setWrapText(true);

            Font red = book.createFont();
            red.setBold(true);
            red.setColor(IndexedColors.DARK_RED.getIndex());
            empty = bordered(book);
            empty.setFont(red);
            empty.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            empty.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }

        private static CellStyle bordered(Workbook book) {
            CellStyle style = book.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            return style;
        }
    }
}
