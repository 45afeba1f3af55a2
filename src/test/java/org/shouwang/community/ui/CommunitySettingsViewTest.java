package org.shouwang.community.ui;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.KaribuTest;
import org.shouwang.Shown;
import org.shouwang.TestData;
import org.shouwang.base.Roles;
import org.shouwang.community.Community;
import org.shouwang.community.CommunityService;
import org.shouwang.community.CommunitySettings;
import org.shouwang.community.RuleWeight;
import org.shouwang.community.SoftWeights;
import org.shouwang.plan.VolunteerRole;
import org.shouwang.volunteer.Volunteer;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class CommunitySettingsViewTest extends KaribuTest {

    @Autowired
    TestData data;
    @Autowired
    CommunityService service;

    Community community;
    Volunteer member;

    @BeforeEach
    void aCommunityWithACommitteeMember() {
        community = data.community();
        member = data.volunteer(community, "王远智", VolunteerRole.COMMITTEE, null);
    }

    private CommunitySettingsView open(String role) {
        visitAs(role, community.getId(), member.getId());
        UI.getCurrent().navigate(CommunitySettingsView.class);
        return _get(CommunitySettingsView.class);
    }

    private static IntegerField field(CommunitySettingsView view, RuleWeight weight) {
        return view.form.weights.fields.get(weight);
    }

    private SoftWeights stored() {
        login(Roles.DISTRICT_ADMIN, null, null);
        return service.settings(community.getId()).getWeights();
    }

    @Test
    void the_secretary_switches_stable_teams_on_and_the_weights_are_stored() {
        CommunitySettingsView view = open(Roles.SECRETARY);
        assertThat(field(view, RuleWeight.TEAMS).getValue()).isZero();
        assertThat(field(view, RuleWeight.HOME).getValue()).isEqualTo(10);

        _setValue(field(view, RuleWeight.TEAMS), 5);
        _setValue(field(view, RuleWeight.HOME), 20);
        _click(view.form.getSaveButton());

        assertThat(Shown.notifications()).singleElement().satisfies(text -> assertThat(text).contains("已保存"));
        assertThat(stored()).isEqualTo(new SoftWeights(20, 5, 1, 2, 50, 5));
    }

    @Test
    void the_secretary_switches_automatic_cover_on_and_sets_the_give_back_notice() {
        CommunitySettingsView view = open(Roles.SECRETARY);
        assertThat(view.form.cover.autoOffer.getValue()).isFalse();
        assertThat(view.form.cover.giveBackHours.getValue()).isEqualTo(12);

        _setValue(view.form.cover.autoOffer, true);
        _setValue(view.form.cover.giveBackHours, 24);
        _click(view.form.getSaveButton());

        login(Roles.DISTRICT_ADMIN, null, null);
        CommunitySettings stored = service.settings(community.getId());
        assertThat(stored.isCoverAutoOffer()).isTrue();
        assertThat(stored.getCoverGiveBackHours()).isEqualTo(24);
        // The weights travel along unchanged.
        assertThat(stored.getWeights()).isEqualTo(SoftWeights.DEFAULT);
    }

    @Test
    void a_give_back_notice_beyond_a_week_is_refused_next_to_the_field() {
        CommunitySettingsView view = open(Roles.SECRETARY);

        _setValue(view.form.cover.giveBackHours, 200);
        _click(view.form.getSaveButton());

        assertThat(view.form.cover.giveBackHours.isInvalid()).isTrue();
        login(Roles.DISTRICT_ADMIN, null, null);
        assertThat(service.settings(community.getId()).getCoverGiveBackHours()).isEqualTo(12);
    }

    @Test
    void each_weight_is_named_as_the_planner_names_its_rule_and_says_what_it_does() {
        CommunitySettingsView view = open(Roles.SECRETARY);

        assertThat(field(view, RuleWeight.TEAMS).getLabel()).isEqualTo("固定搭档");
        assertThat(field(view, RuleWeight.TEAMS).getHelperText()).contains("密接").contains("默认 0");
        assertThat(field(view, RuleWeight.HOME).getLabel()).isEqualTo("在本小区值班");
        assertThat(field(view, RuleWeight.STABILITY).getHelperText()).contains("默认 50");
        for (RuleWeight weight : RuleWeight.values()) {
            assertThat(field(view, weight).getLabel()).isEqualTo(view.getTranslation(weight.ruleKey()));
            assertThat(field(view, weight).getHelperText()).isNotBlank().doesNotContain("!");
        }
    }

    @Test
    void in_english_the_weights_carry_the_english_rule_names() {
        visitAs(Roles.SECRETARY, community.getId(), null);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(CommunitySettingsView.class);
        CommunitySettingsView view = _get(CommunitySettingsView.class);

        assertThat(field(view, RuleWeight.TEAMS).getLabel()).isEqualTo("Stable teams");
        assertThat(field(view, RuleWeight.TEAMS).getHelperText()).contains("contacts").contains("Default 0");
        assertThat(field(view, RuleWeight.PREFERRED).getHelperText()).contains("volunteer's preferred");
    }

    @Test
    void a_weight_out_of_range_or_empty_is_refused_at_its_field_and_nothing_is_stored() {
        CommunitySettingsView view = open(Roles.SECRETARY);
        _setValue(field(view, RuleWeight.FAIRNESS), 1001);
        _setValue(field(view, RuleWeight.TEAMS), 5);
        _click(view.form.getSaveButton());

        assertThat(field(view, RuleWeight.FAIRNESS).isInvalid()).isTrue();
        assertThat(field(view, RuleWeight.FAIRNESS).getErrorMessage()).isEqualTo("不能大于 1,000。");

        _setValue(field(view, RuleWeight.FAIRNESS), null);
        _click(view.form.getSaveButton());
        assertThat(field(view, RuleWeight.FAIRNESS).getErrorMessage()).isEqualTo("请填写此项。");

        _setValue(field(view, RuleWeight.FAIRNESS), -1);
        _click(view.form.getSaveButton());
        assertThat(field(view, RuleWeight.FAIRNESS).getErrorMessage()).isEqualTo("不能小于 0。");
        assertThat(stored()).isEqualTo(SoftWeights.DEFAULT);
    }

    @Test
    void a_save_over_someone_elses_newer_one_is_refused_and_the_form_shows_what_is_stored() {
        CommunitySettingsView view = open(Roles.SECRETARY);
        CommunitySettings theirs = service.settings(community.getId());
        theirs.setTeams(8);
        service.saveSettings(community.getId(), theirs);

        NotificationsKt.clearNotifications();
        _setValue(field(view, RuleWeight.TEAMS), 3);
        _click(view.form.getSaveButton());

        assertThat(Shown.notifications()).singleElement().satisfies(text -> assertThat(text).contains("别人改过"));
        assertThat(field(view, RuleWeight.TEAMS).getValue()).isEqualTo(8);
        assertThat(service.settings(community.getId()).getTeams()).isEqualTo(8);
    }

    @Test
    void restoring_the_defaults_fills_them_in_and_cancel_goes_back_to_what_is_stored() {
        login(Roles.SECRETARY, community.getId(), null);
        CommunitySettings settings = service.settings(community.getId());
        settings.setHome(99);
        service.saveSettings(community.getId(), settings);
        CommunitySettingsView view = open(Roles.SECRETARY);
        assertThat(field(view, RuleWeight.HOME).getValue()).isEqualTo(99);

        _click(view.form.weights.defaults);
        assertThat(field(view, RuleWeight.HOME).getValue()).isEqualTo(10);
        _click(view.form.getCancelButton());
        assertThat(field(view, RuleWeight.HOME).getValue()).isEqualTo(99);
    }

    @Test
    void a_district_admin_edits_the_chosen_communitys_weights() {
        visitAs(Roles.DISTRICT_ADMIN, null, null);
        ctx.getBean(CommunitySelection.class).select(community);
        UI.getCurrent().navigate(CommunitySettingsView.class);
        CommunitySettingsView view = _get(CommunitySettingsView.class);

        _setValue(field(view, RuleWeight.TEAMS), 4);
        _click(view.form.getSaveButton());

        assertThat(stored().teams()).isEqualTo(4);
    }

    @Test
    void a_committee_member_and_a_volunteer_can_neither_open_the_settings_nor_find_them_in_the_menu() {
        for (String role : new String[] {Roles.COMMITTEE, Roles.VOLUNTEER}) {
            visitAs(role, community.getId(), member.getId());
            assertThat(canNavigate(CommunitySettingsView.class)).as(role).isFalse();
            UI.getCurrent().navigate("password");
            assertThat(menu()).as(role).isNotEmpty().doesNotContain("社区设置");
        }
        visitAs(Roles.SECRETARY, community.getId(), null);
        assertThat(canNavigate(CommunitySettingsView.class)).isTrue();
        assertThat(menu()).contains("社区设置");
    }

    private static List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
