package org.shouwang.community.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.KaribuTest;
import org.shouwang.Shown;
import org.shouwang.TestData;
import org.shouwang.base.Roles;
import org.shouwang.community.Community;
import org.shouwang.community.CommunityService;
import org.shouwang.community.Compound;
import org.shouwang.community.CompoundData;
import org.shouwang.plan.PostKind;
import org.shouwang.plan.VolunteerRole;
import org.shouwang.volunteer.Volunteer;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class CompoundsViewTest extends KaribuTest {

    @Autowired
    TestData data;
    @Autowired
    CommunityService service;

    Community community;
    Volunteer member;
    Compound compound;

    @BeforeEach
    void aCompoundWithAnOwner() {
        community = data.community();
        member = data.volunteer(community, "王远智", VolunteerRole.COMMITTEE, null);
        compound = data.compound(community, "堰山和畔", member.getId());
    }

    private CompoundsView open(String role, Long volunteerId) {
        login(role, community.getId(), volunteerId);
        UI.getCurrent().navigate(CompoundsView.class);
        return _get(CompoundsView.class);
    }

    @Test
    void the_compounds_grid_loads_lazily_in_the_order_the_user_sorts_it() {
        data.compound(community, "锦官驿");
        data.compound(community, "安顺里");
        CompoundsView view = open(Roles.SECRETARY, null);
        assertThat(view.compounds.getDataProvider().isInMemory()).isFalse();
        assertThat(GridKt._size(view.compounds)).isEqualTo(3);

        Grid.Column<CompoundData> name = view.compounds.getColumns().get(1);
        view.compounds.sort(GridSortOrder.asc(name).build());
        List<String> ascending = List.of(GridKt._get(view.compounds, 0).getName(), GridKt._get(view.compounds, 1).getName(),
                GridKt._get(view.compounds, 2).getName());
        view.compounds.sort(GridSortOrder.desc(name).build());

        assertThat(ascending).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        assertThat(GridKt._get(view.compounds, 0).getName()).isEqualTo(ascending.get(2));
        assertThat(GridKt._getFormattedRow(view.compounds, GridKt._get(view.compounds, 2)))
                .contains("堰山和畔").anySatisfy(cell -> assertThat(cell).contains("王远智"));

        // A chosen compound stays chosen when the page is loaded again.
        view.compounds.asSingleSelect().setValue(GridKt._get(view.compounds, 1));
        view.compounds.getDataProvider().refreshAll();
        assertThat(view.compounds.getSelectionModel().isSelected(GridKt._get(view.compounds, 1))).isTrue();
    }

    @Test
    void the_grid_shows_households_and_the_owner_by_name() {
        CompoundsView view = open(Roles.SECRETARY, null);

        assertThat(GridKt._size(view.compounds)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.compounds, GridKt._get(view.compounds, 0)))
                .contains("堰山和畔").anySatisfy(cell -> assertThat(cell).contains("王远智"));
    }

    @Test
    void the_forms_sit_beside_the_lists_as_side_forms_a_phone_shows_alone() {
        CompoundsView view = open(Roles.SECRETARY, null);

        // On a phone the theme puts an open side form above the lists of its host, full width: the 24em
        // form beside them ran off a 360 px screen, its cancel button out of reach.
        assertThat(view.getClassNames()).contains("sw-side-form-host");
        assertThat(view.compoundForm.getClassNames()).contains("sw-side-form");
        assertThat(view.postForm.getClassNames()).contains("sw-side-form");
        assertThat(view.compoundForm.getParent()).contains(view);
        _click(view.addCompound);
        assertThat(view.compoundForm.isVisible()).isTrue();
        _click(view.compoundForm.getCancelButton());
        assertThat(view.compoundForm.isVisible()).isFalse();
    }

    @Test
    void a_new_compound_with_an_invalid_code_is_not_saved() {
        CompoundsView view = open(Roles.SECRETARY, null);
        _click(view.addCompound);
        _setValue(view.compoundForm.code, "坏 编号");
        _setValue(view.compoundForm.name, "新院落");
        _click(view.compoundForm.getSaveButton());

        assertThat(view.compoundForm.code.isInvalid()).isTrue();
        assertThat(service.compounds(community.getId())).hasSize(1);

        _setValue(view.compoundForm.code, TestData.unique("NEW"));
        _click(view.compoundForm.getSaveButton());
        assertThat(service.compounds(community.getId())).extracting(CompoundData::getName).contains("新院落");
        assertThat(GridKt._size(view.compounds)).isEqualTo(2);
    }

    @Test
    void a_compound_name_with_a_line_break_is_refused_at_the_name_field() {
        CompoundsView view = open(Roles.SECRETARY, null);
        _click(view.addCompound);
        _setValue(view.compoundForm.code, TestData.unique("CR"));
        _setValue(view.compoundForm.name, "C0\r\nX");
        _click(view.compoundForm.getSaveButton());

        assertThat(view.compoundForm.name.isInvalid()).isTrue();
        assertThat(view.compoundForm.name.getErrorMessage()).isEqualTo("不能包含换行符、制表符或其他控制字符。");
        assertThat(service.compounds(community.getId())).extracting(CompoundData::getName).doesNotContain("C0\r\nX");
    }

    @Test
    void deleting_a_compound_with_posts_is_refused_with_what_refers_to_it() {
        data.post(compound, "北门", PostKind.GATE);
        CompoundsView view = open(Roles.SECRETARY, null);
        view.compounds.asSingleSelect().setValue(GridKt._get(view.compounds, 0));
        _click(view.compoundForm.getDeleteButton());
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(Shown.notifications()).singleElement().satisfies(text ->
                assertThat(text).contains("堰山和畔").contains("1 个岗位").contains("不能删除"));
        assertThat(service.compounds(community.getId())).hasSize(1);
    }

    @Test
    void selecting_a_compound_shows_its_posts_and_a_post_is_added() {
        data.post(compound, "北门", PostKind.GATE);
        CompoundsView view = open(Roles.SECRETARY, null);
        view.compounds.asSingleSelect().setValue(GridKt._get(view.compounds, 0));
        assertThat(GridKt._size(view.posts)).isEqualTo(1);

        _click(view.addPost);
        _setValue(view.postForm.code, TestData.unique("S"));
        _setValue(view.postForm.name, "南门");
        _click(view.postForm.getSaveButton());

        assertThat(service.posts(compound.getId())).hasSize(2);
        assertThat(GridKt._size(view.posts)).isEqualTo(2);
    }

    @Test
    void a_conflicting_edit_is_refused_and_the_form_shows_the_current_data() {
        CompoundsView view = open(Roles.SECRETARY, null);
        view.compounds.asSingleSelect().setValue(GridKt._get(view.compounds, 0));
        // someone else saves first
        CompoundData other = service.compound(compound.getId());
        other.setName("别人改的名字");
        service.saveCompound(community.getId(), other);

        NotificationsKt.clearNotifications();
        _setValue(view.compoundForm.name, "我改的名字");
        _click(view.compoundForm.getSaveButton());

        assertThat(Shown.notifications()).singleElement().satisfies(text -> assertThat(text).contains("别人改过"));
        assertThat(view.compoundForm.name.getValue()).isEqualTo("别人改的名字");
        assertThat(service.compound(compound.getId()).getName()).isEqualTo("别人改的名字");
    }

    @Test
    void a_committee_member_edits_their_own_compound_but_not_anothers() {
        Compound others = data.compound(community, "别人的院落");
        CompoundsView view = open(Roles.COMMITTEE, member.getId());
        assertThat(view.addCompound.isVisible()).isFalse();

        view.compounds.asSingleSelect().setValue(view.compounds.getGenericDataView().getItems()
                .filter(c -> c.getId().equals(others.getId())).findFirst().orElseThrow());
        assertThat(view.compoundForm.name.isReadOnly()).isTrue();
        assertThat(view.compoundForm.getSaveButton().isEnabled()).isFalse();

        view.compounds.asSingleSelect().setValue(view.compounds.getGenericDataView().getItems()
                .filter(c -> c.getId().equals(compound.getId())).findFirst().orElseThrow());
        assertThat(view.compoundForm.name.isReadOnly()).isFalse();
        assertThat(view.compoundForm.owner.isReadOnly()).isTrue();
        _setValue(view.compoundForm.households, 3216);
        _click(view.compoundForm.getSaveButton());
        assertThat(service.compound(compound.getId()).getHouseholds()).isEqualTo(3216);
    }

    @Test
    void a_volunteer_cannot_open_the_view() {
        login(Roles.VOLUNTEER, community.getId(), member.getId());
        assertThat(canNavigate(CompoundsView.class)).isFalse();
    }
}
