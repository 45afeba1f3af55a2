package org.shouwang.intake;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.TestData;
import org.shouwang.TestUsers;
import org.shouwang.base.Roles;
import org.shouwang.community.Community;
import org.shouwang.community.Compound;
import org.shouwang.exchange.ImportMode;
import org.shouwang.exchange.PlanImportService;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.VolunteerRole;
import org.shouwang.plan.demo.CommunityGenerator;
import org.shouwang.volunteer.AvailabilityWindow;
import org.shouwang.volunteer.Volunteer;
import org.shouwang.volunteer.VolunteerRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest
@ActiveProfiles("test")
class IntakeServiceTest {

    static final List<String> HEADERS = List.of("姓名", "手机号", "身份", "所属小区", "技能", "每周最多小时", "可值班时间",
            "偏好时间", "仅本小区", "备注");

    @Autowired
    IntakeService service;
    @Autowired
    TestData data;
    @Autowired
    VolunteerRepository volunteers;
    @Autowired
    PlanImportService planImporter;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    NewVolunteers newVolunteers;

    Community community;
    Compound yanshan;
    Volunteer wang;

    @BeforeEach
    void secretaryWithOneVolunteer() {
        community = data.community();
        yanshan = data.compound(community, "堰山和畔");
        wang = data.volunteer(community, "王芳", VolunteerRole.PARTY_MEMBER, yanshan);
        wang.setPhone("13812341234");
        wang.setSkills(Set.of("LEAD", "TEMPERATURE"));
        wang = data.save(wang);
        TestUsers.signIn(Roles.SECRETARY, community.getId(), null);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private IntakePreview preview(List<List<String>> rows) {
        return service.preview(community.getId(), Workbooks.xlsx(rows), Locale.SIMPLIFIED_CHINESE, n -> { });
    }

    private static List<List<String>> sheet(List<String>... rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(HEADERS);
        all.addAll(Arrays.asList(rows));
        return all;
    }

    @Test
    void a_new_volunteer_is_previewed_then_stored_with_every_column_and_a_generated_code() {
        IntakePreview preview = preview(sheet(List.of("李明", "139 1234 5678", "居民志愿者", "堰山和畔", "TEMPERATURE",
                "12", "周一至周五 18:00-22:00; 周六 08:00-12:00", "周一 18:00-20:00", "是", "会开车")));

        assertThat(preview.rows()).extracting(IntakeRow::row, IntakeRow::status)
                .containsExactly(tuple(2, IntakeRow.Status.NEW));
        assertThat(volunteers.countByCommunityId(community.getId())).isEqualTo(1);

        IntakeService.Imported imported = service.confirm(preview, n -> { });

        assertThat(imported).isEqualTo(new IntakeService.Imported(1, 0));
        Volunteer li = tx.execute(status -> {
            Volunteer found = volunteers.findByCommunityIdOrderByCode(community.getId()).stream()
                    .filter(v -> v.getName().equals("李明")).findFirst().orElseThrow();
            found.getAvailable().size();
            found.getPreferred().size();
            found.getSkills().size();
            return found;
        });
        assertThat(li.getCode()).matches("V\\d{4}");
        assertThat(li.getPhone()).isEqualTo("13912345678");
        assertThat(li.getRole()).isEqualTo(VolunteerRole.VOLUNTEER);
        Long homeId = tx.execute(status -> volunteers.findById(li.getId()).orElseThrow().getHome().getId());
        assertThat(homeId).isEqualTo(yanshan.getId());
        assertThat(li.isOnlyHome()).isTrue();
        assertThat(li.getMaxHoursPerWeek()).isEqualTo(12);
        assertThat(li.getNote()).isEqualTo("会开车");
        assertThat(li.getAvailable()).containsExactly(
                new AvailabilityWindow(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(18, 0), LocalTime.of(22, 0)),
                new AvailabilityWindow(EnumSet.of(DayOfWeek.SATURDAY), LocalTime.of(8, 0), LocalTime.of(12, 0)));
        assertThat(li.getPreferred()).containsExactly(
                new AvailabilityWindow(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(18, 0), LocalTime.of(20, 0)));
        assertThat(li.getSkills()).containsExactly("TEMPERATURE");
        // The phone is known by its one spelling: the same number typed otherwise is that volunteer (the
        // empty cells would clear their columns).
        IntakePreview again = preview(sheet(List.of("李明", "139-1234-5678", "", "", "", "", "", "", "", "")));
        assertThat(again.rows()).extracting(IntakeRow::status).containsExactly(IntakeRow.Status.UPDATE);
    }

    @Test
    void a_name_with_a_tab_is_a_problem_of_its_row_and_column() {
        IntakePreview preview = preview(sheet(List.of("王\t芳", "13912345678", "", "", "", "", "", "", "", "")));

        assertThat(preview.problems()).extracting(IntakeProblem::cell, IntakeProblem::key)
                .containsExactly(tuple("A2", "intake.problem.plain-text"));
    }

    @Test
    void new_volunteers_are_stored_all_or_none_even_when_a_later_batch_fails() {
        Community other = data.community();
        List<Volunteer> newcomers = new ArrayList<>();
        for (int i = 0; i < NewVolunteers.BATCH + 100; i++) {
            Volunteer volunteer = new Volunteer(other, IntakeService.code(i + 1), "志愿者" + i, VolunteerRole.VOLUNTEER);
            volunteer.setPhone(String.valueOf(13_900_000_000L + i));
            volunteer.setSkills(Set.of("TEMPERATURE"));
            newcomers.add(volunteer);
        }
        // The last one takes a code that is taken meanwhile: the database refuses it in the second batch.
        Volunteer first = data.volunteer(other, "先来的");
        first.setCode(IntakeService.code(NewVolunteers.BATCH + 100));
        data.save(first);
        long before = volunteers.countByCommunityId(other.getId());

        assertThatThrownBy(() -> tx.executeWithoutResult(status ->
                newVolunteers.insert(other.getId(), newcomers, n -> { })))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(volunteers.countByCommunityId(other.getId())).isEqualTo(before);
    }

    @Test
    void a_known_phone_updates_that_volunteer_and_the_preview_says_what_changes() {
        IntakePreview preview = preview(sheet(List.of("王芳", "13812341234", "党员", "堰山和畔", "LEAD", "30", "", "", "否", "")));

        assertThat(preview.rows()).singleElement().satisfies(row -> {
            assertThat(row.status()).isEqualTo(IntakeRow.Status.UPDATE);
            assertThat(row.changes()).containsExactly(new IntakeRow.Change(SheetColumn.SKILLS, "LEAD, TEMPERATURE", "LEAD"),
                    new IntakeRow.Change(SheetColumn.MAX_HOURS, "24", "30"));
        });

        assertThat(service.confirm(preview, n -> { })).isEqualTo(new IntakeService.Imported(0, 1));
        Volunteer updated = volunteers.findById(wang.getId()).orElseThrow();
        assertThat(updated.getMaxHoursPerWeek()).isEqualTo(30);
        assertThat(volunteers.countByCommunityId(community.getId())).isEqualTo(1);
    }

    @Test
    void every_problem_names_its_row_and_column_and_nothing_is_stored() {
        IntakePreview preview = preview(sheet(
                List.of("甲", "12345", "", "", "", "", "", "", "", ""),
                List.of("乙", "13900000001", "司机", "", "", "", "", "", "", ""),
                List.of("丙", "13900000002", "", "不存在小区", "", "", "", "", "", ""),
                List.of("丁", "13900000003", "", "", "开车", "", "", "", "", ""),
                List.of("戊", "13900000001", "", "", "", "", "", "", "", ""),
                List.of("己", "13900000005", "", "", "", "", "晚上有空", "", "", ""),
                List.of("庚", "13900000006", "", "", "", "200", "", "", "", ""),
                List.of("辛", "13900000007", "", "", "", "", "", "", "是", ""),
                List.of("", "13900000008", "", "", "", "", "", "", "", ""),
                List.of("壬", "13900000009", "", "", "", "", "", "", "", "")));

        assertThat(preview.problems()).extracting(IntakeProblem::row, IntakeProblem::cell, IntakeProblem::key).containsExactly(
                tuple(2, "B2", "intake.problem.phone"),
                tuple(3, "C3", "intake.problem.role"),
                tuple(4, "D4", "intake.problem.compound"),
                tuple(5, "E5", "intake.problem.skill"),
                tuple(6, "B6", "intake.problem.phone-twice"),
                tuple(7, "G7", "intake.problem.window"),
                tuple(8, "F8", "intake.problem.hours"),
                tuple(9, "I9", "intake.problem.only-home-needs-home"),
                tuple(10, "A10", "intake.problem.missing"));
        assertThat(preview.problems().get(4).args()).containsExactly("3");
        assertThat(preview.count(IntakeRow.Status.NEW)).isEqualTo(1);
        assertThat(preview.importable()).isFalse();
        assertThatThrownBy(() -> service.confirm(preview, n -> { })).isInstanceOf(IllegalStateException.class);
        assertThat(volunteers.countByCommunityId(community.getId())).isEqualTo(1);
    }

    @Test
    void a_sheet_with_unknown_headers_is_refused_with_the_headers_it_expects() {
        assertThatThrownBy(() -> preview(List.of(List.of("名字", "电话"), List.of("李明", "13912345678"))))
                .isInstanceOfSatisfying(SheetRefusedException.class, e -> {
                    assertThat(e.key()).isEqualTo("intake.refused.headers");
                    assertThat(e.args()).containsExactly("名字、电话", String.join(", ", HEADERS),
                            "Name, Phone, Role, Compound, Skills, Max hours per week, Available, Preferred, "
                                    + "Home compound only, Notes");
                });
    }

    @Test
    void english_headers_and_a_sheet_with_only_name_and_phone_are_read() {
        IntakePreview preview = preview(List.of(List.of("Name", "phone"), List.of("Li Ming", "13912345678"),
                List.of("Wang Fang", "13812341234")));

        assertThat(preview.rows()).extracting(IntakeRow::status)
                .containsExactly(IntakeRow.Status.NEW, IntakeRow.Status.UPDATE);
        // Columns the sheet lacks keep what is stored: only the name changes.
        assertThat(preview.rows().get(1).changes()).containsExactly(new IntakeRow.Change(SheetColumn.NAME, "王芳", "Wang Fang"));
    }

    @Test
    void files_that_are_no_spreadsheet_or_are_locked_oversized_old_or_zip_bombs_are_refused() throws Exception {
        assertThat(refusal("姓名,手机号\n李明,13912345678".getBytes(StandardCharsets.UTF_8))).isEqualTo("intake.refused.not-a-sheet");
        assertThat(refusal(zip("word/document.xml", "<w/>".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("intake.refused.not-a-sheet");
        assertThat(refusal(encrypted(Workbooks.xlsx(sheet())))).isEqualTo("intake.refused.password");
        assertThat(refusal(oldExcel())).isEqualTo("intake.refused.old-excel");
        assertThat(refusal(new byte[(int) service.maxBytes() + 1])).isEqualTo("intake.refused.too-large");
        assertThat(refusal(bomb())).isEqualTo("intake.refused.bomb");
    }

    @Test
    void someone_adding_the_same_phone_after_the_preview_makes_the_import_fail_whole() {
        IntakePreview preview = preview(sheet(List.of("李明", "13912345678", "", "", "", "", "", "", "", ""),
                List.of("张伟", "13912345679", "", "", "", "", "", "", "", "")));
        Volunteer meanwhile = data.volunteer(community, "张伟");
        meanwhile.setPhone("13912345679");
        data.save(meanwhile);

        assertThatThrownBy(() -> service.confirm(preview, n -> { }))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(volunteers.countByCommunityId(community.getId())).isEqualTo(2);
    }

    @Test
    void a_volunteer_or_committee_member_may_neither_preview_nor_export() {
        TestUsers.signIn(Roles.COMMITTEE, community.getId(), wang.getId());

        assertThatThrownBy(() -> preview(sheet())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.export(community.getId(), Locale.SIMPLIFIED_CHINESE))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_demo_volunteers_go_through_the_template_and_come_back_out_of_the_export_unchanged() {
        TestUsers.signIn(Roles.DISTRICT_ADMIN, null, null);
        PlanDocument demo = CommunityGenerator.jinguanyi();
        long original = planImporter.importCommunity(renamed(demo, TestData.unique("锦官驿"), demo.volunteers()),
                ImportMode.CREATE).communityId();
        long copy = planImporter.importCommunity(renamed(demo, TestData.unique("锦官驿副本"), List.of()),
                ImportMode.CREATE).communityId();
        byte[] exported = service.export(original, Locale.SIMPLIFIED_CHINESE);
        List<List<String>> demoRows = Workbooks.rows(exported, 0).subList(1, demo.volunteers().size() + 1);

        byte[] filled = Workbooks.fill(service.template(copy, Locale.SIMPLIFIED_CHINESE), demoRows);
        IntakePreview preview = service.preview(copy, filled, Locale.SIMPLIFIED_CHINESE, n -> { });
        assertThat(preview.problems()).isEmpty();
        assertThat(service.confirm(preview, n -> { }).added()).isEqualTo(demo.volunteers().size());
        byte[] exportedAgain = service.export(copy, Locale.SIMPLIFIED_CHINESE);

        assertThat(Workbooks.rows(exportedAgain, 0)).containsExactlyInAnyOrderElementsOf(Workbooks.rows(exported, 0));
        IntakePreview again = service.preview(copy, exportedAgain, Locale.SIMPLIFIED_CHINESE, n -> { });
        assertThat(again.count(IntakeRow.Status.UNCHANGED)).isEqualTo(demo.volunteers().size());
        assertThat(again.importable()).isFalse();
    }

    @Test
    void the_template_has_the_headers_an_example_row_and_a_sheet_that_explains_the_time_windows() {
        byte[] template = service.template(community.getId(), Locale.SIMPLIFIED_CHINESE);

        List<List<String>> rows = Workbooks.rows(template, 0);
        assertThat(rows.get(0)).isEqualTo(HEADERS);
        assertThat(rows.get(1).get(0)).startsWith("（示例）");
        assertThat(rows.get(1).get(6)).isEqualTo("周一至周五 18:00-22:00; 周六 08:00-12:00");
        assertThat(Workbooks.sheetNames(template)).containsExactly("志愿者", "填写说明", "lists");
        assertThat(Workbooks.rows(template, 1).stream().map(r -> r.get(0)))
                .anyMatch(text -> text.contains("周一至周五 18:00-22:00; 周六 08:00-12:00"));
        // An untouched template imports nobody: the example row is skipped.
        assertThat(service.preview(community.getId(), template, Locale.SIMPLIFIED_CHINESE, n -> { }).rows()).isEmpty();
        assertThat(Workbooks.rows(service.template(community.getId(), Locale.ENGLISH), 0).get(0))
                .startsWith("Name", "Phone", "Role");
    }

    private String refusal(byte[] file) {
        try {
            service.preview(community.getId(), file, Locale.SIMPLIFIED_CHINESE, n -> { });
        } catch (SheetRefusedException e) {
            return e.key();
        }
        return "accepted";
    }

    private static PlanDocument renamed(PlanDocument d, String name, List<PlanDocument.VolunteerDef> people) {
        List<PlanDocument.CompoundDef> compounds = people.isEmpty()
                ? d.compounds().stream().map(c -> new PlanDocument.CompoundDef(c.code(), c.name(), c.households(), null)).toList()
                : d.compounds();
        return new PlanDocument(d.format(), new PlanDocument.CommunityInfo(name), d.horizon(), d.rules(), compounds,
                d.posts(), d.demands(), people, List.of(), null);
    }

    private static byte[] zip(String entry, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
        }
        return out.toByteArray();
    }

    /** A real workbook whose sheet XML unpacks a thousand times larger than it packs. */
    private static byte[] bomb() throws IOException {
        byte[] sheet = Workbooks.xlsx(sheet());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(sheet));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                byte[] content = in.readAllBytes();
                zip.write(content);
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    // Trailing blanks after the root element: tiny packed, 10 MB unpacked.
                    byte[] blanks = new byte[1024 * 1024];
                    Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 10; i++) {
                        zip.write(blanks);
                    }
                }
            }
        }
        return out.toByteArray();
    }

    private static byte[] encrypted(byte[] xlsx) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(xlsx);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] oldExcel() throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet("志愿者").createRow(0).createCell(0).setCellValue("姓名");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
