package org.shouwang.sheet;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.TestUsers;
import org.shouwang.roster.RosterWindow;
import org.shouwang.base.Roles;
import org.shouwang.base.Translations;
import org.shouwang.community.Compound;
import org.shouwang.community.Post;
import org.shouwang.duty.DutyFixture;
import org.shouwang.plan.VolunteerRole;
import org.shouwang.roster.Roster;
import org.shouwang.volunteer.Volunteer;
import org.shouwang.volunteer.VolunteerRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
class GateSheetServiceTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    GateSheetService sheets;
    @Autowired
    org.shouwang.publish.PublishingService publishing;
    @Autowired
    VolunteerRepository volunteers;
    @Autowired
    JdbcTemplate jdbc;

    DutyFixture data;
    RosterWindow roster;
    LocalDate day;
    Post southGate;

    @BeforeEach
    void setUp() {
        data = new DutyFixture(ctx);
        Volunteer owner = data.volunteer("陈主任", "13900000001");
        owner.setRole(VolunteerRole.COMMITTEE);
        volunteers.save(owner);
        Compound west = data.compound("锦绣苑", owner.getId());
        southGate = data.post(west, "南门");
        Volunteer lead = data.volunteer("张组长", "13800000009", "LEAD");
        Volunteer wang = data.volunteer("王芳", "13800000001");
        Volunteer li = data.volunteer("李强", "13800000002");
        day = LocalDate.of(2026, 12, 7);
        roster = data.window(day, day.plusDays(1));
        data.seat(roster, data.gate, day.atTime(7, 0), 4, 0, "LEAD", lead);
        data.seat(roster, data.gate, day.atTime(7, 0), 4, 1, null, wang);
        data.seat(roster, data.gate, day.atTime(7, 0), 4, 2, null, li);
        data.seat(roster, data.gate, day.atTime(23, 0), 8, 0, "LEAD", null);
        data.seat(roster, data.gate, day.atTime(23, 0), 8, 1, null, wang);
        data.seat(roster, southGate, day.plusDays(1).atTime(7, 0), 4, 0, null, li);
        TestUsers.signIn(Roles.SECRETARY, data.community.getId(), null);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void each_post_gets_its_shifts_with_the_lead_the_team_and_the_empty_seats() {
        List<GateSheetService.PostSheet> result = sheets.sheets(roster);

        assertThat(result).extracting(GateSheetService.PostSheet::post).containsExactlyInAnyOrder("北门", "南门");
        GateSheetService.PostSheet north = sheetOf(result, "北门");
        assertThat(north.owner()).isNull();
        assertThat(north.shifts()).hasSize(2);
        GateSheetService.ShiftLine morning = north.shifts().get(0);
        assertThat(morning.lead()).isEqualTo("张组长");
        assertThat(morning.leadPhone()).isEqualTo("13800000009");
        assertThat(morning.members()).containsExactly("王芳", "李强");
        assertThat(morning.empty()).isZero();
        GateSheetService.ShiftLine night = north.shifts().get(1);
        assertThat(night.lead()).isNull();
        assertThat(night.members()).containsExactly("王芳");
        assertThat(night.empty()).isEqualTo(1);
        assertThat(night.end()).isEqualTo(day.plusDays(1).atTime(7, 0));

        GateSheetService.PostSheet south = sheetOf(result, "南门");
        assertThat(south.compound()).isEqualTo("锦绣苑");
        assertThat(south.owner()).isEqualTo("陈主任");
        assertThat(south.ownerPhone()).isEqualTo("13900000001");
    }

    @Test
    void the_workbook_has_a_printable_sheet_per_post_in_the_readers_language() throws IOException {
        try (Workbook book = read(sheets.workbook(roster, Translations.CHINESE))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            Sheet north = book.getSheet("堰山和畔 北门");
            assertThat(line(north.getRow(0))).contains("堰山和畔 · 北门 值班表");
            assertThat(line(north.getRow(1))).isEqualTo("2026-12-07 至 2026-12-08（草稿，尚未发布）");
            assertThat(text(north.getRow(4))).containsExactly("日期", "星期", "时间", "组长", "组长电话", "队员", "空缺", "签到");
            assertThat(text(north.getRow(5))).containsExactly("2026-12-07", "周一", "07:00–11:00", "张组长",
                    "13800000009", "王芳、李强", "", "");
            assertThat(text(north.getRow(6))).containsExactly("2026-12-07", "周一", "23:00–07:00 (+1)", "", "",
                    "王芳", "缺 1 人", "");
            assertThat(north.getPrintSetup().getLandscape()).isTrue();
            assertThat(north.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(north.getRepeatingRows().formatAsString()).isEqualTo("1:5");
            assertThat(line(book.getSheet("锦绣苑 南门").getRow(2))).isEqualTo("负责人：陈主任 13900000001");
        }
        try (Workbook book = read(sheets.workbook(roster, Translations.ENGLISH))) {
            Sheet north = book.getSheet("堰山和畔 北门");
            assertThat(text(north.getRow(4))).startsWith("Date", "Day", "Time", "Lead");
            assertThat(text(north.getRow(5))).contains("Mon", "王芳, 李强");
            assertThat(text(north.getRow(6))).contains("1 missing");
        }
    }

    @Test
    void a_window_is_headed_published_once_all_its_seats_are_and_a_draft_again_after_a_change() throws IOException {
        publishing.publish(roster);
        try (Workbook book = read(sheets.workbook(roster, Translations.CHINESE))) {
            assertThat(line(book.getSheet("堰山和畔 北门").getRow(1))).isEqualTo("2026-12-07 至 2026-12-08（已发布）");
        }
        data.seat(roster, data.gate, day.plusDays(1).atTime(7, 0), 4, 0, null, null);
        try (Workbook book = read(sheets.workbook(roster, Translations.CHINESE))) {
            assertThat(line(book.getSheet("堰山和畔 北门").getRow(1))).isEqualTo("2026-12-07 至 2026-12-08（草稿，尚未发布）");
        }
    }

    @Test
    void a_name_with_a_line_break_stored_before_forms_refused_it_still_gives_a_workbook() throws IOException {
        // As an old row would hold it: straight into the table, past today's checks.
        jdbc.update("update compound set name = ? where id = ?", "C0\r\nX", southGate.getCompound().getId());

        try (Workbook book = read(sheets.workbook(roster, Translations.CHINESE))) {
            assertThat(book.getSheet("C0 X 南门")).isNotNull();
        }
    }

    @Test
    void the_sheet_shows_no_volunteers_phone_but_the_leads() throws IOException {
        try (Workbook book = read(sheets.workbook(roster, Translations.CHINESE))) {
            String all = allText(book);
            assertThat(all).contains("13800000009").doesNotContain("13800000001").doesNotContain("13800000002");
        }
    }

    @Test
    void a_volunteer_or_another_communitys_secretary_cannot_print_the_roster() {
        TestUsers.signIn(Roles.VOLUNTEER, data.community.getId(), null);
        assertThatThrownBy(() -> sheets.workbook(roster, Translations.CHINESE))
                .isInstanceOf(AccessDeniedException.class);

        DutyFixture other = new DutyFixture(ctx);
        TestUsers.signIn(Roles.SECRETARY, other.community.getId(), null);
        assertThatThrownBy(() -> sheets.sheets(roster)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void two_posts_whose_names_make_the_same_sheet_name_get_distinct_sheets() throws IOException {
        Compound longName = data.compound("一个名字非常非常非常非常非常非常长的小区", null);
        Post a = data.post(longName, "东门甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳");
        Post b = data.post(longName, "东门甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未");
        data.seat(roster, a, day.atTime(7, 0), 4, 0, null, null);
        data.seat(roster, b, day.atTime(7, 0), 4, 0, null, null);

        try (Workbook book = read(sheets.workbook(roster, Translations.CHINESE))) {
            List<String> names = new ArrayList<>();
            book.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).hasSize(4).doesNotHaveDuplicates().allMatch(name -> name.length() <= 31);
        }
    }

    private static GateSheetService.PostSheet sheetOf(List<GateSheetService.PostSheet> sheets, String post) {
        return sheets.stream().filter(s -> s.post().equals(post)).findFirst().orElseThrow();
    }

    private static Workbook read(byte[] bytes) throws IOException {
        return WorkbookFactory.create(new ByteArrayInputStream(bytes));
    }

    private static String line(Row row) {
        return String.join(" ", text(row));
    }

    private static List<String> text(Row row) {
        DataFormatter format = new DataFormatter();
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(format.formatCellValue(cell)));
        return cells;
    }

    private static String allText(Workbook book) {
        StringBuilder all = new StringBuilder();
        book.forEach(sheet -> sheet.forEach(row -> all.append(text(row)).append('\n')));
        return all.toString();
    }
}
