package org.shouwang.demand.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.KaribuTest;
import org.shouwang.Shown;
import org.shouwang.TestData;
import org.shouwang.base.Roles;
import org.shouwang.community.Community;
import org.shouwang.community.Compound;
import org.shouwang.community.CompoundData;
import org.shouwang.community.Post;
import org.shouwang.community.PostData;
import org.shouwang.demand.DemandForm;
import org.shouwang.demand.DemandService;
import org.shouwang.demand.SkillCount;
import org.shouwang.plan.PostKind;
import org.shouwang.plan.VolunteerRole;
import org.shouwang.volunteer.Volunteer;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalTime;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class DemandViewTest extends KaribuTest {

    @Autowired
    TestData data;
    @Autowired
    DemandService service;

    Community community;
    Compound first;
    Compound second;
    Post northGate;
    Post southGate;

    @BeforeEach
    void twoCompoundsWithAGateEach() {
        community = data.community();
        first = data.compound(community, "一号院");
        second = data.compound(community, "二号院");
        northGate = data.post(first, "北门", PostKind.GATE);
        southGate = data.post(second, "南门", PostKind.GATE);
        data.post(first, "登记台", PostKind.DESK);
    }

    private DemandView open(String role, Long volunteerId) {
        login(role, community.getId(), volunteerId);
        UI.getCurrent().navigate(DemandView.class);
        return _get(DemandView.class);
    }

    private void select(DemandView view, Post post) {
        view.posts.asSingleSelect().setValue(view.posts.getGenericDataView().getItems()
                .filter(p -> p.getId().equals(post.getId())).findFirst().orElseThrow());
    }

    @Test
    void the_form_is_a_side_form_a_phone_shows_alone() {
        DemandView view = open(Roles.SECRETARY, null);

        // On a phone the theme puts the open 26em form above the lists, instead of running off screen.
        assertThat(view.form.getClassNames()).contains("sw-side-form");
        assertThat(view.form.getParent()).get().satisfies(host ->
                assertThat(host.getElement().getClassList()).contains("sw-side-form-host"));
    }

    @Test
    void the_posts_grid_loads_lazily_in_the_order_the_user_sorts_it() {
        DemandView view = open(Roles.SECRETARY, null);
        assertThat(view.posts.getDataProvider().isInMemory()).isFalse();
        assertThat(GridKt._size(view.posts)).isEqualTo(3);

        Grid.Column<PostData> compound = view.posts.getColumns().get(0);
        view.posts.sort(GridSortOrder.desc(compound).build());
        assertThat(GridKt._get(view.posts, 0).getCompoundName()).isEqualTo("二号院");
        view.posts.sort(GridSortOrder.asc(compound).build());
        assertThat(GridKt._get(view.posts, 2).getId()).isEqualTo(southGate.getId());

        // A chosen post stays chosen when the page is loaded again.
        select(view, southGate);
        view.posts.getDataProvider().refreshAll();
        assertThat(view.posts.asSingleSelect().getValue().getId()).isEqualTo(southGate.getId());
        assertThat(view.posts.getSelectionModel().isSelected(GridKt._get(view.posts, 2))).isTrue();
    }

    @Test
    void the_pattern_dialog_shows_the_seats_per_day_as_the_pattern_changes_and_applies_it() {
        DemandView view = open(Roles.SECRETARY, null);
        assertThat(view.seatsPerDay.getText()).contains("一 0");
        _click(view.applyPattern);
        PatternDialog dialog = _get(PatternDialog.class);

        // both gates, 07:00-23:00 in 4-hour shifts, 2 people: 2 x 4 x 2 = 16 seats a day
        assertThat(dialog.preview.getText()).contains("2 个岗位").contains("每天 4 班").contains("一 16");
        _setValue(dialog.headcount, 3);
        assertThat(dialog.preview.getText()).contains("一 24");
        _setValue(dialog.shiftHours, 8);
        assertThat(dialog.preview.getText()).contains("每天 2 班").contains("一 12");
        _setValue(dialog.compounds, java.util.Set.of(dialog.compounds.getGenericDataView().getItems()
                .filter(c -> c.getId().equals(first.getId())).findFirst().orElseThrow()));
        assertThat(dialog.preview.getText()).contains("1 个岗位").contains("一 6");

        _click(dialog.apply);

        assertThat(service.demands(northGate.getId())).extracting(DemandForm::getStartsAt)
                .containsExactly(LocalTime.of(7, 0), LocalTime.of(15, 0));
        assertThat(service.demands(northGate.getId())).allSatisfy(d -> assertThat(d.getSkills()).containsExactly(new SkillCount("LEAD", 1)));
        assertThat(service.demands(southGate.getId())).isEmpty();
        assertThat(view.seatsPerDay.getText()).contains("一 6");
    }

    @Test
    void more_skilled_seats_than_people_are_refused_by_the_pattern_and_the_form() {
        DemandView view = open(Roles.SECRETARY, null);
        _click(view.applyPattern);
        PatternDialog dialog = _get(PatternDialog.class);
        _setValue(dialog.leadSeats, 3);
        assertThat(dialog.apply.isEnabled()).isFalse();
        assertThat(dialog.preview.getText()).contains("不能超过人数");
        dialog.close();

        select(view, northGate);
        _click(view.addDemand);
        _setValue(view.form.headcount, 1);
        _click(view.form.skills.getAddButton());
        _click(view.form.skills.getAddButton());
        _click(view.form.getSaveButton());

        assertThat(view.form.getStatusText()).contains("不能超过人数");
        assertThat(service.demands(northGate.getId())).isEmpty();

        _setValue(view.form.headcount, 2);
        _click(view.form.getSaveButton());
        assertThat(service.demands(northGate.getId())).singleElement()
                .satisfies(d -> assertThat(d.getSkills()).containsExactly(new SkillCount("LEAD", 1), new SkillCount("LEAD", 1)));
        assertThat(GridKt._size(view.demands)).isEqualTo(1);
    }

    @Test
    void a_shift_that_starts_when_it_ends_is_refused() {
        DemandView view = open(Roles.SECRETARY, null);
        select(view, northGate);
        _click(view.addDemand);
        _setValue(view.form.endsAt, view.form.startsAt.getValue());
        _click(view.form.getSaveButton());

        assertThat(view.form.getStatusText()).isNotEmpty();
        assertThat(service.demands(northGate.getId())).isEmpty();
    }

    @Test
    void a_shift_starting_with_another_of_the_post_is_refused_next_to_its_start_in_chinese() {
        login(Roles.SECRETARY, community.getId(), null);
        DemandForm night = new DemandForm(northGate.getId());
        night.setStartsAt(LocalTime.of(22, 0));
        night.setEndsAt(LocalTime.of(6, 0));
        service.save(night);
        DemandView view = open(Roles.SECRETARY, null);
        select(view, northGate);
        _click(view.addDemand);
        _setValue(view.form.days, java.util.EnumSet.of(java.time.DayOfWeek.SATURDAY));
        _setValue(view.form.startsAt, LocalTime.of(22, 0));
        _setValue(view.form.endsAt, LocalTime.of(23, 0));
        NotificationsKt.clearNotifications();
        _click(view.form.getSaveButton());

        assertThat(view.form.startsAt.isInvalid()).isTrue();
        assertThat(view.form.startsAt.getErrorMessage())
                .contains("周六 22:00", "22:00–06:00", "不能同时开始").doesNotContain("SATURDAY", "{");
        assertThat(Shown.notifications()).isEmpty();
        assertThat(service.demands(northGate.getId())).hasSize(1);

        _setValue(view.form.startsAt, LocalTime.of(21, 0));
        assertThat(view.form.startsAt.isInvalid()).isFalse();
        _click(view.form.getSaveButton());
        assertThat(service.demands(northGate.getId())).extracting(DemandForm::getStartsAt)
                .containsExactly(LocalTime.of(21, 0), LocalTime.of(22, 0));
    }

    @Test
    void a_conflicting_edit_is_refused_and_the_form_reloads() {
        login(Roles.SECRETARY, community.getId(), null);
        DemandForm demand = service.save(new DemandForm(northGate.getId()));
        DemandView view = open(Roles.SECRETARY, null);
        select(view, northGate);
        view.demands.asSingleSelect().setValue(GridKt._get(view.demands, 0));
        DemandForm other = service.form(demand.getId());
        other.setHeadcount(3);
        service.save(other);

        NotificationsKt.clearNotifications();
        _setValue(view.form.headcount, 5);
        _click(view.form.getSaveButton());

        assertThat(Shown.notifications()).singleElement().satisfies(text -> assertThat(text).contains("别人改过"));
        assertThat(view.form.headcount.getValue()).isEqualTo(3);
        assertThat(service.form(demand.getId()).getHeadcount()).isEqualTo(3);
    }

    @Test
    void a_committee_member_applies_patterns_to_their_own_compounds_only() {
        Volunteer member = data.volunteer(community, "委员", VolunteerRole.COMMITTEE, null);
        Compound own = data.compound(community, "自己的", member.getId());
        data.post(own, "门", PostKind.GATE);
        DemandView view = open(Roles.COMMITTEE, member.getId());
        _click(view.applyPattern);
        PatternDialog dialog = _get(PatternDialog.class);

        assertThat(dialog.compounds.getGenericDataView().getItems().map(CompoundData::getName).toList()).containsExactly("自己的");
        select(view, northGate);
        assertThat(view.addDemand.isVisible()).isFalse();
        List<PostData> visible = view.posts.getGenericDataView().getItems().toList();
        assertThat(visible).hasSize(4);
    }
}
