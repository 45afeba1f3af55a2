package org.shouwang.exchange.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.shouwang.volunteer.Volunteer;
import org.shouwang.volunteer.VolunteerRepository;
import java.time.LocalDateTime;
import java.util.List;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import jakarta.servlet.MultipartConfigElement;
import org.junit.jupiter.api.Test;
import org.shouwang.exchange.PlanDocuments;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanJson;
import org.shouwang.plan.demo.CommunityGenerator;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletRegistrationBean;
import org.shouwang.KaribuTest;
import org.shouwang.base.Roles;
import org.shouwang.base.Translations;
import org.shouwang.community.CommunityRepository;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ExchangeViewTest extends KaribuTest {

    /** Volunteers that make a community's file a little over 10 MB. */
    private static final int BIG_VOLUNTEERS = 34_000;

    @Autowired
    CommunityRepository communities;
    @Autowired
    VolunteerRepository volunteers;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void a_bad_file_lists_its_problems_with_their_paths_in_chinese_and_imports_nothing() throws IOException {
        login(Roles.DISTRICT_ADMIN, null, null);
        UI.getCurrent().navigate(ExchangeView.class);
        long before = communities.count();

        _get(ExchangeView.class).importJson(badFile()).run();

        assertThat(outcome()).contains("文件有 2 个问题", "volunteers[0].maxHoursPerWeek: 缺少数值",
                "volunteers[0].role: 未知的取值 \"MAYOR\"").doesNotContain("missing", "unknown");
        assertThat(communities.count()).isEqualTo(before);
    }

    @Test
    void a_bad_file_lists_its_problems_in_english_when_the_user_chose_english() throws IOException {
        login(Roles.DISTRICT_ADMIN, null, null);
        UI.getCurrent().setLocale(Translations.ENGLISH);
        UI.getCurrent().navigate(ExchangeView.class);

        _get(ExchangeView.class).importJson(badFile()).run();

        assertThat(outcome()).contains("the file has 2 problem(s)", "volunteers[0].maxHoursPerWeek: missing, expected a number",
                "volunteers[0].role: unknown value \"MAYOR\"").doesNotContainPattern("\\p{IsHan}");
    }

    @Test
    void the_export_dates_go_one_below_the_other_where_two_do_not_fit_side_by_side() {
        login(Roles.DISTRICT_ADMIN, null, null);
        UI.getCurrent().navigate(ExchangeView.class);

        // Two date pickers are wider than a 360 px phone: their row wraps instead of scrolling sideways.
        assertThat(_get(DatePicker.class, spec -> spec.withLabel("开始日期")).getParent()).get()
                .isInstanceOfSatisfying(HorizontalLayout.class,
                        row -> assertThat(row.isWrap()).isTrue());
    }

    @Test
    void the_upload_and_the_date_pickers_speak_the_users_language() {
        login(Roles.DISTRICT_ADMIN, null, null);
        UI.getCurrent().navigate(ExchangeView.class);

        assertThat(_get(Upload.class).getI18n().getAddFiles().getOne()).isEqualTo("上传文件…");
        DatePicker.DatePickerI18n chinese = _get(DatePicker.class, spec -> spec.withLabel("开始日期")).getI18n();
        assertThat(chinese.getMonthNames()).startsWith("一月");
        assertThat(chinese.getToday()).isEqualTo("今天");
        assertThat(chinese.getFirstDayOfWeek()).as("Monday").isEqualTo(1);

        login(Roles.DISTRICT_ADMIN, null, null);
        UI.getCurrent().setLocale(Translations.ENGLISH);
        UI.getCurrent().navigate(ExchangeView.class);
        assertThat(_get(Upload.class).getI18n().getDropFiles().getOne()).isEqualTo("Drop the file here");
        DatePicker.DatePickerI18n english = _get(DatePicker.class, spec -> spec.withLabel("From")).getI18n();
        assertThat(english.getMonthNames()).startsWith("January");
        assertThat(english.getWeekdaysShort()).startsWith("Sun", "Mon");
        assertThat(english.getCancel()).isEqualTo("Cancel");
        assertThat(english.getFirstDayOfWeek()).as("Monday, as the app's weeks").isEqualTo(1);
    }

    @Test
    void a_file_over_the_configured_limit_is_refused_with_a_message_that_names_the_limit() {
        login(Roles.DISTRICT_ADMIN, null, null);
        UI.getCurrent().navigate(ExchangeView.class);
        Upload upload = _get(Upload.class);

        assertThat(upload.getMaxFileSize()).isEqualTo(20 * 1024 * 1024);
        String tooBig = upload.getI18n().getError().getFileIsTooBig();
        assertThat(tooBig).contains("20 MB");
        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, tooBig, "huge.json"));

        assertThat(outcome()).isEqualTo("文件太大：最多可上传 20 MB。");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).anyMatch(text -> text.endsWith("文件最大 20 MB。"));
    }

    @Test
    void the_server_admits_uploads_as_big_as_the_configured_limit() {
        // Uploads reach Vaadin through Spring's dispatcher servlet, which parses them: Spring Boot's own
        // default would refuse anything over 1 MB there.
        MultipartConfigElement dispatcher = ctx.getBean(DispatcherServletRegistrationBean.class).getMultipartConfig();
        assertThat(dispatcher.getMaxFileSize()).isEqualTo(20L * 1024 * 1024);
        assertThat(dispatcher.getMaxRequestSize()).isGreaterThan(20L * 1024 * 1024);
    }

    @Test
    void a_valid_community_of_10_mb_is_imported() {
        login(Roles.DISTRICT_ADMIN, null, null);
        UI.getCurrent().navigate(ExchangeView.class);
        String name = "大社区-" + System.nanoTime();
        PlanDocument big = PlanDocuments.renamed(CommunityGenerator.sized(7, 120, BIG_VOLUNTEERS, 1), name);
        byte[] json = PlanJson.write(big).getBytes(StandardCharsets.UTF_8);
        assertThat(json.length).isBetween(10 * 1024 * 1024, 20 * 1024 * 1024);

        _get(ExchangeView.class).importJson(json).run();

        assertThat(outcome()).contains("已导入 " + name);
        assertThat(communities.findByName(name)).isPresent();
    }

    /** The first volunteer has no weekly maximum and an unknown role; the name is one no other test uses. */
    private static byte[] badFile() throws IOException {
        return example().replaceFirst("\"maxHoursPerWeek\": 28,", "")
                .replaceFirst("\"role\": \"VOLUNTEER\"", "\"role\": \"MAYOR\"")
                .replace("测试社区", "坏文件社区-" + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_good_file_is_imported_and_a_download_is_offered() throws IOException {
        login(Roles.DISTRICT_ADMIN, null, null);
        UI.getCurrent().navigate(ExchangeView.class);
        String name = "上传社区-" + System.nanoTime();

        _get(ExchangeView.class).importJson(example().replace("测试社区", name).getBytes(StandardCharsets.UTF_8)).run();

        assertThat(outcome()).contains("已导入 " + name);
        assertThat(communities.findByName(name)).isPresent();
        assertThat(_get(Anchor.class, spec -> spec.withId("exchange-download")).getHref()).isNotBlank();
    }

    @Test
    void only_secretaries_and_district_admins_may_open_the_page() {
        login(Roles.COMMITTEE, 1L, null);
        assertThat(canNavigate(ExchangeView.class)).isFalse();
        login(Roles.VOLUNTEER, 1L, null);
        assertThat(canNavigate(ExchangeView.class)).isFalse();
        login(Roles.SECRETARY, 1L, null);
        assertThat(canNavigate(ExchangeView.class)).isTrue();
    }

    @Test
    void a_secretary_reimporting_the_own_community_is_told_it_exists_and_sees_what_a_replacement_would_lose() throws IOException {
        login(Roles.DISTRICT_ADMIN, null, null);
        String name = "备份社区-" + System.nanoTime();
        byte[] backup = example().replace("测试社区", name).getBytes(StandardCharsets.UTF_8);
        UI.getCurrent().navigate(ExchangeView.class);
        _get(ExchangeView.class).importJson(backup).run();
        long id = communities.findByName(name).orElseThrow().getId();
        // A leave reported after the backup was taken.
        Volunteer reporter = volunteers.findByCommunityIdOrderByCode(id).get(0);
        LocalDateTime leaveStart = LocalDateTime.of(2030, 5, 1, 8, 0);
        jdbc.update("delete from volunteer_absence where volunteer_id = ?", reporter.getId());
        jdbc.update("insert into volunteer_absence (volunteer_id, position, starts_at, ends_at, reason) values (?, 0, ?, ?, 'LEAVE')",
                reporter.getId(), leaveStart, leaveStart.plusDays(2));

        login(Roles.SECRETARY, id, null);
        UI.getCurrent().navigate(ExchangeView.class);
        _get(ExchangeView.class).importJson(backup).run();

        assertThat(outcome()).contains("已存在名为 " + name).doesNotContain("无权");
        _click(_get(Button.class, spec -> spec.withId("exchange-offer-replace")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        String summary = _get(Div.class, spec -> spec.withId("exchange-replace-summary")).getElement().getTextRecursively();
        assertThat(summary).contains("1 条请假", reporter.getName(), "2030-05-01 08:00");

        ConfirmDialogKt._fireCancel(confirm);
        assertThat(leaveOf(reporter)).isEqualTo(1);

        _get(ExchangeView.class).importJson(backup).run();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(outcome()).contains("已导入 " + name);
        assertThat(leaveOf(reporter)).isZero();
    }

    private int leaveOf(Volunteer volunteer) {
        return jdbc.queryForObject("select count(*) from volunteer_absence where volunteer_id = ?", Integer.class,
                volunteer.getId());
    }

    @Test
    void a_file_with_a_byte_order_mark_is_read_and_one_in_another_encoding_is_refused_in_words_with_its_line() throws IOException {
        login(Roles.DISTRICT_ADMIN, null, null);
        UI.getCurrent().navigate(ExchangeView.class);
        String name = "带BOM社区-" + System.nanoTime();
        byte[] json = example().replace("测试社区", name).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);

        _get(ExchangeView.class).importJson(withBom).run();
        assertThat(outcome()).contains("已导入 " + name);

        String gbkName = "国标社区-" + System.nanoTime();
        String text = example().replace("测试社区", gbkName);
        int line = (int) text.substring(0, text.indexOf(gbkName)).chars().filter(c -> c == '\n').count() + 1;
        _get(ExchangeView.class).importJson(text.getBytes(java.nio.charset.Charset.forName("GBK"))).run();
        assertThat(outcome()).contains("文件编码不对：第 " + line + " 行").doesNotContain("Invalid", "0x");
    }

    @Test
    void the_follow_on_errors_of_one_cause_are_listed_once() throws IOException {
        login(Roles.DISTRICT_ADMIN, null, null);
        UI.getCurrent().navigate(ExchangeView.class);
        String name = "错码社区-" + System.nanoTime();
        // Every post now names a compound that does not exist.
        String broken = example().replace("测试社区", name)
                .replaceAll("\"compound\": \"C0[0-9]\"", "\"compound\": \"ZZ\"");

        _get(ExchangeView.class).importJson(broken.getBytes(StandardCharsets.UTF_8)).run();

        List<String> lines = _find(ListItem.class).stream().map(ListItem::getText).toList();
        assertThat(lines).filteredOn(l -> l.contains("ZZ")).singleElement().asString().contains("另有");
    }

    @Test
    void a_second_upload_is_imported_without_reloading_the_page() throws IOException {
        login(Roles.DISTRICT_ADMIN, null, null);
        UI.getCurrent().navigate(ExchangeView.class);
        Upload upload = _get(Upload.class);
        String name = "第二次上传-" + System.nanoTime();

        UploadKt._upload(upload, "bad.json", badFile());
        MockVaadin.runUIQueue();
        assertThat(outcome()).contains("文件有 2 个问题");
        UploadKt._upload(upload, "good.json", example().replace("测试社区", name).getBytes(StandardCharsets.UTF_8));
        MockVaadin.runUIQueue();

        assertThat(outcome()).contains("已导入 " + name);
    }

    private static String outcome() {
        return _get(Div.class, spec -> spec.withId("exchange-outcome")).getElement().getTextRecursively();
    }

    private static String example() throws IOException {
        try (InputStream in = ExchangeViewTest.class.getResourceAsStream("/examples/tiny.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
