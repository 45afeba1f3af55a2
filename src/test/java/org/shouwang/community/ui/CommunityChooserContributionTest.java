package org.shouwang.community.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.shouwang.KaribuTest;
import org.shouwang.TestData;
import org.shouwang.base.Roles;
import org.shouwang.community.Community;
import org.shouwang.overview.ui.OverviewView;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

class CommunityChooserContributionTest extends KaribuTest {

    @Autowired
    TestData data;

    @Test
    void a_district_admin_gets_one_community_chooser_in_the_top_bar_however_often_they_navigate() {
        Community first = data.community();
        Community second = data.community();
        login(Roles.DISTRICT_ADMIN, null, null);

        UI.getCurrent().navigate(OverviewView.class);
        UI.getCurrent().navigate(CompoundsView.class);
        UI.getCurrent().navigate(OverviewView.class);

        @SuppressWarnings("rawtypes")
        var choosers = _find(Select.class, spec -> spec.withId("community-chooser"));
        assertThat(choosers).hasSize(1);
        @SuppressWarnings("unchecked")
        Select<Community> chooser = choosers.get(0);
        assertThat(chooser.getListDataView().getItems().map(Community::getId))
                .contains(first.getId(), second.getId());
    }

    @Test
    void a_secretary_of_one_community_gets_no_chooser() {
        Community own = data.community();
        data.community();
        login(Roles.SECRETARY, own.getId(), null);

        UI.getCurrent().navigate(OverviewView.class);

        assertThat(_find(Select.class, spec -> spec.withId("community-chooser"))).isEmpty();
    }
}
