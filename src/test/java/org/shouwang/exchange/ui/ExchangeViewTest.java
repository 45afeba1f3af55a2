package org.shouwang.exchange.ui;

import com.vaadin.flow.component.UI;
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

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ExchangeViewTest extends KaribuTest {

    /** Volunteers that make a community's file a little over 10 MB. */
    private static final int BIG_VOLUNTEERS = 34_000;

    @Autowired
    CommunityRepository communities;

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

    private static String outcome() {
        return _get(Div.class, spec -> spec.withId("exchange-outcome")).getElement().getTextRecursively();
    }

    private static String example() throws IOException {
        try (InputStream in = ExchangeViewTest.class.getResourceAsStream("/examples/tiny.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
