package org.shouwang.volunteer.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.TestingLifecycleHookKt;
import kotlin.Unit;
import kotlin.jvm.functions.Function1;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.KaribuTest;
import org.shouwang.Shown;
import org.shouwang.TestData;
import org.shouwang.TestUsers;
import org.shouwang.base.Roles;
import org.shouwang.community.Community;
import org.shouwang.community.Compound;
import org.shouwang.plan.VolunteerRole;
import org.shouwang.duty.CalendarService;
import org.shouwang.volunteer.Absence;
import org.shouwang.volunteer.AvailabilityWindow;
import org.shouwang.volunteer.Volunteer;
import org.shouwang.volunteer.VolunteerForm;
import org.shouwang.volunteer.VolunteerRow;
import org.shouwang.volunteer.VolunteerService;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class VolunteersViewTest extends KaribuTest {

    @Autowired
    TestData data;
    @Autowired
    VolunteerService service;
    @Autowired
    Clock clock;

    Community community;
    Compound home;
    Volunteer wang;
    Volunteer zhao;
    @Autowired
    CalendarService calendars;

    @BeforeEach
    void twoVolunteers() {
        community = data.community();
        home = data.compound(community, "堰山和畔");
        wang = data.volunteer(community, "王芳", VolunteerRole.PARTY_MEMBER, home);
        wang.setPhone("13812341234");
        data.save(wang);
        zhao = data.volunteer(community, "赵生病");
        LocalDateTime now = LocalDateTime.now(clock);
        zhao.setAbsences(List.of(new Absence(now.minusHours(1), now.plusDays(3), Absence.Reason.SICK, null)));
        data.save(zhao);
    }

    private VolunteersView open(String role, Long volunteerId) {
        login(role, community.getId(), volunteerId);
        UI.getCurrent().navigate(VolunteersView.class);
        return _get(VolunteersView.class);
    }

    private List<VolunteerRow> rows(VolunteersView view) {
        return IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i)).toList();
    }

    @Test
    void phones_are_masked_until_the_secretary_asks_for_full_numbers() {
        VolunteersView view = open(Roles.SECRETARY, null);
        assertThat(rows(view)).extracting(VolunteerRow::phone).contains("138****1234");

        _setValue(view.fullPhones, true);
        assertThat(rows(view)).extracting(VolunteerRow::phone).contains("13812341234");
    }

    @Test
    void a_committee_member_sees_masked_phones_and_no_edit_controls() {
        Volunteer member = data.volunteer(community, "委员", VolunteerRole.COMMITTEE, null);
        VolunteersView view = open(Roles.COMMITTEE, member.getId());

        assertThat(view.fullPhones.isVisible()).isFalse();
        assertThat(view.add.isVisible()).isFalse();
        assertThat(rows(view)).extracting(VolunteerRow::phone).contains("138****1234");
    }

    @Test
    void the_filters_narrow_the_lazy_grid() {
        VolunteersView view = open(Roles.SECRETARY, null);
        assertThat(GridKt._size(view.grid)).isEqualTo(2);

        _setValue(view.onLeaveNow, true);
        assertThat(rows(view)).extracting(VolunteerRow::name).containsExactly("赵生病");
        _setValue(view.onLeaveNow, false);
        _setValue(view.home, home.getId());
        assertThat(rows(view)).extracting(VolunteerRow::name).containsExactly("王芳");
        _setValue(view.home, null);
        _setValue(view.search, "赵");
        assertThat(rows(view)).extracting(VolunteerRow::name).containsExactly("赵生病");
    }

    @Test
    void a_phone_another_volunteer_has_is_refused_next_to_the_field_naming_them() {
        VolunteersView view = open(Roles.SECRETARY, null);
        _click(view.add);
        _setValue(view.form.code, TestData.unique("V"));
        _setValue(view.form.name, "新人");
        _setValue(view.form.phone, "138-1234-1234");
        _click(view.form.getSaveButton());

        assertThat(view.dialog.isOpened()).isTrue();
        assertThat(view.form.phone.isInvalid()).isTrue();
        assertThat(view.form.phone.getErrorMessage()).contains("王芳").contains(wang.getCode());
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
    }

    @Test
    void a_new_volunteer_gets_the_next_free_code_which_stays_editable() {
        Volunteer numbered = data.volunteer(community, "编号人");
        numbered.setCode("V0230");
        data.save(numbered);
        VolunteersView view = open(Roles.SECRETARY, null);

        _click(view.add);

        assertThat(view.form.code.getValue()).isEqualTo("V0231");
        assertThat(view.form.code.isReadOnly()).isFalse();
    }

    @Test
    void a_negative_weekly_maximum_gets_a_message_not_only_a_red_border() {
        VolunteersView view = open(Roles.SECRETARY, null);
        _click(view.add);
        _setValue(view.form.name, "新人");
        _setValue(view.form.maxHoursPerWeek, -5.0);
        _click(view.form.getSaveButton());

        assertThat(view.form.maxHoursPerWeek.isInvalid()).isTrue();
        assertThat(view.form.maxHoursPerWeek.getErrorMessage()).isEqualTo("不能小于 0。");
        assertThat(view.dialog.isOpened()).isTrue();
    }

    @Test
    void field_errors_say_in_chinese_what_is_wrong_without_a_pattern_or_a_template() {
        VolunteersView view = open(Roles.SECRETARY, null);
        _click(view.add);
        _setValue(view.form.code, "V 01!");
        _setValue(view.form.name, "名".repeat(Volunteer.NAME_MAX + 1));
        _setValue(view.form.phone, "电话");
        _setValue(view.form.maxHoursPerWeek, 200.0);
        _click(view.form.getSaveButton());

        assertThat(view.form.code.getErrorMessage()).isEqualTo("编号只能包含字母、数字、- 和 _。");
        assertThat(view.form.name.getErrorMessage()).isEqualTo("最多 50 个字符。");
        assertThat(view.form.phone.getErrorMessage()).isEqualTo("电话号码只能包含数字、空格、- 和开头的 +。");
        assertThat(view.form.maxHoursPerWeek.getErrorMessage()).isEqualTo("不能大于 168。");
        assertThat(view.dialog.isOpened()).isTrue();
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
    }

    @Test
    void a_refused_save_scrolls_to_the_first_invalid_field_and_focuses_it() {
        VolunteersView view = open(Roles.SECRETARY, null);
        _click(view.add);
        _setValue(view.form.name, "名".repeat(Volunteer.NAME_MAX + 1));
        _setValue(view.form.maxHoursPerWeek, 200.0);
        // Karibu hands the scripts a round trip would send to these handlers
        List<PendingJavaScriptInvocation> queued = new java.util.ArrayList<>();
        Function1<PendingJavaScriptInvocation, Unit> record = js -> {
            queued.add(js);
            return Unit.INSTANCE;
        };
        TestingLifecycleHookKt.getPendingJavascriptInvocationHandlers().add(record);
        try {
            _click(view.form.getSaveButton());
            MockVaadin.clientRoundtrip();
        } finally {
            TestingLifecycleHookKt.getPendingJavascriptInvocationHandlers().remove(record);
        }

        List<String> onName = scriptsOn(queued, view.form.name);
        assertThat(onName).anyMatch(js -> js.contains("scrollIntoView"));
        assertThat(onName).anyMatch(js -> js.contains("focus"));
        assertThat(scriptsOn(queued, view.form.maxHoursPerWeek)).noneMatch(js -> js.contains("scrollIntoView"));
        assertThat(scriptsOn(queued, view.form.code)).noneMatch(js -> js.contains("focus"));
    }

    /** The scripts the server queued for one component. */
    private static List<String> scriptsOn(List<PendingJavaScriptInvocation> queued, Component component) {
        return queued.stream().filter(js -> js.getOwner() == component.getElement().getNode())
                .map(js -> js.getInvocation().getExpression()).toList();
    }

    @Test
    void only_home_without_a_home_is_refused_by_the_form() {
        VolunteersView view = open(Roles.SECRETARY, null);
        _click(view.add);
        String code = TestData.unique("V");
        _setValue(view.form.code, code);
        _setValue(view.form.name, "新人");
        _setValue(view.form.onlyHome, true);
        _click(view.form.getSaveButton());

        assertThat(view.form.getStatusText()).contains("所属小区");
        assertThat(view.dialog.isOpened()).isTrue();
        assertThat(GridKt._size(view.grid)).isEqualTo(2);

        _setValue(view.form.home, home.getId());
        _click(view.form.getSaveButton());
        assertThat(view.dialog.isOpened()).isFalse();
        assertThat(GridKt._size(view.grid)).isEqualTo(3);
    }

    @Test
    void a_preset_fills_the_weekly_windows_and_a_window_that_starts_when_it_ends_is_refused() {
        VolunteersView view = open(Roles.SECRETARY, null);
        view.edit(wang.getId());
        _click(view.form.available.eveningsAndWeekends);

        assertThat(view.form.available.getValue()).containsExactly(
                new AvailabilityWindow(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(18, 0), LocalTime.of(23, 0)),
                new AvailabilityWindow(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), LocalTime.of(7, 0), LocalTime.of(23, 0)));

        _setValue(view.form.available.getRows().get(0).to, LocalTime.of(18, 0));
        _click(view.form.getSaveButton());
        assertThat(view.form.available.isInvalid()).isTrue();
        assertThat(service.form(wang.getId()).getAvailable()).isEmpty();

        _click(view.form.available.daytime);
        _click(view.form.getSaveButton());
        assertThat(service.form(wang.getId()).getAvailable()).containsExactly(
                new AvailabilityWindow(EnumSet.allOf(DayOfWeek.class), LocalTime.of(7, 0), LocalTime.of(19, 0)));
    }

    @Test
    void an_absence_must_end_after_it_starts() {
        VolunteersView view = open(Roles.SECRETARY, null);
        view.edit(wang.getId());
        _click(view.form.absences.getAddButton());
        AbsencesEditor.AbsenceRow row = view.form.absences.getRows().get(0);
        _setValue(row.to, row.from.getValue().minusHours(1));
        _click(view.form.getSaveButton());

        assertThat(view.form.absences.isInvalid()).isTrue();
        assertThat(service.form(wang.getId()).getAbsences()).isEmpty();
    }

    @Test
    void a_conflicting_edit_is_refused_and_the_form_reloads() {
        VolunteersView view = open(Roles.SECRETARY, null);
        view.edit(wang.getId());
        VolunteerForm other = service.form(wang.getId());
        other.setMaxHoursPerWeek(40);
        service.save(community.getId(), other);

        NotificationsKt.clearNotifications();
        _setValue(view.form.maxHoursPerWeek, 10.0);
        _click(view.form.getSaveButton());

        assertThat(Shown.notifications()).singleElement().satisfies(text -> assertThat(text).contains("别人改过"));
        assertThat(view.form.maxHoursPerWeek.getValue()).isEqualTo(40.0);
        assertThat(service.form(wang.getId()).getMaxHoursPerWeek()).isEqualTo(40.0);
    }

    @Test
    void the_secretary_revokes_a_volunteers_calendar_link_after_a_confirm() {
        TestUsers.signIn(Roles.VOLUNTEER, community.getId(), wang.getId());
        calendars.issueMyToken();
        VolunteersView view = open(Roles.SECRETARY, null);

        view.edit(zhao.getId());
        assertThat(view.revokeCalendar.isVisible()).as("赵 has no link").isFalse();
        view.dialog.close();
        view.edit(wang.getId());
        assertThat(view.revokeCalendar.isVisible()).isTrue();
        _click(view.revokeCalendar);
        assertThat(calendars.hasCalendar(wang.getId())).as("not before the confirm").isTrue();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(calendars.hasCalendar(wang.getId())).isFalse();
        assertThat(view.revokeCalendar.isVisible()).isFalse();
        assertThat(Shown.notifications()).anyMatch(text -> text.contains("王芳"));
    }

    @Test
    void deleting_a_compound_owner_is_refused_with_the_reason() {
        Volunteer member = data.volunteer(community, "包片委员", VolunteerRole.COMMITTEE, null);
        data.compound(community, "负责的院落", member.getId());
        VolunteersView view = open(Roles.SECRETARY, null);
        view.edit(member.getId());
        _click(view.form.getDeleteButton());
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(Shown.notifications()).singleElement().satisfies(text -> assertThat(text).contains("包片委员").contains("负责 1 个小区"));
    }
}
