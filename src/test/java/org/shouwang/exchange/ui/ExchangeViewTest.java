package org.shouwang.exchange.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.shouwang.KaribuTest;
import org.shouwang.base.Roles;
import org.shouwang.community.CommunityRepository;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ExchangeViewTest extends KaribuTest {

    @Autowired
    CommunityRepository communities;

    @Test
    void a_bad_file_lists_its_problems_with_their_paths_and_imports_nothing() throws IOException {
        login(Roles.DISTRICT_ADMIN, null, null);
        UI.getCurrent().navigate(ExchangeView.class);
        long before = communities.count();
        String json = example().replace("\"maxHoursPerWeek\": 28,", "")
                .replace("测试社区", "坏文件社区-" + System.nanoTime());

        _get(ExchangeView.class).importJson(json.getBytes(StandardCharsets.UTF_8)).run();

        assertThat(outcome()).contains("volunteers[0].maxHoursPerWeek", "required number is missing");
        assertThat(communities.count()).isEqualTo(before);
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
