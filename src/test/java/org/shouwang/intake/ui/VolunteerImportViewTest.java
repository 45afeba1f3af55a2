package org.shouwang.intake.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.KaribuTest;
import org.shouwang.TestData;
import org.shouwang.base.Roles;
import org.shouwang.base.Translations;
import org.shouwang.community.Community;
import org.shouwang.community.Compound;
import org.shouwang.intake.IntakeRow;
import org.shouwang.intake.Workbooks;
import org.shouwang.plan.VolunteerRole;
import org.shouwang.volunteer.Volunteer;
import org.shouwang.volunteer.VolunteerRepository;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class VolunteerImportViewTest extends KaribuTest {

    static final List<String> HEADERS = List.of("姓名", "手机号", "身份", "所属小区", "技能", "每周最多小时", "可值班时间",
            "偏好时间", "仅本小区", "备注");

    @Autowired
    TestData data;
    @Autowired
    VolunteerRepository volunteers;

    Community community;
    Volunteer wang;

    @BeforeEach
    void communityWithOneVolunteer() {
        community = data.community();
        Compound yanshan = data.compound(community, "堰山和畔");
        wang = data.volunteer(community, "王芳", VolunteerRole.PARTY_MEMBER, yanshan);
        wang.setPhone("13812341234");
        wang = data.save(wang);
    }

    private VolunteerImportView open() {
        login(Roles.SECRETARY, community.getId(), null);
        UI.getCurrent().navigate(VolunteerImportView.class);
        return _get(VolunteerImportView.class);
    }

    /** Lets the page take what the background work pushed to it, until the condition holds. */
    private static void await(BooleanSupplier done) {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (!done.getAsBoolean()) {
            assertThat(Instant.now()).as("the page was not updated in time").isBefore(until);
            MockVaadin.clientRoundtrip();
        }
    }

    private static List<IntakeRow> rows(VolunteerImportView view) {
        return IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i)).toList();
    }

    @Test
    void a_sheet_with_problems_lists_each_with_its_row_and_column_and_cannot_be_imported() {
        VolunteerImportView view = open();
        byte[] file = Workbooks.xlsx(List.of(HEADERS,
                List.of("李明", "13912345678", "司机"),
                List.of("张伟", "13912345678")));

        view.previewFile(UI.getCurrent(), file).join();
        await(() -> view.grid.isVisible());

        assertThat(rows(view)).extracting(IntakeRow::status).containsOnly(IntakeRow.Status.INVALID);
        assertThat(rows(view).stream().flatMap(r -> r.problems().stream()).map(view::describe))
                .containsExactly("第 2 行 C2（身份）：没有这个身份：司机", "第 3 行 B3（手机号）：手机号与第 2 行重复");
        assertThat(view.outcome.getElement().getTextRecursively()).isEqualTo("文件有 2 处问题，未导入任何数据。请在 Excel 中改正后重新上传。");
        assertThat(view.confirm.isEnabled()).isFalse();
        assertThat(volunteers.countByCommunityId(community.getId())).isEqualTo(1);
    }

    @Test
    void a_good_sheet_shows_new_and_updated_volunteers_and_imports_on_confirm() {
        VolunteerImportView view = open();
        byte[] file = Workbooks.xlsx(List.of(HEADERS,
                List.of("李明", "13912345678", "居民志愿者", "堰山和畔"),
                List.of("王芳", "13812341234", "党员", "堰山和畔", "", "30")));

        view.previewFile(UI.getCurrent(), file).join();
        await(() -> view.grid.isVisible());
        assertThat(view.summary.getText()).isEqualTo("新增 1 人，更新 1 人，无变化 0 人，有问题 0 行");
        assertThat(view.confirm.isEnabled()).isTrue();

        view.confirmImport().join();
        await(() -> !view.grid.isVisible());

        assertThat(view.outcome.getElement().getTextRecursively()).isEqualTo("导入完成：新增 1 人，更新 1 人。");
        assertThat(volunteers.countByCommunityId(community.getId())).isEqualTo(2);
        assertThat(volunteers.findById(wang.getId()).orElseThrow().getMaxHoursPerWeek()).isEqualTo(30);
    }

    @Test
    void a_file_that_is_no_spreadsheet_is_refused_with_a_message_in_the_pages_language() {
        VolunteerImportView view = open();
        UI.getCurrent().setLocale(Translations.ENGLISH);
        UI.getCurrent().navigate(VolunteerImportView.class);
        VolunteerImportView english = _get(VolunteerImportView.class);

        english.previewFile(UI.getCurrent(), "not a sheet".getBytes(StandardCharsets.UTF_8)).handle((r, e) -> null).join();
        await(() -> !english.outcome.getElement().getTextRecursively().isEmpty());

        assertThat(english.outcome.getElement().getTextRecursively()).isEqualTo("This is not an Excel file (.xlsx) and cannot be read.");
        assertThat(english.upload.isVisible()).isTrue();
        assertThat(view).isNotNull();
    }
}
